package dev.needledrop.discogs.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.InstanceOfAssertFactories.type;

import dev.needledrop.discogs.Discogs;
import dev.needledrop.discogs.DiscogsConfig;
import dev.needledrop.discogs.auth.PersonalAccessToken;
import dev.needledrop.discogs.error.ResponseTooLargeException;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.testkit.StubDiscogsServer;
import dev.needledrop.discogs.testkit.StubResponse;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * A successful answer beyond the client's limits fails its call with a typed error, and the client
 * stops reading there instead of holding the whole body in memory.
 */
class BodyLimitsTest {

  private final StubDiscogsServer stub = StubDiscogsServer.start();

  @AfterEach
  void stop() {
    stub.close();
  }

  private Discogs client(DiscogsConfig.Builder limits) {
    return FeignDiscogs.create(
        limits
            .baseUrl(stub.baseUrl())
            .credentials(PersonalAccessToken.of(StubDiscogsServer.USER_TOKEN))
            .build());
  }

  private static DiscogsConfig.Builder config() {
    return DiscogsConfig.builder("NeedledropTests/1.0 +https://example.com/needledrop");
  }

  @Nested
  class SizeCap {

    @Test
    void failsABodyLongerThanTheCapWithTheLimitAndTheSettingThatRaisesIt() {
      stub.enqueue(StubResponse.json(releaseWithLongNotes(3 * 1024 * 1024)));

      try (Discogs discogs = client(config().maxResponseBytes(1024 * 1024))) {
        assertThatThrownBy(() -> discogs.database().release(ReleaseId.of(1)))
            .asInstanceOf(type(ResponseTooLargeException.class))
            .satisfies(
                tooLarge -> {
                  assertThat(tooLarge.limit()).isEqualTo(1024 * 1024);
                  assertThat(tooLarge.setting()).isEqualTo("maxResponseBytes");
                  assertThat(tooLarge)
                      .hasMessageContaining("longer than 1048576 bytes")
                      .hasMessageContaining(
                          "raise the limit with DiscogsConfig.Builder.maxResponseBytes");
                });
      }
    }

    @Test
    void failsAShortBodyOverASmallCapToo() {
      stub.enqueue(StubResponse.json(releaseWithLongNotes(20_000)));

      try (Discogs discogs = client(config().maxResponseBytes(10_000))) {
        assertThatThrownBy(() -> discogs.database().release(ReleaseId.of(1)))
            .isInstanceOf(ResponseTooLargeException.class)
            .hasMessageContaining("10000");
      }
    }

    @Test
    void readsABodyWithinTheCap() {
      stub.enqueue(StubResponse.json(releaseWithLongNotes(20_000)));

      try (Discogs discogs = client(config().maxResponseBytes(30_000))) {
        assertThat(discogs.database().release(ReleaseId.of(1)).notes()).hasSize(20_000);
      }
    }
  }

  @Nested
  class NestingDepth {

    @Test
    void failsJsonNestedDeeperThanTheDefaultLimit() {
      stub.enqueue(StubResponse.json(releaseWithNesting(10_000)));

      try (Discogs discogs = client(config())) {
        assertThatThrownBy(() -> discogs.database().release(ReleaseId.of(1)))
            .asInstanceOf(type(ResponseTooLargeException.class))
            .satisfies(
                tooDeep -> {
                  assertThat(tooDeep.limit()).isEqualTo(DiscogsConfig.DEFAULT_MAX_NESTING_DEPTH);
                  assertThat(tooDeep.setting()).isEqualTo("maxNestingDepth");
                });
      }
    }

    @Test
    void readsJsonNestedExactlyAsDeepAsTheLimit() {
      // The release object is the first level, so four arrays inside it make five.
      stub.enqueue(StubResponse.json(releaseWithNesting(4)));

      try (Discogs discogs = client(config().maxNestingDepth(5))) {
        assertThat(discogs.database().release(ReleaseId.of(1)).title()).isEqualTo("Deep");
      }
    }

    @Test
    void failsJsonOneLevelDeeperThanTheLimit() {
      stub.enqueue(StubResponse.json(releaseWithNesting(5)));

      try (Discogs discogs = client(config().maxNestingDepth(5))) {
        assertThatThrownBy(() -> discogs.database().release(ReleaseId.of(1)))
            .isInstanceOf(ResponseTooLargeException.class)
            .hasMessageContaining("raise the limit with DiscogsConfig.Builder.maxNestingDepth");
      }
    }

    @Test
    void failsJsonNestedDeeperThanAConfiguredLimit() {
      stub.enqueue(StubResponse.json(releaseWithNesting(8)));

      try (Discogs discogs = client(config().maxNestingDepth(5))) {
        assertThatThrownBy(() -> discogs.database().release(ReleaseId.of(1)))
            .asInstanceOf(type(ResponseTooLargeException.class))
            .extracting(ResponseTooLargeException::limit)
            .isEqualTo(5L);
      }
    }
  }

  private static String releaseWithLongNotes(int characters) {
    return "{\"id\": 1, \"title\": \"Long\", \"notes\": \"" + "n".repeat(characters) + "\"}";
  }

  // An unknown field nested the given number of levels, which the client must still not descend.
  private static String releaseWithNesting(int levels) {
    return "{\"id\": 1, \"title\": \"Deep\", \"deep\": "
        + "[".repeat(levels)
        + "]".repeat(levels)
        + "}";
  }
}
