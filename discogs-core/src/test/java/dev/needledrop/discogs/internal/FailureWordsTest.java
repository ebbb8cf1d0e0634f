package dev.needledrop.discogs.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.EOFException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Transport failures name the server's host and port and say why in words, never the query. */
class FailureWordsTest {

  private static final URI URL = URI.create("http://127.0.0.1:8080/releases/1?token=s3cret");

  @Nested
  class HostAndPort {

    @Test
    void namesThePortGivenOrTheSchemesDefault() {
      assertThat(FailureWords.hostAndPort(URL)).isEqualTo("127.0.0.1:8080");
      assertThat(FailureWords.hostAndPort(URI.create("https://api.example.com/x")))
          .isEqualTo("api.example.com:443");
      assertThat(FailureWords.hostAndPort(URI.create("http://api.example.com/x")))
          .isEqualTo("api.example.com:80");
    }
  }

  @Nested
  class NotConnected {

    @Test
    void saysARefusedConnectionWasRefused() {
      assertThat(FailureWords.notConnected(URL, new ConnectException()))
          .isEqualTo("could not connect to 127.0.0.1:8080: connection refused");
      assertThat(FailureWords.notConnected(URL, new IOException("wrapper", new ConnectException())))
          .isEqualTo("could not connect to 127.0.0.1:8080: connection refused");
      assertThat(
              FailureWords.notConnected(URL, wrapped(new ConnectException("Connection refused"))))
          .isEqualTo("could not connect to 127.0.0.1:8080: connection refused");
    }

    @Test
    void saysAnUnknownHostOrAMissingRoute() {
      assertThat(FailureWords.notConnected(URL, wrapped(new UnknownHostException("nowhere"))))
          .isEqualTo("could not connect to 127.0.0.1:8080: unknown host");
      assertThat(FailureWords.notConnected(URL, new NoRouteToHostException()))
          .isEqualTo("could not connect to 127.0.0.1:8080: no route to host");
    }

    @Test
    void saysATimedOutConnectionTookTooLong() {
      assertThat(FailureWords.connectTimedOut(URL, Duration.ofSeconds(10)))
          .isEqualTo("could not connect to 127.0.0.1:8080: timed out after 10 s");
    }
  }

  @Nested
  class Lost {

    @Test
    void saysAResetConnectionWasReset() {
      assertThat(FailureWords.lost(URL, wrapped(new IOException("Connection reset"))))
          .isEqualTo("connection reset by 127.0.0.1:8080");
    }

    @Test
    void saysTheServerClosedAConnectionThatEndedEarly() {
      assertThat(FailureWords.lost(URL, new EOFException("EOF reached while reading")))
          .isEqualTo("127.0.0.1:8080 closed the connection before the response was complete");
    }

    @Test
    void namesAnyOtherFailureWithoutTheQueryItQuotes() {
      assertThat(FailureWords.lost(URL, new IOException("odd failure at " + URL)))
          .isEqualTo(
              "the exchange with 127.0.0.1:8080 failed: IOException: odd failure at"
                  + " http://127.0.0.1:8080/releases/1")
          .doesNotContain("s3cret");
    }
  }

  @Nested
  class TimedOut {

    @Test
    void saysHowLongItWaitedAndForWhat() {
      assertThat(FailureWords.noResponse(URL, Duration.ofSeconds(30)))
          .isEqualTo("timed out after 30 s waiting for a response from 127.0.0.1:8080");
      assertThat(FailureWords.incompleteResponse(URL, Duration.ofSeconds(30)))
          .isEqualTo("timed out after 30 s before the response from 127.0.0.1:8080 was complete");
    }
  }

  private static IOException wrapped(IOException cause) {
    return new IOException(cause.getMessage(), cause);
  }
}
