package dev.needledrop.discogs.feign.internal.mapping;

import dev.needledrop.discogs.feign.internal.dto.OrderDto;
import dev.needledrop.discogs.feign.internal.dto.OrderItemDto;
import dev.needledrop.discogs.feign.internal.dto.OrderMessageDto;
import dev.needledrop.discogs.feign.internal.dto.OrderMessagesPageDto;
import dev.needledrop.discogs.feign.internal.dto.OrderRefDto;
import dev.needledrop.discogs.feign.internal.dto.OrderShippingDto;
import dev.needledrop.discogs.feign.internal.dto.OrdersPageDto;
import dev.needledrop.discogs.feign.internal.dto.RefundDto;
import dev.needledrop.discogs.feign.internal.dto.UserRefDto;
import dev.needledrop.discogs.model.UserRef;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.model.marketplace.Order;
import dev.needledrop.discogs.model.marketplace.OrderId;
import dev.needledrop.discogs.model.marketplace.OrderItem;
import dev.needledrop.discogs.model.marketplace.OrderMessage;
import dev.needledrop.discogs.model.marketplace.OrderShipping;
import dev.needledrop.discogs.model.marketplace.Refund;
import dev.needledrop.discogs.paging.Page;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.mapstruct.Mapper;
import org.mapstruct.Mapping;

/** Maps orders and their messages. */
@Mapper(
    config = DiscogsMapperConfig.class,
    uses = {CommonMapper.class, MarketWireFormats.class})
public interface OrderMapper extends PageMapping {

  @Mapping(target = "created", qualifiedByName = "timestamp")
  @Mapping(target = "lastActivity", qualifiedByName = "timestamp")
  Order toOrder(OrderDto order);

  List<Order> toOrders(List<OrderDto> orders);

  @Mapping(target = "listingId", source = "id")
  @Mapping(target = "releaseId", source = "release.id")
  @Mapping(target = "releaseDescription", source = "release.description")
  @Mapping(target = "mediaCondition", source = "mediaCondition")
  OrderItem toItem(OrderItemDto item);

  @Mapping(target = "timestamp", qualifiedByName = "timestamp")
  @Mapping(target = "originalShipping", source = "original")
  @Mapping(target = "newShipping", source = "newValue")
  OrderMessage toMessage(OrderMessageDto message);

  List<OrderMessage> toMessages(List<OrderMessageDto> messages);

  /** Maps a page of orders. */
  default Page<Order> toOrdersPage(OrdersPageDto page) {
    return toPage(page.pagination(), toOrders(page.orders()));
  }

  /** Maps a page of messages. */
  default Page<OrderMessage> toMessagesPage(OrderMessagesPageDto page) {
    return toPage(page.pagination(), toMessages(page.messages()));
  }

  /** Maps the shipping, absent when Discogs sent none. */
  default Optional<OrderShipping> toShipping(OrderShippingDto shipping) {
    if (shipping == null) {
      return Optional.empty();
    }
    return Optional.of(
        new OrderShipping(
            MarketWireFormats.money(shipping.value(), shipping.currency()), shipping.method()));
  }

  /** Maps the order a message points to, absent when it names none. */
  default Optional<OrderId> toOrderRef(OrderRefDto order) {
    return order == null || order.id() == null || order.id().isBlank()
        ? Optional.empty()
        : Optional.of(OrderId.of(order.id()));
  }

  /** Maps a refund, absent when Discogs sent none or one without an amount. */
  default Optional<Refund> toRefund(RefundDto refund) {
    return refund == null || refund.amount() == null
        ? Optional.empty()
        : Optional.of(new Refund(refund.amount(), toOrderRef(refund.order())));
  }

  /** Maps a user, absent when Discogs sent none or one without a usable name. */
  default Optional<UserRef> toUser(UserRefDto user) {
    if (user == null || !WireFormats.isUsername(user.username())) {
      return Optional.empty();
    }
    OptionalLong id = user.id() == null ? OptionalLong.empty() : OptionalLong.of(user.id());
    return Optional.of(new UserRef(Username.of(user.username()), id, user.avatarUrl()));
  }
}
