package dev.needledrop.discogs.testkit.internal.market;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.needledrop.discogs.testkit.internal.http.ApiError;
import dev.needledrop.discogs.testkit.internal.http.Multipart;
import dev.needledrop.discogs.testkit.internal.http.StubReply;
import dev.needledrop.discogs.testkit.internal.http.StubRequest;
import dev.needledrop.discogs.testkit.internal.json.StubJson;
import dev.needledrop.discogs.testkit.internal.paging.Pager;
import dev.needledrop.discogs.testkit.internal.routing.Access;
import dev.needledrop.discogs.testkit.internal.routing.Router;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Registers the Marketplace, Inventory Export and Inventory Upload sections (E19–E41) on a router.
 * The routes admit everyone: the {@link Market} decides who may call (401, 403) after finding what
 * is asked for, as it does for the in-memory fakes. Order ids are text, so their variable does not
 * end in {@code id} (which would match digits only).
 */
public final class MarketRoutes {

  private static final String LISTING = "/marketplace/listings/{listing_id}";
  private static final String ORDER = "/marketplace/orders/{order}";
  private static final String EXPORT = "/inventory/export/{export_id}";
  private static final String UPLOAD = "/inventory/upload/{upload_id}";

  private final Market market;

  private MarketRoutes(Market market) {
    this.market = market;
  }

  /** Adds every marketplace and inventory route, answering from the market. */
  public static void register(Router router, Market market) {
    MarketRoutes routes = new MarketRoutes(market);
    router
        .add("GET", "/users/{username}/inventory", Access.NONE, routes::inventory)
        .add("GET", LISTING, Access.NONE, routes::listing)
        .add("POST", LISTING, Access.NONE, routes::editListing)
        .add("DELETE", LISTING, Access.NONE, routes::deleteListing)
        .add("POST", "/marketplace/listings", Access.NONE, routes::createListing)
        .add("GET", "/marketplace/orders", Access.NONE, routes::orders)
        .add("GET", ORDER, Access.NONE, routes::order)
        .add("POST", ORDER, Access.NONE, routes::editOrder)
        .add("GET", ORDER + "/messages", Access.NONE, routes::messages)
        .add("POST", ORDER + "/messages", Access.NONE, routes::addMessage)
        .add("GET", "/marketplace/fee/{price}", Access.NONE, routes::fee)
        .add("GET", "/marketplace/fee/{price}/{currency}", Access.NONE, routes::feeIn)
        .add("GET", "/marketplace/price_suggestions/{release_id}", Access.NONE, routes::suggestions)
        .add("GET", "/marketplace/stats/{release_id}", Access.NONE, routes::stats)
        .add("POST", "/inventory/export", Access.NONE, routes::requestExport)
        .add("GET", "/inventory/export", Access.NONE, routes::exports)
        .add("GET", EXPORT, Access.NONE, routes::export)
        .add("GET", EXPORT + "/download", Access.NONE, routes::download)
        .add("POST", "/inventory/upload/add", Access.NONE, r -> routes.upload(r, "add"))
        .add("POST", "/inventory/upload/change", Access.NONE, r -> routes.upload(r, "change"))
        .add("POST", "/inventory/upload/delete", Access.NONE, r -> routes.upload(r, "delete"))
        .add("GET", "/inventory/upload", Access.NONE, routes::uploads)
        .add("GET", UPLOAD, Access.NONE, routes::upload);
  }

  private StubReply inventory(StubRequest request) {
    List<ObjectNode> listings =
        market.inventory(request.caller(), request.variable("username"), request::parameter);
    return Pager.reply(request, listings, "listings");
  }

  private StubReply listing(StubRequest request) {
    return StubReply.ok(
        market.listing(request.caller(), request.id("listing_id"), request::parameter));
  }

  private StubReply createListing(StubRequest request) {
    requireJsonBody(request);
    long id = market.createListing(request.caller(), request::parameter);
    ObjectNode body = StubJson.object();
    body.put("listing_id", id);
    body.put("resource_url", MarketUrls.listing(id));
    return StubReply.json(201, body, Map.of());
  }

  private StubReply editListing(StubRequest request) {
    requireJsonBody(request);
    market.editListing(request.caller(), request.id("listing_id"), request::parameter);
    return StubReply.noContent();
  }

  private StubReply deleteListing(StubRequest request) {
    market.deleteListing(request.caller(), request.id("listing_id"));
    return StubReply.noContent();
  }

