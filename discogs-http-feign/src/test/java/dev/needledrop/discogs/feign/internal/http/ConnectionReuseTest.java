package dev.needledrop.discogs.feign.internal.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.needledrop.discogs.DiscogsConfig;
import dev.needledrop.discogs.auth.PersonalAccessToken;
import dev.needledrop.discogs.feign.internal.FeignDiscogsClient;
import dev.needledrop.discogs.model.FolderId;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.model.collection.CollectionItem;
import dev.needledrop.discogs.testkit.RecordedRequest;
import dev.needledrop.discogs.testkit.StubDiscogsServer;
import dev.needledrop.discogs.testkit.data.TestCollectionItems;
import feign.Request;
import feign.Response;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The client keeps its connection alive across calls, asks for gzip and inflates it as the body is
 * read, and gives a connection back as soon as the page a stream needed has arrived, even when the
 * stream is closed early.
 */
class ConnectionReuseTest {

  private static final String STREAMER = "streaming_user";
  private static final String STREAMER_TOKEN = "streaming-user-token";

  // The stub's rate limit would otherwise refuse a thousand calls a minute.
  private final StubDiscogsServer stub =
      StubDiscogsServer.builder()
          .rateLimit(1_000_000, 1_000_000, Duration.ofSeconds(60))
          .user(STREAMER, STREAMER_TOKEN)
          .start();

  @AfterEach
  void stop() {
    stub.close();
  }

  private FeignDiscogsClient client(String token) {
    return FeignDiscogsClient.create(
        DiscogsConfig.builder("NeedledropTests/1.0 +https://example.com/needledrop")
            .baseUrl(stub.baseUrl())
            .credentials(PersonalAccessToken.of(token))
            .build());
  }

  @Nested
  class SequentialCalls {

    @Test
    void openOneConnectionForAThousandCallsAllAskingForGzip() {
      try (FeignDiscogsClient discogs = client(StubDiscogsServer.USER_TOKEN)) {
        for (int i = 0; i < 1_000; i++) {
          assertThat(discogs.database().release(ReleaseId.of(249504)).title())
              .isEqualTo("Never Gonna Give You Up");
        }
      }

      assertThat(stub.acceptedConnections()).isEqualTo(1);
      assertThat(stub.requests())
          .hasSize(1_000)
          .allSatisfy(
              request ->
                  assertThat(request.header("Accept-Encoding"))
                      .hasValueSatisfying(encoding -> assertThat(encoding).contains("gzip")));
    }
  }

  @Nested
  class GzipBodies {

    @Test
    void areInflatedAsTheyAreReadNotAheadOfTime() throws Exception {
      try (JdkHttpClient http = JdkHttpClient.create(Duration.ofSeconds(5));
          Response response = http.send(releaseRequest(), Duration.ofSeconds(5))) {
        // The stub gzipped it; the adapter hands it on as a stream that inflates on demand.
        assertThat(response.headers()).doesNotContainKeys("Content-Encoding", "content-encoding");
        assertThat(response.body().length()).isNull();
        try (InputStream body = response.body().asInputStream()) {
          assertThat(body).isInstanceOf(InflatingInputStream.class);
          JsonNode release = new ObjectMapper().readTree(body);
          assertThat(release.path("title").asText()).isEqualTo("Never Gonna Give You Up");
        }
      }
    }

    private Request releaseRequest() {
      Map<String, Collection<String>> headers =
          Map.of(
              "User-Agent", List.of("NeedledropTests/1.0"),
              "Authorization", List.of("Discogs token=" + StubDiscogsServer.USER_TOKEN));
      return Request.create(
          Request.HttpMethod.GET,
          stub.baseUrl() + "/releases/249504",
          headers,
          null,
          StandardCharsets.UTF_8,
          null);
    }
  }

  @Nested
  class StreamsClosedEarly {

    @Test
    void leaveTheirConnectionFreeForTheNextCall() {
      seedCollection(250);
      try (FeignDiscogsClient discogs = client(STREAMER_TOKEN)) {
        try (Stream<CollectionItem> items = allItems(discogs)) {
          assertThat(items.limit(3)).hasSize(3);
        }
        assertThat(stub.openConnections()).isLessThanOrEqualTo(1);

        try (Stream<CollectionItem> items = allItems(discogs)) {
          assertThat(items.count()).isEqualTo(250);
        }
      }

      assertThat(stub.acceptedConnections()).isEqualTo(1);
      assertThat(stub.requests().stream().map(RecordedRequest::target))
          .filteredOn(target -> target.contains("/collection/"))
          .hasSize(1 + 3);
    }

    private Stream<CollectionItem> allItems(FeignDiscogsClient discogs) {
      return discogs.collection().allItems(Username.of(STREAMER), FolderId.ALL, Optional.empty());
    }

    private void seedCollection(int items) {
      for (int i = 1; i <= items; i++) {
        stub.userData()
            .putCollectionItem(
                Username.of(STREAMER), TestCollectionItems.item(i, 1_000_000 + i).build());
      }
    }
  }
}
