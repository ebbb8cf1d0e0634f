package dev.needledrop.discogs.model.user;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.model.Username;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class UserRecordsTest {

  @Nested
  class Profiles {

    @Test
    void readAbsentPartsAsEmptyAndNegativeCountsAsZero() {
      UserProfile profile =
          new UserProfile(
              1,
              Username.of("u"),
              null,
              null,
              null,
              null,
              null,
              null,
              0,
              -1,
              0,
              0,
              0,
              0,
              0,
              null,
              null,
              null,
              null,
              null,
              null,
              0,
              0,
              -2,
              0,
              0,
              0,
              null,
              null,
              null,
              null);

      assertThat(profile.name()).isEmpty();
      assertThat(profile.numPending()).isZero();
      assertThat(profile.buyerNumRatings()).isZero();
      assertThat(profile.currency()).isEmpty();
      assertThat(profile.numCollection()).isEmpty();
      assertThat(profile.email()).isEmpty();
    }

    @Test
    void refuseANonPositiveId() {
      assertThatIllegalArgumentException()
          .isThrownBy(
              () ->
                  new UserProfile(
                      0,
                      Username.of("u"),
                      null,
                      null,
                      null,
                      null,
                      null,
                      null,
                      0,
                      0,
                      0,
                      0,
                      0,
                      0,
                      0,
                      null,
                      null,
                      null,
                      null,
                      null,
                      null,
                      0,
                      0,
                      0,
                      0,
                      0,
                      0,
                      null,
                      null,
                      null,
                      null))
          .withMessageContaining("user id must be positive");
    }
  }

  @Nested
  class Updates {

    @Test
    void holdOnlyThePartsSet() {
      ProfileUpdate update = ProfileUpdate.builder().location("Berlin").homePage("").build();

      assertThat(update.location()).contains("Berlin");
      assertThat(update.homePage()).contains("");
      assertThat(update.name()).isEmpty();
      assertThat(update.currency()).isEmpty();
      assertThat(update).isEqualTo(ProfileUpdate.builder().homePage("").location("Berlin").build());
      assertThat(update.toString()).contains("location=Optional[Berlin]");
    }

    @Test
    void refuseToChangeNothing() {
      assertThatIllegalStateException()
          .isThrownBy(() -> ProfileUpdate.builder().build())
          .withMessageContaining("at least one of");
    }

    @Test
    void refuseACurrencyDiscogsDoesNotTradeIn() {
      assertThatIllegalArgumentException()
          .isThrownBy(() -> ProfileUpdate.builder().currency(Currency.of("NOK")))
          .withMessageContaining("NOK");
    }
  }
}
