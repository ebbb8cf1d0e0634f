package dev.needledrop.discogs.testkit.internal.market;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.needledrop.discogs.model.marketplace.ListingStatus;
import dev.needledrop.discogs.testkit.internal.auth.Caller;
import dev.needledrop.discogs.testkit.internal.database.NotFound;
import dev.needledrop.discogs.testkit.internal.http.ApiError;
import dev.needledrop.discogs.testkit.internal.json.StubJson;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * Sellers' inventories and listings (E19–E23): who sees what, the status filter and sorts, and
 * listing writes with Discogs' checks.
 *
 * <p>A seller sees every own listing with the private fields; anyone else sees only listings for
 * sale, without them. Logged-in callers get {@code in_cart}. A listing asked for with {@code
 * curr_abbr} is priced in that currency by the testkit's fixed {@code ExchangeRates}, the seller's
 * own price kept in {@code original_price} with the {@code converted} one beside it; without it, a
 * listing keeps the currency it was priced in. New and edited prices are in the seller's currency
 * (the profile's {@code curr_abbr}), with no more decimals than it has. Sorting by price compares
 * amounts converted to one currency, as a buyer compares them.
 */
final class ListingDesk {

  /** Discogs' message for a status filter it does not know. */
  static final String INVALID_STATUS =
      "Invalid status: expected one of All, Deleted, Draft, Expired, For Sale, Sold, Suspended,"
          + " Violation.";

  private static final List<String> PRIVATE_FIELDS =
      List.of("weight", "format_quantity", "external_id", "location", "quantity");
  private static final List<String> STATUS_FILTERS =
      List.of("All", "Deleted", "Draft", "Expired", "For Sale", "Sold", "Suspended", "Violation");
  private static final String FOR_SALE = ListingStatus.FOR_SALE.value();

  private final MarketState state;

  ListingDesk(MarketState state) {
    this.state = state;
  }

  List<ObjectNode> inventory(Caller caller, String seller, Params params) {
    boolean owner = MarketState.isUser(caller, seller);
    if (!owner && !state.isKnownUser(seller)) {
      throw ApiError.notFound(ApiError.NOT_FOUND);
    }
    String filter = params.get("status").orElse("All");
    if (!STATUS_FILTERS.contains(filter)) {
      throw ApiError.unprocessable(INVALID_STATUS);
    }
    List<ObjectNode> selected =
        state.listings.values().stream()
            .filter(listing -> sellerOf(listing).equals(seller))
            .filter(listing -> owner || statusOf(listing).equals(FOR_SALE))
            .filter(listing -> filter.equals("All") || statusOf(listing).equals(filter))
            .toList();
    return sorted(selected, params, owner).stream().map(l -> view(l, caller)).toList();
  }

  ObjectNode listing(Caller caller, long id, Params params) {
    Optional<String> currency =
        params.get("curr_abbr").map(code -> Prices.currency(code, "curr_abbr"));
    ObjectNode listing = state.listings.get(id);
    boolean visible =
        listing != null
            && (statusOf(listing).equals(FOR_SALE)
                || MarketState.isUser(caller, sellerOf(listing)));
    if (!visible) {
      throw ApiError.notFound(ApiError.NOT_FOUND);
    }
    ObjectNode seen = view(listing, caller);
    currency.ifPresent(code -> Prices.convertListing(seen, code));
    return seen;
  }

  long create(Caller caller, Params params) {
    String seller = MarketState.requireUser(caller);
    ObjectNode release = requireRelease(params);
    requireFields(params, "condition", "price");
    String currency = state.sellerCurrency(seller);
    ListingFields.check(params, currency);
    long id = state.nextListingId++;
    ObjectNode listing = newListing(id, seller, release, currency);
    ListingFields.apply(listing, params, release, currency);
    state.listings.put(id, listing);
    return id;
  }

  void edit(Caller caller, long id, Params params) {
    ObjectNode listing = owned(caller, id);
    if (!ListingStatus.of(statusOf(listing)).isEditable()) {
      throw ApiError.unprocessable(
          "Only listings that are For Sale, Draft or Expired can be edited; this one is "
              + statusOf(listing)
              + ".");
    }
    String currency = state.sellerCurrency(sellerOf(listing));
    ListingFields.check(params, currency);
    ObjectNode estimates = state.releases.apply(releaseIdOf(listing)).orElse(StubJson.object());
    ListingFields.apply(listing, params, estimates, currency);
  }

  void delete(Caller caller, long id) {
    owned(caller, id);
    state.listings.remove(id);
  }

  /** Holds a listing as given, replacing one with the same id; its seller becomes known. */
  void put(ObjectNode listing) {
    long id = StubJson.id(listing, "id");
    if (id <= 0 || sellerOf(listing).isEmpty()) {
      throw new IllegalArgumentException("a listing needs a positive \"id\" and a seller username");
    }
    long sellerId = StubJson.id(listing.path("seller"), "id");
    if (sellerId > 0) {
      state.userIds.putIfAbsent(sellerOf(listing), sellerId);
    } else {
      state.userId(sellerOf(listing));
    }
    state.listings.put(id, listing.deepCopy());
  }

  /** Returns the listing the owning caller may change, or throws 401, 404 or 403. */
  ObjectNode owned(Caller caller, long id) {
    String user = MarketState.requireUser(caller);
    ObjectNode listing = state.listings.get(id);
    if (listing == null) {
      throw ApiError.notFound(ApiError.NOT_FOUND);
    }
    if (!sellerOf(listing).equals(user)) {
      throw ApiError.of(403, ApiError.NO_PERMISSION);
    }
    return listing;
  }

  /** Builds a new listing of the release for the seller, with Discogs' defaults. */
  ObjectNode newListing(long id, String seller, ObjectNode release, String currency) {
    ObjectNode listing = StubJson.object();
    listing.put("id", id);
    listing.put("resource_url", MarketUrls.listing(id));
    listing.put("uri", MarketUrls.WEB + "/sell/item/" + id);
    listing.put("status", FOR_SALE);
    listing.put("comments", "");
    listing.put("ships_from", "");
    listing.put("posted", Times.withOffset(state.now()));
    listing.put("allow_offers", false);
    listing.put("audio", false);
    listing.putObject("shipping_price");
    listing.putObject("original_shipping_price");
    ObjectNode owner = listing.putObject("seller");
    owner.put("id", state.userId(seller));
    owner.put("username", seller);
    owner.put("resource_url", MarketUrls.user(seller));
    listing.set("release", ReleaseSummary.of(release));
    listing.put("weight", release.path("estimated_weight").asInt(0));
    listing.put("format_quantity", release.path("format_quantity").asInt(1));
    listing.put("external_id", "");
    listing.put("location", "");
    listing.put("quantity", 1);
    ListingFields.setPrice(listing, BigDecimal.ONE, currency);
    return listing;
  }

  /** Returns the held release a listing write names, or throws 422. */
  ObjectNode requireRelease(Params params) {
    long releaseId =
        ListingFields.releaseId(params)
            .orElseThrow(() -> ApiError.unprocessable("Missing required field: release_id."));
    return state
        .releases
        .apply(releaseId)
        .orElseThrow(() -> ApiError.unprocessable("Invalid release_id: " + NotFound.RELEASE));
  }

  /** Returns a copy of the listing trimmed to what the caller may see. */
  static ObjectNode view(ObjectNode listing, Caller caller) {
    ObjectNode copy = listing.deepCopy();
    if (!MarketState.isUser(caller, sellerOf(listing))) {
      copy.remove(PRIVATE_FIELDS);
    }
    if (caller.isUser()) {
      copy.put("in_cart", copy.path("in_cart").asBoolean(false));
    } else {
      copy.remove("in_cart");
    }
    return copy;
  }

  static String sellerOf(JsonNode listing) {
    return StubJson.text(listing.path("seller"), "username");
  }

  static String statusOf(JsonNode listing) {
    return StubJson.text(listing, "status");
  }

  static long releaseIdOf(JsonNode listing) {
    return StubJson.id(listing.path("release"), "id");
  }

  private static void requireFields(Params params, String... names) {
    for (String name : names) {
      if (params.get(name).isEmpty()) {
        throw ApiError.unprocessable("Missing required field: " + name + ".");
      }
    }
  }

  private static List<ObjectNode> sorted(List<ObjectNode> listings, Params params, boolean owner) {
    Optional<Comparator<ObjectNode>> key =
        params.get("sort").map(name -> comparator(name, owner)).flatMap(Function.identity());
    if (key.isEmpty()) {
      return listings;
    }
    boolean descending = params.get("sort_order").orElse("asc").equalsIgnoreCase("desc");
    Comparator<ObjectNode> order = descending ? key.get().reversed() : key.get();
    return listings.stream().sorted(order).toList();
  }

  private static Optional<Comparator<ObjectNode>> comparator(String name, boolean owner) {
    Map<String, Comparator<ObjectNode>> keys =
        Map.of(
            "listed",
                Comparator.comparing(
                    l -> Times.parse(StubJson.text(l, "posted")).orElse(Instant.EPOCH)),
            "price", Comparator.comparing(l -> Prices.inUsDollars(l.path("price"))),
            "item", text(l -> StubJson.text(l.path("release"), "description")),
            "artist", text(ListingDesk::artist),
            "label", text(l -> StubJson.text(l.path("release"), "label")),
            "catno", text(l -> StubJson.text(l.path("release"), "catalog_number")),
            "audio", Comparator.comparing(l -> l.path("audio").asBoolean(false)),
            "status", text(ListingDesk::statusOf),
            "location", text(l -> StubJson.text(l, "location")));
    boolean ownerOnly = name.equals("status") || name.equals("location");
    return ownerOnly && !owner ? Optional.empty() : Optional.ofNullable(keys.get(name));
  }

  private static Comparator<ObjectNode> text(Function<ObjectNode, String> field) {
    return Comparator.comparing(listing -> field.apply(listing).toLowerCase(Locale.ROOT));
  }

  private static String artist(ObjectNode listing) {
    String artist = StubJson.text(listing.path("release"), "artist");
    if (!artist.isEmpty()) {
      return artist;
    }
    String description = StubJson.text(listing.path("release"), "description");
    int dash = description.indexOf(" - ");
    return dash < 0 ? description : description.substring(0, dash);
  }
}
