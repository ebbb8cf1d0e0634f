package dev.needledrop.discogs.testkit.internal.market;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.needledrop.discogs.model.inventory.JobStatus;
import dev.needledrop.discogs.model.marketplace.ListingStatus;
import dev.needledrop.discogs.testkit.internal.auth.Caller;
import dev.needledrop.discogs.testkit.internal.http.ApiError;
import dev.needledrop.discogs.testkit.internal.json.StubJson;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Applies an uploaded CSV file of listings (E37–E39) at once and records the report as Discogs
 * words it: {@code CSV file contains 2 records.<p>Processed 2 records.}, with a line per refused
 * row.
 *
 * <p>{@code add} needs {@code release_id}, {@code price} and {@code media_condition} and lists each
 * row for sale; {@code change} needs {@code release_id} and a field to change, and changes the
 * row's {@code listing_id}, or else every editable listing of the caller for that release; {@code
 * delete} needs {@code listing_id}. Unknown columns are ignored; a column name that is not lower
 * case is refused with 422 before anything is applied. A file whose every row is refused (or that
 * cannot be read) is {@code failed}; others are {@code success}.
 */
final class UploadDesk {

  private static final List<String> CHANGEABLE =
      List.of(
          "price",
          "media_condition",
          "sleeve_condition",
          "comments",
          "accept_offer",
          "external_id",
          "location",
          "weight",
          "format_quantity");

  private final MarketState state;
  private final ListingDesk listings;
  private final JobDesk jobs;

  UploadDesk(MarketState state, ListingDesk listings, JobDesk jobs) {
    this.state = state;
    this.listings = listings;
    this.jobs = jobs;
  }

  /**
   * Applies the file and records the upload.
   *
   * @throws ApiError 422 for a column name that is not lower case, before anything is applied
   */
  JobDesk.Job upload(Caller caller, String type, String filename, byte[] csv) {
    String owner = MarketState.requireUser(caller);
    Report report = new Report();
    try {
      Csv.Table table = Csv.parse(new String(csv, StandardCharsets.UTF_8));
      requireLowerCase(table.columns());
      apply(caller, type, table, report);
    } catch (IllegalArgumentException unreadable) {
      report.fail("CSV file could not be read: " + unreadable.getMessage() + ".");
    }
    return jobs.putUpload(owner, json(type, filename, report));
  }

  private void apply(Caller caller, String type, Csv.Table table, Report report) {
    report.records = table.rows().size();
    try {
      requireColumns(type, table.columns());
      table.rows().forEach(row -> applyRow(caller, type, row, report));
    } catch (ApiError refused) {
      report.fail(refused.getMessage());
    }
  }

  // Discogs reads the header as lower-case field names (reference 8.7); "Price" is no column.
  private static void requireLowerCase(List<String> columns) {
    columns.stream()
        .filter(column -> !column.equals(column.toLowerCase(Locale.ROOT)))
        .findFirst()
        .ifPresent(
            column -> {
              throw ApiError.unprocessable(
                  "Invalid column name '"
                      + column
                      + "': column names are lower case, such as '"
                      + column.toLowerCase(Locale.ROOT)
                      + "'.");
            });
  }

  private void applyRow(Caller caller, String type, Csv.Row row, Report report) {
    try {
      switch (type) {
        case "add" -> add(caller, row);
        case "change" -> change(caller, row);
        default -> delete(caller, row);
      }
      report.processed++;
    } catch (ApiError refused) {
      report.errors.add("Row " + row.number() + ": " + refused.getMessage());
    }
  }

  private void add(Caller caller, Csv.Row row) {
    listings.create(caller, params(row));
  }

  private void change(Caller caller, Csv.Row row) {
    Params params = params(row);
    long releaseId =
        ListingFields.releaseId(params)
            .orElseThrow(() -> ApiError.unprocessable("Missing required field: release_id."));
    List<Long> targets = targets(caller, row, releaseId);
    if (targets.isEmpty()) {
      throw ApiError.unprocessable("No listing of release " + releaseId + " to change.");
    }
    targets.forEach(id -> listings.edit(caller, id, params));
  }

