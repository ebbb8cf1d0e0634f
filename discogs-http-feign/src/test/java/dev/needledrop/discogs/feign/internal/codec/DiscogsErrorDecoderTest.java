package dev.needledrop.discogs.feign.internal.codec;

import static org.assertj.core.api.Assertions.assertThat;

import dev.needledrop.discogs.error.BadRequestException;
import dev.needledrop.discogs.error.ConflictException;
import dev.needledrop.discogs.error.DiscogsServiceException;
import dev.needledrop.discogs.error.ForbiddenException;
import dev.needledrop.discogs.error.NotFoundException;
import dev.needledrop.discogs.error.RateLimitedException;
import dev.needledrop.discogs.error.ServerErrorException;
import dev.needledrop.discogs.error.UnauthorizedException;
import dev.needledrop.discogs.feign.internal.http.RateLimitTracker;
import dev.needledrop.discogs.ratelimit.RateLimitSnapshot;
import feign.Request;
import feign.Response;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class DiscogsErrorDecoderTest {

  private static final Instant NOW = Instant.parse("2024-05-01T12:00:00Z");
  private static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

  private final DiscogsErrorDecoder decoder =
      new DiscogsErrorDecoder(Json.shared(), new RateLimitTracker(CLOCK), CLOCK);

  private static Response response(
      int status, Map<String, Collection<String>> headers, String body) {
    Request request =
        Request.create(
            Request.HttpMethod.GET,
            "http://127.0.0.1:1/releases/1?token=s3cr3t&curr_abbr=USD",
            Map.of(),
            null,
            StandardCharsets.UTF_8,
            null);
    return Response.builder()
        .status(status)
        .reason("")
        .headers(headers)
        .body(body, StandardCharsets.UTF_8)
        .request(request)
        .build();
  }

  private DiscogsServiceException decode(int status, String contentType, String body) {
    Map<String, Collection<String>> headers = Map.of("Content-Type", List.of(contentType));
    return (DiscogsServiceException)
        decoder.decode("DatabaseResource#release", response(status, headers, body));
  }

  static Stream<Arguments> statuses() {
    return Stream.of(
        Arguments.of(400, BadRequestException.class),
        Arguments.of(401, UnauthorizedException.class),
        Arguments.of(403, ForbiddenException.class),
        Arguments.of(404, NotFoundException.class),
        Arguments.of(405, DiscogsServiceException.class),
        Arguments.of(409, ConflictException.class),
        Arguments.of(415, DiscogsServiceException.class),
        Arguments.of(422, BadRequestException.class),
        Arguments.of(429, RateLimitedException.class),
        Arguments.of(500, ServerErrorException.class),
        Arguments.of(502, ServerErrorException.class),
        Arguments.of(503, ServerErrorException.class),
        Arguments.of(302, DiscogsServiceException.class));
  }

  @ParameterizedTest(name = "{0} -> {1}")
  @MethodSource("statuses")
  void mapsEveryStatusToItsException(int status, Class<? extends DiscogsServiceException> type) {
    DiscogsServiceException error = decode(status, "application/json", "{\"message\": \"m\"}");

    assertThat(error).isExactlyInstanceOf(type);
    assertThat(error.status()).isEqualTo(status);
  }

  @Test
  void carriesTheJsonMessageAndThePathWithoutItsQuery() {
    DiscogsServiceException error =
        decode(404, "application/json", "{\"message\": \"Release not found.\"}");

    assertThat(error.serverMessage()).isEqualTo("Release not found.");
    assertThat(error.bodyPreview()).isEmpty();
    assertThat(error.method()).isEqualTo("GET");
    assertThat(error.path()).isEqualTo("/releases/1");
    assertThat(error.getMessage())
        .isEqualTo("GET /releases/1 answered 404: Release not found.")
        .doesNotContain("s3cr3t");
  }

  @Test
  void previewsAnHtmlPage() {
    DiscogsServiceException error =
        decode(
            503,
            "text/html; charset=utf-8",
            "<html><body>\n<h1>Down   for maintenance</h1></body></html>");

    assertThat(error).isInstanceOf(ServerErrorException.class);
    assertThat(error.serverMessage()).isEmpty();
    assertThat(error.bodyPreview())
        .isEqualTo("<html><body> <h1>Down for maintenance</h1></body></html>");
  }

  @Test
  void cutsALongPageShort() {
    DiscogsServiceException error = decode(502, "text/html", "<p>" + "x".repeat(5000) + "</p>");

    assertThat(error.bodyPreview()).hasSizeLessThanOrEqualTo(201).endsWith("…");
  }

  @Test
  void reportsAnEmptyBody() {
    DiscogsServiceException error = decode(403, "text/html", "");

    assertThat(error).isInstanceOf(ForbiddenException.class);
    assertThat(error.getMessage()).isEqualTo("GET /releases/1 answered 403 with an empty body");
  }

  @Test
  void previewsJsonThatIsNotAnErrorObject() {
    DiscogsServiceException error = decode(500, "application/json", "{\"message\": ");

    assertThat(error.serverMessage()).isEmpty();
    assertThat(error.bodyPreview()).isEqualTo("{\"message\":");
  }

  @Test
  void previewsAnErrorObjectWithoutMessage() {
    DiscogsServiceException error = decode(500, "application/json", "{\"error\": 42}");

    assertThat(error.serverMessage()).isEmpty();
    assertThat(error.bodyPreview()).isEqualTo("{\"error\": 42}");
  }

  @Test
  void readsTheMessageEvenWithoutAJsonContentType() {
    DiscogsServiceException error =
        decode(
            401, "text/plain", "{\"message\": \"You must authenticate to access this resource.\"}");

    assertThat(error.serverMessage()).isEqualTo("You must authenticate to access this resource.");
  }

  @Test
  void carriesTheRateLimitAndTheRetryAfterOfA429() {
    Map<String, Collection<String>> headers =
        Map.of(
            "Content-Type", List.of("application/json"),
            "x-discogs-ratelimit", List.of("60"),
            "x-discogs-ratelimit-used", List.of("60"),
            "x-discogs-ratelimit-remaining", List.of("0"),
            "retry-after", List.of("12"));

    Exception error =
        decoder.decode(
            "k", response(429, headers, "{\"message\": \"You are making requests too quickly.\"}"));

    assertThat(error)
        .isInstanceOfSatisfying(
            RateLimitedException.class,
            limited -> {
              assertThat(limited.retryAfter()).contains(Duration.ofSeconds(12));
              assertThat(limited.rateLimit()).contains(new RateLimitSnapshot(60, 60, 0, NOW));
              assertThat(limited.serverMessage()).isEqualTo("You are making requests too quickly.");
            });
  }

  @Test
  void leavesRetryAfterEmptyWhenNotSent() {
    Exception error = decoder.decode("k", response(429, Map.of(), ""));

    assertThat(error)
        .isInstanceOfSatisfying(
            RateLimitedException.class,
            limited -> {
              assertThat(limited.retryAfter()).isEmpty();
              assertThat(limited.rateLimit()).isEmpty();
            });
  }
}
