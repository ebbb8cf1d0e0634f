package dev.needledrop.discogs.oauth.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpTimeoutException;
import org.junit.jupiter.api.Test;

class FlowTransportTest {

  private static final URI URL = URI.create("http://127.0.0.1:8080/oauth/request_token?x=s3cret");

  @Test
  void saysARefusedConnectionWasRefusedAndWhere() {
    assertThat(FlowTransport.describe(URL, new ConnectException()))
        .isEqualTo("could not connect to 127.0.0.1:8080: connection refused");
  }

  @Test
  void findsTheRefusalBehindTheClientsWrapper() {
    assertThat(FlowTransport.describe(URL, new IOException("wrapped", new ConnectException())))
        .isEqualTo("could not connect to 127.0.0.1:8080: connection refused");
  }

  @Test
  void tellsConnectTimeoutsFromResponseTimeouts() {
    assertThat(FlowTransport.describe(URL, new HttpConnectTimeoutException("x")))
        .isEqualTo("could not connect to 127.0.0.1:8080: timed out");
    assertThat(FlowTransport.describe(URL, new HttpTimeoutException("x")))
        .isEqualTo("timed out waiting for a response from 127.0.0.1:8080");
  }

  @Test
  void namesTheDefaultPortOfTheScheme() {
    URI https = URI.create("https://www.example.test/oauth/identity");

    assertThat(FlowTransport.describe(https, new UnknownHostException("www.example.test")))
        .isEqualTo("could not connect to www.example.test:443: unknown host");
  }

  @Test
  void neverQuotesAMessageThatMayCarryTheQuery() {
    assertThat(FlowTransport.describe(URL, new IOException("GET " + URL + " broke")))
        .startsWith("the exchange with 127.0.0.1:8080 failed: IOException: GET ")
        .doesNotContain("s3cret");
  }
}
