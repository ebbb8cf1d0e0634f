package dev.needledrop.discogs.model.marketplace;

import dev.needledrop.discogs.internal.Values;
import java.util.List;

/**
 * What an order message records: a written {@link #MESSAGE}, a {@link #STATUS} change, a {@link
 * #SHIPPING} change or a refund. A type Discogs starts sending later is kept as given; an absent
 * type reads as empty text.
 */
public record OrderMessageType(String value) {

  public static final OrderMessageType MESSAGE = new OrderMessageType("message");
  public static final OrderMessageType STATUS = new OrderMessageType("status");
  public static final OrderMessageType SHIPPING = new OrderMessageType("shipping");
  public static final OrderMessageType REFUND_SENT = new OrderMessageType("refund_sent");
  public static final OrderMessageType REFUND_RECEIVED = new OrderMessageType("refund_received");

  private static final List<OrderMessageType> KNOWN =
      List.of(MESSAGE, STATUS, SHIPPING, REFUND_SENT, REFUND_RECEIVED);

  /** Creates a type from its wire text; absent reads as empty. */
  public OrderMessageType {
    value = Values.text(value);
  }

  /** Returns the type of the given wire text, such as {@code "status"}. */
  public static OrderMessageType of(String value) {
    return new OrderMessageType(value);
  }

  /** Tells whether this is one of the five types Discogs documents. */
  public boolean isKnown() {
    return KNOWN.contains(this);
  }

  @Override
  public String toString() {
    return value;
  }
}
