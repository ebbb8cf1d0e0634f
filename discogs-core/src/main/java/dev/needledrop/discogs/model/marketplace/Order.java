package dev.needledrop.discogs.model.marketplace;

import dev.needledrop.discogs.internal.Values;
import dev.needledrop.discogs.model.Money;
import dev.needledrop.discogs.model.Timestamp;
import dev.needledrop.discogs.model.UserRef;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A marketplace order, as its seller sees it.
 *
 * @param status the current status; empty text when Discogs sent none
 * @param nextStatus the statuses the seller may move the order to next
 * @param fee the Discogs selling fee
 * @param shippingAddress the buyer's address as multi-line text
 * @param additionalInstructions the buyer's instructions as free text
 * @param archived whether the seller archived the order, when Discogs says
 * @param uri the order's page on the Discogs website
 */
public record Order(
    OrderId id,
    OrderStatus status,
    List<OrderStatus> nextStatus,
    Optional<Money> fee,
    Optional<Timestamp> created,
    Optional<Timestamp> lastActivity,
    List<OrderItem> items,
    Optional<OrderShipping> shipping,
    String shippingAddress,
    String additionalInstructions,
    Optional<Boolean> archived,
    Optional<UserRef> seller,
    Optional<UserRef> buyer,
    Optional<Money> total,
    String uri) {

  /** Creates an order, reading absent parts as empty. */
  public Order {
    Objects.requireNonNull(id, "id");
    status = status == null ? OrderStatus.of("") : status;
    nextStatus = Values.list(nextStatus);
    fee = Values.optional(fee);
    created = Values.optional(created);
    lastActivity = Values.optional(lastActivity);
    items = Values.list(items);
    shipping = Values.optional(shipping);
    shippingAddress = Values.text(shippingAddress);
    additionalInstructions = Values.text(additionalInstructions);
    archived = Values.optional(archived);
    seller = Values.optional(seller);
    buyer = Values.optional(buyer);
    total = Values.optional(total);
    uri = Values.text(uri);
  }

  /** Tells whether the seller may move the order to the status now: it is a next status. */
  public boolean canMoveTo(OrderStatus next) {
    return nextStatus.contains(next);
  }
}
