package dev.needledrop.discogs;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needledrop.discogs.auth.ConsumerCredentials;
import dev.needledrop.discogs.auth.Credentials;
import dev.needledrop.discogs.auth.OAuthCredentials;
import dev.needledrop.discogs.auth.PersonalAccessToken;
import dev.needledrop.discogs.ratelimit.PacedRateLimiter;
import java.net.URI;
import org.junit.jupiter.api.Test;

class SharedRateLimitersTest {

  private static final URI DISCOGS = URI.create("https://api.discogs.com");
  private static final String TOKEN = "shared-limiter-test-token";

  @Test
  void givesEveryClientOfOneCredentialTheSameLimiter() {
    try (SharedRateLimiters.Lease first = SharedRateLimiters.lease(DISCOGS, token(TOKEN));
        SharedRateLimiters.Lease second = SharedRateLimiters.lease(DISCOGS, token(TOKEN))) {
      assertThat(second.limiter()).isSameAs(first.limiter());
    }
  }

  @Test
  void keepsSeparateBudgetsForOtherCredentialsAndOtherServers() {
    URI stub = URI.create("http://127.0.0.1:8080");
    try (SharedRateLimiters.Lease mine = SharedRateLimiters.lease(DISCOGS, token(TOKEN));
        SharedRateLimiters.Lease other = SharedRateLimiters.lease(DISCOGS, token("other-token"));
        SharedRateLimiters.Lease elsewhere = SharedRateLimiters.lease(stub, token(TOKEN))) {
      assertThat(other.limiter()).isNotSameAs(mine.limiter());
      assertThat(elsewhere.limiter()).isNotSameAs(mine.limiter());
    }
  }

  @Test
  void startsFromDiscogsLimitsForTheAccessLevel() {
    try (SharedRateLimiters.Lease anonymous =
            SharedRateLimiters.lease(URI.create("https://limits.example"), Credentials.none());
        SharedRateLimiters.Lease application =
            SharedRateLimiters.lease(
                URI.create("https://limits.example"), new ConsumerCredentials("k", "s"))) {
      assertThat(((PacedRateLimiter) anonymous.limiter()).limit()).isEqualTo(25);
      assertThat(((PacedRateLimiter) application.limiter()).limit()).isEqualTo(60);
    }
  }

  @Test
  void keysLimitersByADigestThatHoldsNoSecret() {
    OAuthCredentials oauth = OAuthCredentials.of("ckey", "csecret", "otoken", "osecret");

    String key = SharedRateLimiters.keyOf(DISCOGS, oauth);

    assertThat(key).matches("[0-9a-f]{64}").doesNotContain("otoken").doesNotContain("ckey");
    assertThat(SharedRateLimiters.keyOf(DISCOGS, token(TOKEN))).doesNotContain(TOKEN);
  }

  @Test
  void dropsALimiterNoClientHoldsOnceItIsIdle() {
    URI server = URI.create("https://idle.example");
    SharedRateLimiters.Lease lease = SharedRateLimiters.lease(server, token(TOKEN));
    int held = SharedRateLimiters.size();
    lease.close();
    lease.close();

    try (SharedRateLimiters.Lease next = SharedRateLimiters.lease(server, token("another"))) {
      assertThat(SharedRateLimiters.size()).isLessThanOrEqualTo(held);
      assertThat(next.limiter()).isNotSameAs(lease.limiter());
    }
  }

  private static PersonalAccessToken token(String value) {
    return PersonalAccessToken.of(value);
  }
}
