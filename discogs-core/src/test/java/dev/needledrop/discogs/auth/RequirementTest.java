package dev.needledrop.discogs.auth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.needledrop.discogs.error.CredentialsRequiredException;
import dev.needledrop.discogs.error.DiscogsClientException;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RequirementTest {

  @Nested
  class IsMetBy {

    @ParameterizedTest
    @EnumSource(AccessLevel.class)
    void nothingIsNeededForNone(AccessLevel level) {
      assertThat(Requirement.NONE.isMetBy(level)).isTrue();
    }

    @Test
    void credentialsTakeAnyCredentials() {
      assertThat(Requirement.CREDENTIALS.isMetBy(AccessLevel.NONE)).isFalse();
      assertThat(Requirement.CREDENTIALS.isMetBy(AccessLevel.APPLICATION)).isTrue();
      assertThat(Requirement.CREDENTIALS.isMetBy(AccessLevel.USER)).isTrue();
    }

    @Test
    void aUserAndAnOwnerTakeAUsersCredentialsOnly() {
      for (Requirement requirement : new Requirement[] {Requirement.USER, Requirement.OWNER}) {
        assertThat(requirement.isMetBy(AccessLevel.NONE)).isFalse();
        assertThat(requirement.isMetBy(AccessLevel.APPLICATION)).isFalse();
        assertThat(requirement.isMetBy(AccessLevel.USER)).isTrue();
      }
    }
  }

  @Nested
  class Check {

    @Test
    void refusesASearchWithoutCredentialsNamingWhatItNeeds() {
      assertThatExceptionOfType(CredentialsRequiredException.class)
          .isThrownBy(() -> Requirement.CREDENTIALS.check("search", AccessLevel.NONE))
          .isInstanceOf(DiscogsClientException.class)
          .withMessage(
              "search needs credentials: a consumer key and secret, a personal access token or"
                  + " OAuth; the client has none")
          .satisfies(refused -> assertThat(refused.operation()).isEqualTo("search"));
    }

    @Test
    void tellsThatAKeyAndSecretActForNoUser() {
      assertThatExceptionOfType(CredentialsRequiredException.class)
          .isThrownBy(() -> Requirement.USER.check("identity", AccessLevel.APPLICATION))
          .withMessage(
              "identity needs a user's credentials: a personal access token or OAuth; the client"
                  + " has only a consumer key and secret, which act for no user");
    }

    @Test
    void asksTheOwnerForAWrite() {
      assertThatExceptionOfType(CredentialsRequiredException.class)
          .isThrownBy(() -> Requirement.OWNER.check("adding to a wantlist", AccessLevel.NONE))
          .withMessageStartingWith(
              "adding to a wantlist needs the owner's credentials: the owner's personal access"
                  + " token or OAuth");
    }

    @Test
    void letsACallThroughWhenTheCredentialsReach() {
      assertThatCode(() -> Requirement.OWNER.check("x", AccessLevel.USER))
          .doesNotThrowAnyException();
      assertThatCode(() -> Requirement.NONE.check("x", AccessLevel.NONE))
          .doesNotThrowAnyException();
    }
  }
}