  private StubReply orders(StubRequest request) {
    return Pager.reply(request, market.orders(request.caller(), request::parameter), "orders");
  }

  private StubReply order(StubRequest request) {
    return StubReply.ok(market.order(request.caller(), request.variable("order")));
  }

  private StubReply editOrder(StubRequest request) {
    requireJsonBody(request);
    return StubReply.ok(
        market.editOrder(request.caller(), request.variable("order"), request::parameter));
  }

  private StubReply messages(StubRequest request) {
    List<ObjectNode> messages = market.orderMessages(request.caller(), request.variable("order"));
    return Pager.reply(request, messages, "messages");
  }

  private StubReply addMessage(StubRequest request) {
    requireJsonBody(request);
    ObjectNode message =
        market.addOrderMessage(request.caller(), request.variable("order"), request::parameter);
    return StubReply.json(201, message, Map.of());
  }

  private StubReply fee(StubRequest request) {
    return StubReply.ok(market.fee(request.variable("price"), Optional.empty()));
  }

  private StubReply feeIn(StubRequest request) {
    return StubReply.ok(
        market.fee(request.variable("price"), Optional.of(request.variable("currency"))));
  }

  private StubReply suggestions(StubRequest request) {
    return StubReply.ok(market.priceSuggestions(request.caller(), request.id("release_id")));
  }

  private StubReply stats(StubRequest request) {
    return StubReply.ok(market.stats(request.id("release_id"), request.parameter("curr_abbr")));
  }

  private StubReply requestExport(StubRequest request) {
    Market.Job job = market.requestExport(request.caller());
    long id = StubJson.id(job.json(), "id");
    return StubReply.ok(job.json(), located(request, "/inventory/export/" + id));
  }

  private StubReply exports(StubRequest request) {
    return Pager.reply(request, market.exports(request.caller()), "items");
  }

  private StubReply export(StubRequest request) {
    Optional<Market.Job> job =
        market.export(request.caller(), request.id("export_id"), ifModifiedSince(request));
    return conditional(job);
  }

  private StubReply download(StubRequest request) {
    ExportFile file = market.download(request.caller(), request.id("export_id"));
    return StubReply.bytes(
        "text/csv; charset=utf-8",
        file.content(),
        Map.of("Content-Disposition", "attachment; filename=" + file.filename()));
  }

  private StubReply upload(StubRequest request, String type) {
    Multipart form =
        Multipart.parse(request.contentType(), request.body())
            .orElseThrow(
                () ->
                    ApiError.of(
                        415, "Unsupported Media Type: send multipart/form-data with a CSV file."));
    Multipart.Part file =
        form.part("upload")
            .filter(part -> part.content().length > 0)
            .orElseThrow(
                () -> ApiError.unprocessable("No CSV file was sent in the part named upload."));
    String filename = file.filename().isBlank() ? type + ".csv" : file.filename();
    Market.Job job = market.upload(request.caller(), type, filename, file.content());
    long id = StubJson.id(job.json(), "id");
    return StubReply.ok(job.json(), located(request, "/inventory/upload/" + id));
  }

  private StubReply uploads(StubRequest request) {
    return Pager.reply(request, market.uploads(request.caller()), "items");
  }

  private StubReply upload(StubRequest request) {
    Optional<Market.Job> job =
        market.upload(request.caller(), request.id("upload_id"), ifModifiedSince(request));
    return conditional(job);
  }

  private static StubReply conditional(Optional<Market.Job> job) {
    if (job.isEmpty()) {
      return StubReply.empty(304, Map.of());
    }
    Map<String, String> headers = Map.of("Last-Modified", Times.httpDate(job.get().modified()));
    return StubReply.ok(job.get().json(), headers);
  }

  private static Optional<Instant> ifModifiedSince(StubRequest request) {
    return request.header("If-Modified-Since").flatMap(Times::parseHttpDate);
  }

  private static Map<String, String> located(StubRequest request, String path) {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("Location", request.origin() + path);
    return headers;
  }

  // Discogs answers a write whose body is not JSON with 400 (case B34); an empty body is fine.
  private static void requireJsonBody(StubRequest request) {
    byte[] body = request.body();
    String type = request.contentType();
    if (body.length == 0 || type.contains("application/x-www-form-urlencoded")) {
      return;
    }
    boolean json =
        StubJson.tryParse(new String(body, StandardCharsets.UTF_8))
            .filter(node -> node.isObject())
            .isPresent();
    if (!json) {
      throw ApiError.of(400, "Request body must be JSON.");
    }
  }
}
