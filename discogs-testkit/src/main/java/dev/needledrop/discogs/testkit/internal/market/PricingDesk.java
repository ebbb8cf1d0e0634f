package dev.needledrop.discogs.testkit.internal.market;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.model.Money;
import dev.needledrop.discogs.model.marketplace.MediaCondition;
import dev.needledrop.discogs.testkit.ExchangeRates;
import dev.needledrop.discogs.testkit.internal.auth.Caller;
import dev.needledrop.discogs.testkit.internal.database.NotFound;
import dev.needledrop.discogs.testkit.internal.http.ApiError;
import dev.needledrop.discogs.testkit.internal.json.StubJson;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Fees, price suggestions and release statistics (E29–E32), computed by rules this stub documents,
 * since Discogs publishes none of its own:
 *
 * <ul>
 *   <li>The fee is {@value #FEE_PERCENT}% of the price, rounded half-up to the currency's smallest
 *       unit (whole yen, cents otherwise), in the currency asked for (US dollars by default).
 *   <li>Suggestions need a user. A release with recorded suggestions gets those; otherwise each
 *       condition is priced as a share of the release's lowest price (Mint 200%, Near Mint 180%,
 *       VG+ 140%, VG 100%, G+ 60%, G 40%, Fair 25%, Poor 15%), in US dollars; a release with no
 *       lowest price gets {@code {}}.
 *   <li>Stats count the listings for sale of the release and name the lowest price (compared in US
 *       dollars by the testkit's fixed {@code ExchangeRates}), converted to the currency asked for,
 *       or in the currency its listing was priced in without one; a release without held listings
 *       gets its recorded stats if any; nothing for sale, or a release blocked from sale, reads as
 *       nulls.
 * </ul>
 */
final class PricingDesk {

  static final int FEE_PERCENT = 9;

  private static final Map<MediaCondition, BigDecimal> SHARES =
      Map.of(
          MediaCondition.MINT, new BigDecimal("2.00"),
          MediaCondition.NEAR_MINT, new BigDecimal("1.80"),
          MediaCondition.VERY_GOOD_PLUS, new BigDecimal("1.40"),
          MediaCondition.VERY_GOOD, new BigDecimal("1.00"),
          MediaCondition.GOOD_PLUS, new BigDecimal("0.60"),
          MediaCondition.GOOD, new BigDecimal("0.40"),
          MediaCondition.FAIR, new BigDecimal("0.25"),
          MediaCondition.POOR, new BigDecimal("0.15"));

  private final MarketState state;

  PricingDesk(MarketState state) {
    this.state = state;
  }

  ObjectNode fee(String price, Optional<String> currency) {
    BigDecimal amount = Prices.decimal(price, "price");
    String code = currency.map(c -> Prices.currency(c, "currency")).orElse("USD");
    BigDecimal fee = amount.multiply(BigDecimal.valueOf(FEE_PERCENT)).movePointLeft(2);
    return Prices.price(Prices.toMinorUnit(fee, code), code);
  }

  ObjectNode suggestions(Caller caller, long releaseId) {
    MarketState.requireUser(caller);
    Optional<ObjectNode> recorded = Optional.ofNullable(state.suggestions.get(releaseId));
    if (recorded.isPresent()) {
      return recorded.get().deepCopy();
    }
    ObjectNode release =
        state.releases.apply(releaseId).orElseThrow(() -> ApiError.notFound(NotFound.RELEASE));
    ObjectNode suggestions = StubJson.object();
    JsonNode lowest = release.path("lowest_price");
    if (lowest.isNumber() && lowest.decimalValue().signum() > 0) {
      for (MediaCondition condition : MediaCondition.values()) {
        BigDecimal price = lowest.decimalValue().multiply(SHARES.get(condition));
        suggestions.set(condition.value(), Prices.price(Prices.toMinorUnit(price, "USD"), "USD"));
      }
    }
    return suggestions;
  }

  ObjectNode stats(long releaseId, Optional<String> currency) {
    Optional<String> asked = currency.map(code -> Prices.currency(code, "curr_abbr"));
    List<ObjectNode> listings =
        state.listings.values().stream()
            .filter(listing -> ListingDesk.releaseIdOf(listing) == releaseId)
            .toList();
    Optional<ObjectNode> release = state.releases.apply(releaseId);
    if (listings.isEmpty() && state.recordedStats.containsKey(releaseId)) {
      return state.recordedStats.get(releaseId).deepCopy();
    }
    if (listings.isEmpty() && release.isEmpty()) {
      throw ApiError.notFound(NotFound.RELEASE);
    }
    boolean blocked = release.map(r -> r.path("blocked_from_sale").asBoolean(false)).orElse(false);
    List<ObjectNode> forSale =
        blocked
            ? List.of()
            : listings.stream().filter(l -> ListingDesk.statusOf(l).equals("For Sale")).toList();
    return statsOf(forSale, blocked, asked);
  }

  private static ObjectNode statsOf(
      List<ObjectNode> forSale, boolean blocked, Optional<String> asked) {
    ObjectNode stats = StubJson.object();
    Optional<Money> cheapest =
        forSale.stream()
            .map(listing -> Prices.money(listing.path("price")))
            .flatMap(Optional::stream)
            .min(
                Comparator.comparing(price -> ExchangeRates.convert(price, Currency.USD).amount()));
    if (cheapest.isEmpty()) {
      stats.putNull("lowest_price");
      stats.putNull("num_for_sale");
    } else {
      Money lowest =
          asked
              .map(code -> ExchangeRates.convert(cheapest.get(), Currency.of(code)))
              .orElse(cheapest.get());
      stats.set("lowest_price", Prices.price(lowest.amount(), lowest.currency().code()));
      stats.put("num_for_sale", forSale.size());
    }
    stats.put("blocked_from_sale", blocked);
    return stats;
  }
}
