package dev.needledrop.discogs.feign;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needledrop.discogs.Discogs;
import dev.needledrop.discogs.DiscogsConfig;
import dev.needledrop.discogs.api.SearchQuery;
import dev.needledrop.discogs.auth.OAuthCredentials;
import dev.needledrop.discogs.auth.OAuthCredentials.SignatureMethod;
import dev.needledrop.discogs.paging.PageRequest;
import dev.needledrop.discogs.ratelimit.RateLimiter;
import dev.needledrop.discogs.retry.RetryPolicy;
import dev.needledrop.discogs.testkit.StubDiscogsServer;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Whatever the adapter signs, over HTTP, the stub verifies: arbitrary Unicode in query names,
 * values and every secret, with PLAINTEXT and HMAC-SHA1. A failed verification would surface as a
 * 401 and fail the call.
 */
class OAuthOverTheStubPropertyTest {

  private static StubDiscogsServer stub;
  private static final AtomicInteger consumers = new AtomicInteger();

  @BeforeContainer
  static void start() {
    stub = StubDiscogsServer.builder().rateLimit(100_000, 100_000, Duration.ofSeconds(60)).start();
  }

  @AfterContainer
  static void stop() {
    stub.close();
  }

  @Property(tries = 40)
  void theStubAcceptsEverySignedSearch(
      @ForAll("secrets") String consumerSecret,
      @ForAll("secrets") String tokenSecret,
      @ForAll("texts") String text,
      @ForAll boolean hmac) {
    try (Discogs discogs = FeignDiscogs.create(config(consumerSecret, tokenSecret, hmac))) {
      assertThat(discogs.database().search(SearchQuery.text(text), PageRequest.first()))
          .isNotNull();
    }
  }

  @Property(tries = 40)
  void theStubAcceptsEverySignedRawQuery(
      @ForAll("secrets") String consumerSecret,
      @ForAll("secrets") String tokenSecret,
      @ForAll("textLists") List<String> namesAndValues,
      @ForAll boolean hmac) {
    Map<String, String> query = new LinkedHashMap<>();
    for (int i = 0; i + 1 < namesAndValues.size(); i += 2) {
      query.put("p" + namesAndValues.get(i), namesAndValues.get(i + 1));
    }

    try (RawDiscogs raw = FeignDiscogs.raw(config(consumerSecret, tokenSecret, hmac))) {
      assertThat(raw.get("/oauth/identity", query)).contains("\"username\": \"example_user\"");
    }
  }

  private static DiscogsConfig config(String consumerSecret, String tokenSecret, boolean hmac) {
    String consumerKey = "property-consumer-" + consumers.incrementAndGet();
    stub.oauth().addConsumer(consumerKey, consumerSecret);
    String token = "property-token-" + consumers.get();
    stub.oauth().issueAccessToken(consumerKey, "example_user", token, tokenSecret);
    OAuthCredentials credentials =
        new OAuthCredentials(
            consumerKey,
            consumerSecret,
            token,
            tokenSecret,
            hmac ? SignatureMethod.HMAC_SHA1 : SignatureMethod.PLAINTEXT);
    return DiscogsConfig.builder("NeedledropPropertyTest/1.0 +https://example.com")
        .baseUrl(stub.baseUrl())
        .credentials(credentials)
        .rateLimiter(RateLimiter.unlimited())
        .retryPolicy(RetryPolicy.none())
        .build();
  }

  @Provide
  Arbitrary<String> secrets() {
    return unicode(1, 16)
        .filter(value -> !value.isBlank())
        .filter(value -> value.chars().noneMatch(Character::isISOControl));
  }

  @Provide
  Arbitrary<String> texts() {
    return unicode(0, 16).filter(value -> value.chars().noneMatch(Character::isISOControl));
  }

  @Provide
  Arbitrary<List<String>> textLists() {
    return texts().list().ofMaxSize(6);
  }

  private static Arbitrary<String> unicode(int min, int max) {
    Arbitrary<Integer> codePoints =
        Arbitraries.frequencyOf(
            Tuple.of(4, Arbitraries.integers().between(0x20, 0x7E)),
            Tuple.of(2, Arbitraries.integers().between(0xA0, 0xD7FF)),
            Tuple.of(2, Arbitraries.integers().between(0xE000, 0x10FFFF)));
    return codePoints
        .list()
        .ofMinSize(min)
        .ofMaxSize(max)
        .map(
            points -> {
              StringBuilder text = new StringBuilder();
              points.forEach(text::appendCodePoint);
              return text.toString();
            });
  }
}
