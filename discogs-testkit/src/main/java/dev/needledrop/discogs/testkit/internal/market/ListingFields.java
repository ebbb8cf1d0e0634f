package dev.needledrop.discogs.testkit.internal.market;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.needledrop.discogs.internal.Choices;
import dev.needledrop.discogs.model.marketplace.ListingStatus;
import dev.needledrop.discogs.model.marketplace.MediaCondition;
import dev.needledrop.discogs.model.marketplace.SleeveCondition;
import dev.needledrop.discogs.testkit.internal.http.ApiError;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * Reads and applies the fields a seller writes to a listing, from a JSON body, a query or a CSV
 * row, checking each as Discogs does (422 with a message naming the field and what it accepts).
 * Fields left out stay as they are.
 */
final class ListingFields {

  private static final List<String> SETTABLE =
      ListingStatus.settable().stream().map(ListingStatus::value).toList();

  private ListingFields() {}

  /** Returns the release id the fields name, checking it. */
  static Optional<Long> releaseId(Params params) {
    return params.get("release_id").map(ListingFields::positiveId);
  }

  /** Returns the price the fields name in the seller's currency, checking it. */
  static Optional<BigDecimal> price(Params params, String currency) {
    return params
        .get("price")
        .map(text -> Prices.inMinorUnits(Prices.positive(text, "price"), currency, "price"));
  }

  /**
   * Checks every field present, the price against the seller's currency, so that nothing is applied
   * from a request that is refused.
   */
  static void check(Params params, String currency) {
    releaseId(params);
    price(params, currency);
    params.get("condition").ifPresent(ListingFields::condition);
    params.get("sleeve_condition").ifPresent(ListingFields::sleeveCondition);
    params.get("status").ifPresent(ListingFields::status);
    params.get("allow_offers").ifPresent(value -> flag(value, "allow_offers"));
    params.get("weight").ifPresent(value -> amount(value, "weight"));
    params.get("format_quantity").ifPresent(value -> amount(value, "format_quantity"));
  }

  /**
   * Applies the fields present to a listing, a price in the seller's currency (Discogs takes prices
   * in the currency the seller sells in, whatever the listing held before).
   *
   * @param estimates the release's own weight and quantity, for the value {@code auto}
   * @param currency the seller's currency, such as {@code EUR}
   */
  static void apply(ObjectNode listing, Params params, ObjectNode estimates, String currency) {
    check(params, currency);
    price(params, currency).ifPresent(price -> setPrice(listing, price, currency));
    params.get("condition").ifPresent(value -> listing.put("condition", condition(value)));
    params
        .get("sleeve_condition")
        .ifPresent(v -> listing.put("sleeve_condition", sleeveCondition(v)));
    params.get("status").ifPresent(value -> listing.put("status", status(value)));
    params.get("comments").ifPresent(value -> listing.put("comments", value));
    params.get("allow_offers").ifPresent(v -> listing.put("allow_offers", flag(v, "allow_offers")));
    params.get("external_id").ifPresent(value -> listing.put("external_id", value));
    params.get("location").ifPresent(value -> listing.put("location", value));
    params
        .get("weight")
        .ifPresent(v -> setAmount(listing, "weight", v, estimates, "estimated_weight"));
    params
        .get("format_quantity")
        .ifPresent(v -> setAmount(listing, "format_quantity", v, estimates, "format_quantity"));
  }

  /** Sets the price and the seller's original price, both in the given currency. */
  static void setPrice(ObjectNode listing, BigDecimal price, String currency) {
    listing.set("price", Prices.price(price, currency));
    listing.set("original_price", Prices.original(price, currency));
  }

  private static long positiveId(String text) {
    String trimmed = text.trim();
    if (!trimmed.matches("\\d{1,18}") || Long.parseLong(trimmed) == 0) {
      throw ApiError.unprocessable("Invalid release_id: expected a release id.");
    }
    return Long.parseLong(trimmed);
  }

  private static String condition(String value) {
    return choice(
        value, MediaCondition.values().stream().map(MediaCondition::value).toList(), "condition");
  }

  private static String sleeveCondition(String value) {
    return choice(
        value,
        SleeveCondition.values().stream().map(SleeveCondition::value).toList(),
        "sleeve_condition");
  }

  private static String status(String value) {
    return choice(value, SETTABLE, "status");
  }

  private static String choice(String value, List<String> allowed, String field) {
    if (!allowed.contains(value)) {
      throw ApiError.unprocessable(
          "Invalid " + field + ": expected one of " + Choices.describe(allowed) + ".");
    }
    return value;
  }

  private static boolean flag(String value, String field) {
    return switch (value.trim()) {
      case "true", "True", "1" -> true;
      case "false", "False", "0" -> false;
      default -> throw ApiError.unprocessable("Invalid " + field + ": expected true or false.");
    };
  }

  private static Optional<BigDecimal> amount(String value, String field) {
    if (value.trim().equals("auto")) {
      return Optional.empty();
    }
    return Optional.of(Prices.decimal(value, field));
  }

  private static void setAmount(
      ObjectNode listing, String field, String value, ObjectNode estimates, String estimate) {
    Optional<BigDecimal> amount = amount(value, field);
    if (amount.isPresent()) {
      listing.put(field, amount.get());
    } else {
      listing.put(field, estimates.path(estimate).asInt(field.equals("weight") ? 0 : 1));
    }
  }
}
