package dev.needledrop.discogs.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.needledrop.discogs.Discogs;
import dev.needledrop.discogs.auth.CredentialPlacement;
import dev.needledrop.discogs.auth.PersonalAccessToken;
import dev.needledrop.discogs.error.DiscogsServiceException;
import dev.needledrop.discogs.error.NotFoundException;
import dev.needledrop.discogs.feign.testing.CaseServer;
import dev.needledrop.discogs.feign.testing.RecordedRequest;
import dev.needledrop.discogs.feign.testing.ScriptedResponse;
import dev.needledrop.discogs.feign.testing.TestClients;
import dev.needledrop.discogs.model.Download;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Image fetches: the bytes as sent, credentials only on the configured API origin, redirects
 * followed without carrying credentials elsewhere, rate limits observed.
 */
class ImagesTest {

  private static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, 0x00, 0x10, 0x42};

  private CaseServer api;
  private CaseServer cdn;
  private Discogs discogs;

  @BeforeEach
  void start() {
    api = CaseServer.start();
    cdn = CaseServer.start();
    discogs = TestClients.with(api, PersonalAccessToken.of("image-token"));
  }

  @AfterEach
  void stop() {
    discogs.close();
    api.close();
    cdn.close();
  }

  private static ScriptedResponse image() {
    return new ScriptedResponse(
        200,
        Map.of(
            "Content-Type", "image/jpeg",
            "X-Discogs-Ratelimit", "60",
            "X-Discogs-Ratelimit-Used", "9",
            "X-Discogs-Ratelimit-Remaining", "51"),
        JPEG,
        Duration.ZERO,
        false);
  }

  @Test
  void fetchesAnImageOnTheApiOriginWithTheCredentialsAndCountsItsRateLimit() {
    api.enqueue(image());

    byte[] bytes =
        discogs.images().fetchImage(api.baseUrl() + "/fake-images/R-1.jpeg?signature=s1");

    assertThat(bytes).isEqualTo(JPEG);
    RecordedRequest request = api.onlyRequest();
    assertThat(request.requestLine()).isEqualTo("GET /fake-images/R-1.jpeg?signature=s1");
    assertThat(request.header("Authorization")).contains("Discogs token=image-token");
    assertThat(request.header("User-Agent")).contains(TestClients.USER_AGENT);
    assertThat(discogs.lastRateLimit()).hasValueSatisfying(r -> assertThat(r.used()).isEqualTo(9));
  }

  @Test
  void neverSendsCredentialsToAnotherOrigin() {
    cdn.enqueue(image());

    try (Download download = discogs.images().openImage(cdn.baseUrl() + "/R-1.jpeg?sig=x")) {
      assertThat(download.contentType()).isEqualTo("image/jpeg");
      assertThat(download.contentLength()).hasValue(JPEG.length);
      assertThat(download.readAllBytes()).isEqualTo(JPEG);
    }
    RecordedRequest request = cdn.onlyRequest();
    assertThat(request.header("Authorization")).isEmpty();
    assertThat(request.rawQuery()).isEqualTo("sig=x");
    assertThat(request.header("User-Agent")).contains(TestClients.USER_AGENT);
  }

  @Test
  void putsQueryCredentialsOnlyOnImagesOfTheApiOrigin() {
    try (Discogs queryClient =
        FeignDiscogs.create(
            TestClients.config(api)
                .credentials(PersonalAccessToken.of("image-token"))
                .credentialPlacement(CredentialPlacement.QUERY)
                .build())) {
      api.enqueue(image());
      cdn.enqueue(image());

      queryClient.images().fetchImage(api.baseUrl() + "/fake-images/a.jpeg?signature=s");
      queryClient.images().fetchImage(cdn.baseUrl() + "/a.jpeg?signature=s");
    }

    assertThat(api.onlyRequest().rawQuery()).isEqualTo("signature=s&token=image-token");
    assertThat(cdn.onlyRequest().rawQuery()).isEqualTo("signature=s");
  }

  @Test
  void followsARedirectToAnotherOriginWithoutTheCredentials() {
    api.enqueue(ScriptedResponse.empty(302, Map.of("Location", cdn.baseUrl() + "/moved.jpeg")));
    cdn.enqueue(image());

    byte[] bytes = discogs.images().fetchImage(api.baseUrl() + "/fake-images/old.jpeg");

    assertThat(bytes).isEqualTo(JPEG);
    assertThat(api.onlyRequest().header("Authorization")).isPresent();
    assertThat(cdn.onlyRequest().requestLine()).isEqualTo("GET /moved.jpeg");
    assertThat(cdn.onlyRequest().header("Authorization")).isEmpty();
  }

  @Test
  void stopsFollowingRedirectsAfterFiveAndReportsTheLastAnswer() {
    for (int i = 0; i < 6; i++) {
      cdn.enqueue(ScriptedResponse.empty(302, Map.of("Location", "/loop.jpeg")));
    }

    assertThatExceptionOfType(DiscogsServiceException.class)
        .isThrownBy(() -> discogs.images().fetchImage(cdn.baseUrl() + "/loop.jpeg"))
        .satisfies(e -> assertThat(e.status()).isEqualTo(302));
    assertThat(cdn.requests()).hasSize(6);
  }

  @Test
  void reportsATamperedUrlAsNotFound() {
    api.enqueue(
        ScriptedResponse.json(404, "{\"message\": \"The requested resource was not found.\"}"));

    assertThatExceptionOfType(NotFoundException.class)
        .isThrownBy(
            () ->
                discogs.images().fetchImage(api.baseUrl() + "/fake-images/R-2.jpeg?signature=bad"))
        .satisfies(e -> assertThat(e.path()).isEqualTo("/fake-images/R-2.jpeg"));
  }

  @Test
  void writesAnImageToAFile(@TempDir Path folder) throws IOException {
    cdn.enqueue(image());
    Path target = folder.resolve("cover.jpeg");

    long written = discogs.images().downloadImage(cdn.baseUrl() + "/cover.jpeg", target);

    assertThat(written).isEqualTo(JPEG.length);
    assertThat(Files.readAllBytes(target)).isEqualTo(JPEG);
  }

  @ParameterizedTest(name = "url {index}")
  @ValueSource(
      strings = {
        "",
        "/fake-images/R-1.jpeg",
        "ftp://example.com/a.jpeg",
        "https://user:pw@example.com/a.jpeg",
        "not a url"
      })
  void refusesWhatIsNotAnAbsoluteWebUrlBeforeSending(String url) {
    assertThatIllegalArgumentException().isThrownBy(() -> discogs.images().openImage(url));
    assertThat(api.requests()).isEmpty();
  }
}
