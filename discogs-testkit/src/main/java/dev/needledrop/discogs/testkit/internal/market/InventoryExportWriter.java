package dev.needledrop.discogs.testkit.internal.market;

import com.fasterxml.jackson.databind.JsonNode;
import dev.needledrop.discogs.testkit.internal.json.StubJson;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Writes a seller's listings as the CSV file an inventory export produces: a header of lower-case
 * column names, then one row per listing, with the seller's own price and private fields.
 */
final class InventoryExportWriter {

  static final List<String> COLUMNS =
      List.of(
          "listing_id",
          "artist",
          "title",
          "label",
          "catno",
          "format",
          "release_id",
          "status",
          "price",
          "listed",
          "comments",
          "media_condition",
          "sleeve_condition",
          "accept_offer",
          "external_id",
          "weight",
          "format_quantity",
          "location");

  private InventoryExportWriter() {}

  static byte[] write(List<? extends JsonNode> listings) {
    StringBuilder csv = new StringBuilder(Csv.line(COLUMNS));
    listings.forEach(listing -> csv.append(Csv.line(row(listing))));
    return csv.toString().getBytes(StandardCharsets.UTF_8);
  }

  private static List<String> row(JsonNode listing) {
    JsonNode release = listing.path("release");
    return List.of(
        StubJson.text(listing, "id"),
        StubJson.text(release, "artist"),
        StubJson.text(release, "title"),
        StubJson.text(release, "label"),
        StubJson.text(release, "catalog_number"),
        StubJson.text(release, "format"),
        StubJson.text(release, "id"),
        StubJson.text(listing, "status"),
        sellerPrice(listing),
        StubJson.text(listing, "posted"),
        StubJson.text(listing, "comments"),
        StubJson.text(listing, "condition"),
        StubJson.text(listing, "sleeve_condition"),
        listing.path("allow_offers").asBoolean(false) ? "Y" : "N",
        StubJson.text(listing, "external_id"),
        StubJson.text(listing, "weight"),
        StubJson.text(listing, "format_quantity"),
        StubJson.text(listing, "location"));
  }

  private static String sellerPrice(JsonNode listing) {
    JsonNode original = listing.path("original_price");
    return Prices.amount(original)
        .or(() -> Prices.amount(listing.path("price")))
        .map(BigDecimal::toPlainString)
        .orElse("");
  }
}