  private void delete(Caller caller, Csv.Row row) {
    long id = listingId(row);
    try {
      listings.delete(caller, id);
    } catch (ApiError notYours) {
      throw ApiError.unprocessable("Listing " + id + " not found.");
    }
  }

  private List<Long> targets(Caller caller, Csv.Row row, long releaseId) {
    String owner = MarketState.requireUser(caller);
    if (row.get("listing_id").isPresent()) {
      long id = listingId(row);
      ObjectNode listing = state.listings.get(id);
      boolean mine =
          listing != null
              && ListingDesk.sellerOf(listing).equals(owner)
              && ListingDesk.releaseIdOf(listing) == releaseId;
      return mine ? List.of(id) : List.of();
    }
    List<Long> ids = new ArrayList<>();
    state.listings.forEach(
        (id, listing) -> {
          boolean match =
              ListingDesk.sellerOf(listing).equals(owner)
                  && ListingDesk.releaseIdOf(listing) == releaseId
                  && ListingStatus.of(ListingDesk.statusOf(listing)).isEditable();
          if (match) {
            ids.add(id);
          }
        });
    return ids;
  }

  private static long listingId(Csv.Row row) {
    String text = row.get("listing_id").orElse("");
    if (!text.matches("\\d{1,18}")) {
      throw ApiError.unprocessable("Invalid listing_id: expected a listing id.");
    }
    return Long.parseLong(text);
  }

  // The file's column names become the listing fields a JSON body would carry.
  private static Params params(Csv.Row row) {
    Map<String, String> values = new HashMap<>();
    row.values().forEach((column, value) -> values.put(column, value.trim()));
    Optional.ofNullable(values.remove("media_condition"))
        .ifPresent(v -> values.put("condition", v));
    Optional.ofNullable(values.remove("accept_offer"))
        .ifPresent(v -> values.put("allow_offers", acceptOffer(v)));
    values.remove("status");
    return Params.of(values);
  }

  private static String acceptOffer(String value) {
    return switch (value.trim().toUpperCase(Locale.ROOT)) {
      case "Y", "YES", "TRUE", "1" -> "true";
      case "N", "NO", "FALSE", "0", "" -> "false";
      default -> value;
    };
  }

  private static void requireColumns(String type, List<String> columns) {
    List<String> missing =
        switch (type) {
          case "add" ->
              List.of("release_id", "price", "media_condition").stream()
                  .filter(c -> !columns.contains(c))
                  .toList();
          case "change" -> columns.contains("release_id") ? List.of() : List.of("release_id");
          default -> columns.contains("listing_id") ? List.of() : List.of("listing_id");
        };
    if (!missing.isEmpty()) {
      throw ApiError.unprocessable("Missing required columns: " + String.join(", ", missing) + ".");
    }
    if (type.equals("change") && columns.stream().noneMatch(CHANGEABLE::contains)) {
      throw ApiError.unprocessable(
          "Missing columns to change: give at least one of " + String.join(", ", CHANGEABLE) + ".");
    }
  }

  private ObjectNode json(String type, String filename, Report report) {
    long id = state.nextUploadId++;
    Instant now = state.now();
    ObjectNode json = StubJson.object();
    json.put("id", id);
    json.put("status", report.status().value());
    json.put("type", type);
    json.put("filename", filename);
    json.put("created_ts", Times.withoutOffset(now));
    json.put("finished_ts", Times.withoutOffset(now));
    json.put("results", report.text());
    return json;
  }

  /** What processing a file found. */
  private static final class Report {
    int records;
    int processed;
    final List<String> errors = new ArrayList<>();
    String failure = "";

    void fail(String reason) {
      failure = reason;
    }

    JobStatus status() {
      boolean failed = !failure.isEmpty() || (records > 0 && processed == 0);
      return failed ? JobStatus.FAILED : JobStatus.SUCCESS;
    }

    String text() {
      if (!failure.isEmpty()) {
        return failure;
      }
      StringBuilder text =
          new StringBuilder("CSV file contains " + records + " records.<p>Processed ");
      text.append(processed).append(" records.");
      errors.forEach(error -> text.append("<p>").append(error));
      return text.toString();
    }
  }
}
