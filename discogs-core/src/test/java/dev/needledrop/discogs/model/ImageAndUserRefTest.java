package dev.needledrop.discogs.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import java.util.OptionalLong;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class ImageAndUserRefTest {

  @Nested
  class ImageRecord {

    @Test
    void readsAbsentTextsAsEmpty() {
      Image image = new Image(null, null, null, 600, 600);

      assertThat(image.type()).isEmpty();
      assertThat(image.uri()).isEmpty();
      assertThat(image.uri150()).isEmpty();
    }

    @Test
    void tellsThePrimaryImage() {
      assertThat(new Image("primary", "u", "t", 1, 1).isPrimary()).isTrue();
      assertThat(new Image("secondary", "u", "t", 1, 1).isPrimary()).isFalse();
    }

    @Test
    void tellsWhenDiscogsWithheldTheUrls() {
      assertThat(new Image("primary", "", "", 600, 600).isWithheld()).isTrue();
      assertThat(new Image("primary", "https://i.discogs.com/x.jpg", "", 600, 600).isWithheld())
          .isFalse();
    }
  }

  @Nested
  class UserRefRecord {

    @Test
    void holdingOnlyAUsernameHasNoIdAndNoAvatar() {
      UserRef ref = UserRef.of("memory");

      assertThat(ref.username()).isEqualTo(Username.of("memory"));
      assertThat(ref.id()).isEmpty();
      assertThat(ref.avatarUrl()).isEmpty();
    }

    @Test
    void readsAbsentPartsAsEmpty() {
      UserRef ref = new UserRef(Username.of("memory"), null, null);

      assertThat(ref.id()).isEqualTo(OptionalLong.empty());
      assertThat(ref.avatarUrl()).isEmpty();
    }

    @Test
    void requiresAUsername() {
      assertThatNullPointerException().isThrownBy(() -> new UserRef(null, null, null));
    }

    @Test
    void refusesAUsernameThatCannotNameAUser() {
      assertThatIllegalArgumentException().isThrownBy(() -> UserRef.of(".."));
    }
  }
}
