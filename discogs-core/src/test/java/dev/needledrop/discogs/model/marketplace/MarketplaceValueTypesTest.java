package dev.needledrop.discogs.model.marketplace;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MarketplaceValueTypesTest {

  @Nested
  class MediaConditions {

    @Test
    void knowsTheEightGradesBestFirstWithTheirExactText() {
      assertThat(MediaCondition.values())
          .extracting(MediaCondition::value)
          .containsExactly(
              "Mint (M)",
              "Near Mint (NM or M-)",
              "Very Good Plus (VG+)",
              "Very Good (VG)",
              "Good Plus (G+)",
              "Good (G)",
              "Fair (F)",
              "Poor (P)");
    }

    @Test
    void keepsAnUnknownGradeAsGivenWithoutFailing() {
      MediaCondition future = MediaCondition.of("Sealed (S)");

      assertThat(future.isKnown()).isFalse();
      assertThat(future).hasToString("Sealed (S)");
      assertThat(future.rank()).isEqualTo(MediaCondition.values().size());
    }

    @Test
    void equalsTheConstantWhenReadFromText() {
      assertThat(MediaCondition.of("Very Good Plus (VG+)"))
          .isEqualTo(MediaCondition.VERY_GOOD_PLUS);
      assertThat(MediaCondition.VERY_GOOD_PLUS.isKnown()).isTrue();
    }

    @Test
    void refusesAnUnknownGradeForAWriteListingTheAllowedOnes() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> MediaCondition.of("VG+").requireKnown("condition"))
          .withMessageStartingWith("condition must be one of Mint (M), Near Mint (NM or M-)")
          .withMessageContaining("Poor (P)")
          .withMessageEndingWith("but was 'VG+'");
    }

    @Test
    void refusesNull() {
      assertThatNullPointerException().isThrownBy(() -> MediaCondition.of(null));
    }
  }

  @Nested
  class SleeveConditions {

    @Test
    void addTheThreeSleeveOnlyValuesToTheGrades() {
      assertThat(SleeveCondition.values()).hasSize(11);
      assertThat(SleeveCondition.values())
          .extracting(SleeveCondition::value)
          .endsWith("Generic", "Not Graded", "No Cover")
          .startsWith("Mint (M)");
      assertThat(SleeveCondition.of(MediaCondition.FAIR)).isEqualTo(SleeveCondition.FAIR);
    }

    @Test
    void refusesAMediaOnlyTypoForAWrite() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> SleeveCondition.of("generic").requireKnown("sleeveCondition"))
          .withMessageContaining("Generic, Not Graded, No Cover");
    }
  }

  @Nested
  class ListingStatuses {

    @Test
    void letOnlyForSaleAndDraftBeSet() {
      assertThat(ListingStatus.settable())
          .containsExactly(ListingStatus.FOR_SALE, ListingStatus.DRAFT);
      assertThatIllegalArgumentException()
          .isThrownBy(() -> ListingStatus.SOLD.requireSettable("status"))
          .withMessage("status must be one of For Sale, Draft, but was 'Sold'");
    }

    @Test
    void letForSaleDraftAndExpiredListingsBeEdited() {
      assertThat(ListingStatus.values())
          .filteredOn(ListingStatus::isEditable)
          .containsExactly(ListingStatus.FOR_SALE, ListingStatus.DRAFT, ListingStatus.EXPIRED);
    }

    @Test
    void keepTheAllFilterApartFromTheStatuses() {
      assertThat(ListingStatus.values()).doesNotContain(ListingStatus.ALL).hasSize(7);
      assertThat(ListingStatus.ALL.isKnown()).isFalse();
    }

    @Test
    void keepAnUnknownStatusAsGiven() {
      assertThat(ListingStatus.of("Pending").isKnown()).isFalse();
      assertThat(ListingStatus.of("Pending").isEditable()).isFalse();
    }
  }

  @Nested
  class OrderStatuses {

    @Test
    void spellTheBuyersRequestWithAStraightApostrophe() {
      assertThat(OrderStatus.CANCELLED_PER_BUYERS_REQUEST.value())
          .isEqualTo("Cancelled (Per Buyer's Request)");
      assertThat(OrderStatus.of("Cancelled (Per Buyer\u2019s Request)").isKnown()).isFalse();
    }

    @Test
    void letElevenStatusesBeSetAndFiveMoreOnlyFilter() {
      assertThat(OrderStatus.settable()).hasSize(11).allMatch(OrderStatus::isSettable);
      assertThat(OrderStatus.values()).hasSize(16).allMatch(OrderStatus::isKnown);
      assertThat(OrderStatus.CANCELLED.isSettable()).isFalse();
      assertThat(OrderStatus.ALL.isKnown()).isTrue();
    }

    @Test
    void refuseAFilterOnlyStatusForAWrite() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> OrderStatus.MERGED.requireSettable("status"))
          .withMessageContaining("New Order, Buyer Contacted")
          .withMessageEndingWith("but was 'Merged'");
    }

    @Test
    void tellCancellationsApart() {
      assertThat(OrderStatus.CANCELLED_ITEM_UNAVAILABLE.isCancellation()).isTrue();
      assertThat(OrderStatus.SHIPPED.isCancellation()).isFalse();
    }
  }

  @Nested
  class OrderIds {

    @Test
    void keepTheTextAsGiven() {
      assertThat(OrderId.of("1234567-3").value()).isEqualTo("1234567-3");
      assertThat(OrderId.of("1-1")).hasToString("1-1");
    }

    @ParameterizedTest(name = "\"{0}\"")
    @ValueSource(strings = {"", "1 2", "1-1\n", "\t"})
    void refuseTextThatCannotBeAnId(String text) {
      assertThatIllegalArgumentException().isThrownBy(() -> OrderId.of(text));
    }

    @Test
    void listingIdsMustBePositive() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> ListingId.of(0))
          .withMessage("listingId must be positive, but was 0");
    }
  }

  @Nested
  class MessageTypes {

    @Test
    void readAnAbsentTypeAsEmptyAndKeepUnknownOnes() {
      assertThat(OrderMessageType.of(null).value()).isEmpty();
      assertThat(OrderMessageType.of("refund_sent")).isEqualTo(OrderMessageType.REFUND_SENT);
      assertThat(OrderMessageType.of("dispute").isKnown()).isFalse();
    }
  }
}
