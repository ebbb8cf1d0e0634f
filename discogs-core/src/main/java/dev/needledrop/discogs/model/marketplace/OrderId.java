package dev.needledrop.discogs.model.marketplace;

import java.util.Objects;

/**
 * The id of a marketplace order: text, not a number, usually the seller's id and a running number
 * joined by a dash, such as {@code "1234567-3"}.
 *
 * <p>The text is kept as given; values that could never be an id (blank, or holding whitespace or
 * control characters) are refused so that they never reach a URL.
 */
public record OrderId(String value) {

  /** Creates the id, refusing blank text and text with whitespace or control characters. */
  public OrderId {
    Objects.requireNonNull(value, "orderId");
    if (value.isEmpty()) {
      throw new IllegalArgumentException("orderId must not be blank");
    }
    if (value.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
      throw new IllegalArgumentException(
          "orderId must not contain whitespace or control characters, such as \"1234567-3\"");
    }
  }

  /** Returns the id of the given text, such as {@code "1234567-3"}. */
  public static OrderId of(String value) {
    return new OrderId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
