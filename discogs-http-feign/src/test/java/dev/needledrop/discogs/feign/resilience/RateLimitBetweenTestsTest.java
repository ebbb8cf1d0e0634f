package dev.needledrop.discogs.feign.resilience;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needledrop.discogs.DiscogsConfig;
import dev.needledrop.discogs.auth.PersonalAccessToken;
import dev.needledrop.discogs.error.RateLimitedException;
import dev.needledrop.discogs.feign.internal.FeignDiscogsClient;
import dev.needledrop.discogs.feign.testing.TestClients;
import dev.needledrop.discogs.feign.testing.VirtualTime;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.retry.RetryPolicy;
import dev.needledrop.discogs.testkit.StubDiscogsServer;
import dev.needledrop.discogs.testkit.StubDiscogsServerExtension;
import dev.needledrop.discogs.testkit.StubFault;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A 429 in one test of a class sharing the extension's stub does not hold back the fresh client of
 * the next test, although both use the default shared limiter of the same token: the extension
 * resets it between tests. The tests run in order on purpose.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class RateLimitBetweenTestsTest {

  @RegisterExtension
  static final StubDiscogsServerExtension stub = StubDiscogsServerExtension.create();

  private static final ReleaseId RELEASE = ReleaseId.of(249504);

  private final VirtualTime time = new VirtualTime();

  private FeignDiscogsClient client() {
    DiscogsConfig config =
        DiscogsConfig.builder(TestClients.USER_AGENT)
            .baseUrl(stub.baseUrl())
            .credentials(PersonalAccessToken.of(StubDiscogsServer.USER_TOKEN))
            .retryPolicy(RetryPolicy.none())
            .build();
    return FeignDiscogsClient.create(config, time);
  }

  @Test
  @Order(1)
  void aTestMeetingA429WithoutRetryAfter() {
    stub.server().inject(StubFault.rateLimited());

    try (FeignDiscogsClient discogs = client()) {
      assertThatThrownBy(() -> discogs.database().release(RELEASE))
          .isInstanceOf(RateLimitedException.class);
    }
  }

  @Test
  @Order(2)
  void leavesTheNextTestsFreshClientUndelayed() {
    try (FeignDiscogsClient discogs = client()) {
      discogs.database().release(RELEASE);
    }

    assertThat(time.elapsed()).isZero();
    assertThat(stub.requests()).hasSize(1);
  }
}
