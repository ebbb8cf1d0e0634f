package dev.needledrop.discogs.model.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.model.Money;
import dev.needledrop.discogs.model.ReleaseId;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MarketplaceWritesTest {

  private static final ReleaseId RELEASE = ReleaseId.of(249504);

  private static ListingDraft.Builder draft() {
    return ListingDraft.builder(RELEASE, MediaCondition.NEAR_MINT, new BigDecimal("21.00"));
  }

  @Nested
  class ListingDrafts {

    @Test
    void startForSaleAndKeepThePricesDecimals() {
      ListingDraft built = draft().build();

      assertThat(built.status()).contains(ListingStatus.FOR_SALE);
      assertThat(built.price().toPlainString()).isEqualTo("21.00");
      assertThat(built.comments()).isEmpty();
    }

    @Test
    void neverHoldAPriceWithANegativeScale() {
      ListingDraft built = draft().price(new BigDecimal("1E+2")).build();

      assertThat(built.price().toString()).isEqualTo("100");
    }

    @Test
    void refuseAZeroOrNegativePrice() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> draft().price(BigDecimal.ZERO).build())
          .withMessage("price must be positive, but was 0");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> draft().price(new BigDecimal("-4.50")).build());
    }

    @Test
    void refuseAConditionDiscogsDoesNotGradeWith() {
      assertThatIllegalArgumentException()
          .isThrownBy(
              () -> ListingDraft.builder(RELEASE, MediaCondition.of("NM"), BigDecimal.TEN).build())
          .withMessageStartingWith("condition must be one of Mint (M)");
    }

    @Test
    void refuseAnUnknownSleeveAndAStatusThatCannotBeSet() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> draft().sleeveCondition(SleeveCondition.of("Torn")).build())
          .withMessageStartingWith("sleeveCondition must be one of");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> draft().status(ListingStatus.EXPIRED).build())
          .withMessage("status must be one of For Sale, Draft, but was 'Expired'");
    }

    @Test
    void takeWeightsAndQuantitiesAsNumbersOrAuto() {
      ListingDraft built = draft().weight(230).autoFormatQuantity().build();

      assertThat(built.weight()).contains(ListingDraft.Amount.of(230));
      assertThat(built.formatQuantity()).hasValueSatisfying(q -> assertThat(q.isAuto()).isTrue());
      assertThat(ListingDraft.Amount.auto()).hasToString("auto");
      assertThatIllegalArgumentException().isThrownBy(() -> draft().weight(-1));
    }

    @Test
    void startFromAListingWithTheSellersPriceAndPrivateDetails() {
      Listing listing = listing(ListingStatus.DRAFT, Optional.of(new BigDecimal("239.0")), "Box 4");

      ListingDraft edit = ListingDraft.from(listing).price(new BigDecimal("22.50")).build();

      assertThat(edit.releaseId()).isEqualTo(RELEASE);
      assertThat(edit.condition()).isEqualTo(MediaCondition.VERY_GOOD_PLUS);
      assertThat(edit.sleeveCondition()).contains(SleeveCondition.GENERIC);
      assertThat(edit.price()).isEqualByComparingTo("22.50");
      assertThat(edit.status()).contains(ListingStatus.DRAFT);
      assertThat(edit.comments()).contains("Plays fine.");
      assertThat(edit.allowOffers()).contains(true);
      assertThat(edit.location()).contains("Box 4");
      assertThat(edit.weight()).contains(ListingDraft.Amount.of(239));
    }

    @Test
    void leaveOutAStatusThatCannotBeSetWhenStartingFromAListing() {
      Listing expired = listing(ListingStatus.EXPIRED, Optional.empty(), "");

      ListingDraft edit = ListingDraft.from(expired).build();

      assertThat(edit.status()).isEmpty();
      assertThat(edit.price()).isEqualByComparingTo("21.00");
    }

    @Test
    void roundTripThroughTheirBuilder() {
      ListingDraft built = draft().comments("c").externalId("x").allowOffers(false).build();

      assertThat(built.toBuilder().build()).isEqualTo(built);
    }
  }

  @Nested
  class OrderUpdates {

    @Test
    void holdExactlyOneChange() {
      assertThat(OrderUpdate.status(OrderStatus.SHIPPED).shipping()).isEmpty();
      assertThat(OrderUpdate.shipping(new BigDecimal("5.00")).shipping())
          .hasValueSatisfying(amount -> assertThat(amount.toPlainString()).isEqualTo("5.00"));
    }

    @Test
    void refuseStatusAndShippingInOneRequest() {
      assertThatIllegalArgumentException()
          .isThrownBy(
              () -> new OrderUpdate(Optional.of(OrderStatus.SHIPPED), Optional.of(BigDecimal.ONE)))
          .withMessageContaining("never both in one request");
    }

    @Test
    void refuseAnEmptyUpdateAStatusThatCannotBeSetAndNegativeShipping() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> new OrderUpdate(Optional.empty(), Optional.empty()));
      assertThatIllegalArgumentException()
          .isThrownBy(() -> OrderUpdate.status(OrderStatus.ALL))
          .withMessageEndingWith("but was 'All'");
      assertThatIllegalArgumentException()
          .isThrownBy(() -> OrderUpdate.shipping(new BigDecimal("-1")));
    }
  }

  @Nested
  class NewOrderMessages {

    @Test
    void needTextAStatusOrBoth() {
      assertThat(NewOrderMessage.text("Shipped today").message()).contains("Shipped today");
      assertThat(NewOrderMessage.statusChange(OrderStatus.SHIPPED).status())
          .contains(OrderStatus.SHIPPED);
      assertThatIllegalArgumentException()
          .isThrownBy(() -> new NewOrderMessage(Optional.empty(), Optional.empty()));
      assertThatIllegalArgumentException().isThrownBy(() -> NewOrderMessage.text("  "));
    }
  }

  @Nested
  class Orders {

    @Test
    void canMoveOnlyToANextStatus() {
      Order order =
          new Order(
              OrderId.of("1-1"),
              OrderStatus.NEW_ORDER,
              List.of(OrderStatus.INVOICE_SENT),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              null,
              Optional.empty(),
              null,
              null,
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              Optional.empty(),
              null);

      assertThat(order.canMoveTo(OrderStatus.INVOICE_SENT)).isTrue();
      assertThat(order.canMoveTo(OrderStatus.SHIPPED)).isFalse();
      assertThat(order.items()).isEmpty();
      assertThat(order.shippingAddress()).isEmpty();
    }
  }

  @Nested
  class Suggestions {

    @Test
    void orderPricesFromTheBestConditionToTheWorst() {
      Money five = Money.of("5", Currency.EUR);
      Money nine = Money.of("9", Currency.EUR);
      Money one = Money.of("1", Currency.EUR);
      PriceSuggestions suggestions =
          new PriceSuggestions(
              Map.of(
                  MediaCondition.GOOD,
                  five,
                  MediaCondition.MINT,
                  nine,
                  MediaCondition.of("Sealed"),
                  one));

      assertThat(suggestions.byCondition().keySet())
          .containsExactly(MediaCondition.MINT, MediaCondition.GOOD, MediaCondition.of("Sealed"));
      assertThat(suggestions.forCondition(MediaCondition.MINT)).contains(nine);
      assertThat(suggestions.forCondition(MediaCondition.POOR)).isEmpty();
      assertThat(new PriceSuggestions(null).isEmpty()).isTrue();
    }
  }

  private static Listing listing(
      ListingStatus status, Optional<BigDecimal> weight, String location) {
    return new Listing(
        ListingId.of(3000001),
        status,
        Optional.of(Money.of("25.20", Currency.USD)),
        Optional.of(OriginalPrice.of(Money.of("21.00", Currency.EUR))),
        Optional.empty(),
        Optional.empty(),
        true,
        Optional.empty(),
        MediaCondition.VERY_GOOD_PLUS,
        Optional.of(SleeveCondition.GENERIC),
        "Plays fine.",
        "Germany",
        Optional.empty(),
        false,
        "",
        ListingSeller.of("example_seller"),
        ListingRelease.of(RELEASE, "Rick Astley - Never Gonna Give You Up"),
        Optional.empty(),
        weight,
        OptionalInt.empty(),
        Optional.empty(),
        location.isEmpty() ? Optional.empty() : Optional.of(location),
        OptionalInt.empty());
  }
}
