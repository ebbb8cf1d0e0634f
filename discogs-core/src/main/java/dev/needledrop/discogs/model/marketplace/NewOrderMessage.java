package dev.needledrop.discogs.model.marketplace;

import dev.needledrop.discogs.internal.Values;
import java.util.Objects;
import java.util.Optional;

/**
 * A message a seller adds to an order: text, a status change, or both. Checked before sending: at
 * least one part, non-blank text, a status that can be set.
 *
 * <p>With a status, Discogs moves the order and writes a note of the old and new status before the
 * text.
 */
public record NewOrderMessage(Optional<String> message, Optional<OrderStatus> status) {

  /** Creates the message, refusing an empty one. */
  public NewOrderMessage {
    message = Values.optional(message);
    status = Values.optional(status);
    if (message.isEmpty() && status.isEmpty()) {
      throw new IllegalArgumentException("an order message needs a message, a status, or both");
    }
    message.ifPresent(NewOrderMessage::requireText);
    status.ifPresent(value -> value.requireSettable("status"));
  }

  /** Returns a written message. */
  public static NewOrderMessage text(String message) {
    return new NewOrderMessage(Optional.of(message), Optional.empty());
  }

  /** Returns a status change with a message to the buyer. */
  public static NewOrderMessage statusChange(OrderStatus status, String message) {
    return new NewOrderMessage(
        Optional.of(message), Optional.of(Objects.requireNonNull(status, "status")));
  }

  /** Returns a status change without text. */
  public static NewOrderMessage statusChange(OrderStatus status) {
    return new NewOrderMessage(
        Optional.empty(), Optional.of(Objects.requireNonNull(status, "status")));
  }

  private static void requireText(String text) {
    if (text.isBlank()) {
      throw new IllegalArgumentException("message must not be blank");
    }
  }
}
