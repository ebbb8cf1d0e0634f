package dev.needledrop.discogs.model.marketplace;

import dev.needledrop.discogs.internal.Values;
import dev.needledrop.discogs.model.Timestamp;
import dev.needledrop.discogs.model.UserRef;
import java.math.BigDecimal;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * One message of an order's history: written by the buyer or seller, or recorded by Discogs for a
 * status, shipping or refund change. Which optional parts are present depends on the {@link
 * #type()}.
 *
 * @param order the order the message belongs to
 * @param from who wrote it (written messages)
 * @param actor who changed the status (status messages)
 * @param statusId Discogs' number of the new status (status messages)
 * @param originalShipping the shipping cost before the change (shipping messages)
 * @param newShipping the shipping cost after the change (shipping messages)
 * @param refund the refund (refund messages)
 */
public record OrderMessage(
    OrderMessageType type,
    String subject,
    String message,
    Optional<Timestamp> timestamp,
    Optional<OrderId> order,
    Optional<UserRef> from,
    Optional<UserRef> actor,
    OptionalInt statusId,
    Optional<BigDecimal> originalShipping,
    Optional<BigDecimal> newShipping,
    Optional<Refund> refund) {

  /** Creates a message, reading absent parts as empty. */
  public OrderMessage {
    type = type == null ? OrderMessageType.of("") : type;
    subject = Values.text(subject);
    message = Values.text(message);
    timestamp = Values.optional(timestamp);
    order = Values.optional(order);
    from = Values.optional(from);
    actor = Values.optional(actor);
    statusId = Values.optional(statusId);
    originalShipping = Values.optional(originalShipping);
    newShipping = Values.optional(newShipping);
    refund = Values.optional(refund);
  }
}
