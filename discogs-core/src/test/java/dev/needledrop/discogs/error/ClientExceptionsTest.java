package dev.needledrop.discogs.error;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ClientExceptionsTest {

  @Nested
  class Transport {

    @Test
    void namesTheCallAndTheReasonAndKeepsTheCause() {
      IOException cause = new IOException("Connection refused");

      TransportException failure =
          new TransportException("GET", "/releases/1", "connection refused", cause);

      assertThat(failure)
          .hasMessage("GET /releases/1 failed: connection refused")
          .hasCause(cause)
          .isInstanceOf(DiscogsClientException.class);
      assertThat(failure.method()).isEqualTo("GET");
      assertThat(failure.path()).isEqualTo("/releases/1");
    }

    @Test
    void dropsTheQueryFromTheMessageAndThePath() {
      TransportException failure =
          new TransportException(
              "GET",
              "/database/search?q=x&token=secret-token-value",
              "read timed out",
              new SocketTimeoutException());

      assertThat(failure.getMessage()).doesNotContain("secret-token-value").doesNotContain("?");
      assertThat(failure.path()).isEqualTo("/database/search");
    }
  }

  @Nested
  class OutcomeUnknown {

    @Test
    void saysTheRequestMayHaveBeenAppliedAndKeepsWhatFailed() {
      CallTimeoutException timeout =
          new CallTimeoutException("POST", "/x", "no response within PT2S", null);

      OutcomeUnknownException unknown =
          new OutcomeUnknownException(
              "POST", "/x?token=s3cret", "no response within PT2S", timeout);

      assertThat(unknown)
          .isInstanceOf(TransportException.class)
          .hasCause(timeout)
          .hasMessageStartingWith("POST /x failed: no response within PT2S; ")
          .hasMessageContaining("may have applied it")
          .hasMessageNotContaining("s3cret");
      assertThat(unknown.path()).isEqualTo("/x");
    }
  }

  @Nested
  class CallTimeout {

    @Test
    void isATransportFailureNamingTheCall() {
      CallTimeoutException timeout =
          new CallTimeoutException(
              "GET", "/releases/1", "the call's deadline of PT1S passed", null);

      assertThat(timeout)
          .isInstanceOf(TransportException.class)
          .hasMessage("GET /releases/1 failed: the call's deadline of PT1S passed");
    }
  }

  @Nested
  class UnreadableResponse {

    @Test
    void namesTheCallTheStatusTheContentTypeTheReasonAndTheBodyStart() {
      UnreadableResponseException failure =
          new UnreadableResponseException(
              "GET",
              "/releases/1?token=secret-token-value",
              200,
              "text/html",
              "<html>\n<body>Maintenance</body>\n</html>",
              "expected JSON",
              null);

      assertThat(failure)
          .hasMessage(
              "GET /releases/1 answered 200 with an unreadable body (text/html): expected JSON"
                  + " — body starts: <html> <body>Maintenance</body> </html>");
      assertThat(failure.status()).isEqualTo(200);
      assertThat(failure.contentType()).isEqualTo("text/html");
      assertThat(failure.bodyPreview()).isEqualTo("<html> <body>Maintenance</body> </html>");
    }

    @ParameterizedTest(name = "content type \"{0}\"")
    @ValueSource(strings = {"", " "})
    void saysWhenThereWasNoContentType(String contentType) {
      UnreadableResponseException failure =
          new UnreadableResponseException("GET", "/x", 200, contentType, "", "expected JSON", null);

      assertThat(failure)
          .hasMessage(
              "GET /x answered 200 with an unreadable body (no content type): expected JSON"
                  + " (empty body)");
    }

    @Test
    void readsAbsentContentTypeAndBodyAsEmpty() {
      UnreadableResponseException failure =
          new UnreadableResponseException("GET", "/x", 204, null, null, "no body", null);

      assertThat(failure.contentType()).isEmpty();
      assertThat(failure.bodyPreview()).isEmpty();
      assertThat(failure.getMessage()).contains("(no content type)").endsWith("(empty body)");
    }

    @Test
    void capsTheBodyPreview() {
      UnreadableResponseException failure =
          new UnreadableResponseException(
              "GET", "/x", 200, "application/json", "{".repeat(5_000), "malformed JSON", null);

      assertThat(failure.bodyPreview()).hasSize(201);
      assertThat(failure.getMessage()).hasSizeLessThan(400);
    }

    @Test
    void keepsTheCause() {
      IllegalStateException cause = new IllegalStateException("parser");

      assertThat(new UnreadableResponseException("GET", "/x", 200, "", "", "r", cause))
          .hasCause(cause);
    }
  }

  @Nested
  class ResumePage {

    @Test
    void isEmptyOutsideAStream() {
      DiscogsException failure = new DiscogsClientException("boom", null);

      assertThat(failure.resumePage()).isEmpty();
      assertThat(failure).hasMessage("boom");
    }

    @Test
    void isAddedToTheMessageOnceMarked() {
      DiscogsException failure =
          new NotFoundException(new FailedCall("GET", "/x", 404, "", "", Optional.empty()));

      failure.markResumePage(4);

      assertThat(failure.resumePage()).hasValue(4);
      assertThat(failure)
          .hasMessage("GET /x answered 404 with an empty body (stream stopped at page 4)");
    }

    @Test
    void refusesPagesBelowOne() {
      DiscogsException failure = new DiscogsClientException("boom", null);

      assertThatIllegalArgumentException().isThrownBy(() -> failure.markResumePage(0));
      assertThat(failure.resumePage()).isEmpty();
    }
  }
}
