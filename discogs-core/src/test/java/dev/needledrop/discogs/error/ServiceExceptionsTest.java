package dev.needledrop.discogs.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatNullPointerException;

import dev.needledrop.discogs.ratelimit.RateLimitSnapshot;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ServiceExceptionsTest {

  private static FailedCall call(int status) {
    return new FailedCall("GET", "/releases/1", status, "", "", Optional.empty());
  }

  private static FailedCall call(String path, String serverMessage, String body) {
    return new FailedCall("GET", path, 404, serverMessage, body, Optional.empty());
  }

  @Nested
  class ForCall {

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {400, 422})
    void mapsInvalidRequestsToBadRequest(int status) {
      assertThat(DiscogsServiceException.forCall(call(status)))
          .isExactlyInstanceOf(BadRequestException.class);
    }

    @Test
    void mapsEachStatusCallersBranchOnToItsType() {
      assertThat(DiscogsServiceException.forCall(call(401)))
          .isExactlyInstanceOf(UnauthorizedException.class);
      assertThat(DiscogsServiceException.forCall(call(403)))
          .isExactlyInstanceOf(ForbiddenException.class);
      assertThat(DiscogsServiceException.forCall(call(404)))
          .isExactlyInstanceOf(NotFoundException.class);
      assertThat(DiscogsServiceException.forCall(call(409)))
          .isExactlyInstanceOf(ConflictException.class);
      assertThat(DiscogsServiceException.forCall(call(429)))
          .isExactlyInstanceOf(RateLimitedException.class);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {500, 502, 503, 504, 520, 599})
    void mapsServerFailuresToServerError(int status) {
      assertThat(DiscogsServiceException.forCall(call(status)))
          .isExactlyInstanceOf(ServerErrorException.class);
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(ints = {302, 405, 410, 418, 451})
    void mapsOtherStatusesToTheGeneralServiceException(int status) {
      assertThat(DiscogsServiceException.forCall(call(status)))
          .isExactlyInstanceOf(DiscogsServiceException.class);
    }

    @Test
    void keepsTheCallDetails() {
      RateLimitSnapshot limit = new RateLimitSnapshot(60, 60, 0, Instant.EPOCH);
      FailedCall call =
          new FailedCall(
              "POST", "/marketplace/listings", 422, "Invalid status", "", Optional.of(limit));

      DiscogsServiceException failure = DiscogsServiceException.forCall(call);

      assertThat(failure.status()).isEqualTo(422);
      assertThat(failure.method()).isEqualTo("POST");
      assertThat(failure.path()).isEqualTo("/marketplace/listings");
      assertThat(failure.serverMessage()).isEqualTo("Invalid status");
      assertThat(failure.bodyPreview()).isEmpty();
      assertThat(failure.rateLimit()).contains(limit);
    }

    @Test
    void areAllDiscogsExceptionsAndUnchecked() {
      assertThat(DiscogsServiceException.forCall(call(404)))
          .isInstanceOf(DiscogsException.class)
          .isInstanceOf(RuntimeException.class)
          .isNotInstanceOf(DiscogsClientException.class);
    }

    @Test
    void requiresACall() {
      assertThatNullPointerException().isThrownBy(() -> new NotFoundException(null));
    }
  }

  @Nested
  class FailedCallPath {

    @Test
    void dropsTheQuerySoThatCredentialsNeverReachTheMessage() {
      FailedCall call =
          call("/releases/1?token=secret-token-value&key=k3y&secret=s3cr3t", "Not found", "");

      DiscogsServiceException failure = DiscogsServiceException.forCall(call);

      assertThat(call.path()).isEqualTo("/releases/1");
      assertThat(failure.getMessage())
          .doesNotContain("secret-token-value")
          .doesNotContain("k3y")
          .doesNotContain("s3cr3t")
          .doesNotContain("?");
    }

    @Test
    void keepsAPathWithoutQuery() {
      assertThat(call("/artists/45/releases", "", "").path()).isEqualTo("/artists/45/releases");
    }

    @Test
    void readsANullPathAsEmpty() {
      assertThat(call(null, "", "").path()).isEmpty();
    }

    @Test
    void requiresAMethod() {
      assertThatNullPointerException()
          .isThrownBy(() -> new FailedCall(null, "/", 500, "", "", Optional.empty()));
    }

    @Test
    void readsAbsentPartsAsEmpty() {
      FailedCall call = new FailedCall("GET", "/x", 500, null, null, null);

      assertThat(call.serverMessage()).isEmpty();
      assertThat(call.bodyPreview()).isEmpty();
      assertThat(call.rateLimit()).isEmpty();
    }
  }

  @Nested
  class Messages {

    @Test
    void carryMethodPathStatusAndTheServerMessage() {
      FailedCall call =
          new FailedCall("GET", "/releases/0", 404, "Release not found.", "", Optional.empty());

      assertThat(DiscogsServiceException.forCall(call))
          .hasMessage("GET /releases/0 answered 404: Release not found.");
    }

    @Test
    void preferTheServerMessageOverTheBody() {
      FailedCall call = call("/x", "Release not found.", "{\"message\": \"Release not found.\"}");

      assertThat(DiscogsServiceException.forCall(call))
          .hasMessage("GET /x answered 404: Release not found.");
    }

    @Test
    void carryABodyPreviewWhenTheBodyWasNotAJsonError() {
      FailedCall call =
          new FailedCall(
              "GET",
              "/database/search",
              502,
              "",
              "<html>\n  <h1>Bad Gateway</h1>\n</html>",
              Optional.empty());

      assertThat(DiscogsServiceException.forCall(call))
          .hasMessage(
              "GET /database/search answered 502 — body starts: <html> <h1>Bad Gateway</h1> "
                  + "</html>");
    }

    @Test
    void sayTheBodyWasEmpty() {
      assertThat(DiscogsServiceException.forCall(call(403)))
          .hasMessage("GET /releases/1 answered 403 with an empty body");
    }

    @Test
    void readABlankBodyAsEmpty() {
      assertThat(DiscogsServiceException.forCall(call("/x", "", " \n\t ")))
          .hasMessage("GET /x answered 404 with an empty body");
    }
  }

  @Nested
  class BodyPreview {

    @Test
    void isCappedAtTwoHundredCharactersAndMarkedAsCut() {
      String body = "x".repeat(1_000);

      String preview = call("/x", "", body).bodyPreview();

      assertThat(preview).hasSize(201).endsWith("…").startsWith("x".repeat(200));
    }

    @Test
    void keepsABodyOfExactlyTheCap() {
      assertThat(call("/x", "", "y".repeat(200)).bodyPreview()).isEqualTo("y".repeat(200));
    }

    @Test
    void isOnOneLine() {
      String preview = call("/x", "", "line one\r\nline two\n\n\tline three").bodyPreview();

      assertThat(preview).isEqualTo("line one line two line three").doesNotContain("\n", "\r");
    }

    @Test
    void isOnOneLineInTheMessageToo() {
      String html = "<html>\n".repeat(100);

      assertThat(DiscogsServiceException.forCall(call("/x", "", html)).getMessage())
          .doesNotContain("\n")
          .hasSizeLessThan(300);
    }
  }

  @Nested
  class RateLimited {

    @Test
    void hasNoRetryHintUnlessGivenOne() {
      assertThat(new RateLimitedException(call(429)).retryAfter()).isEmpty();
      assertThat(new RateLimitedException(call(429), null).retryAfter()).isEmpty();
    }

    @Test
    void keepsTheServersRetryHint() {
      RateLimitedException failure =
          new RateLimitedException(call(429), Optional.of(Duration.ofSeconds(30)));

      assertThat(failure.retryAfter()).contains(Duration.ofSeconds(30));
      assertThat(failure.waited()).isZero();
    }

    @Test
    void tellsHowLongTheClientWaitedBeforeGivingUp() {
      RateLimitedException failure =
          new RateLimitedException(call(429), Optional.empty(), Duration.ofSeconds(75));

      assertThat(failure.waited()).isEqualTo(Duration.ofSeconds(75));
      assertThat(failure.getMessage()).endsWith("(gave up after waiting 1 min 15 s)");
    }
  }
}
