package dev.needledrop.discogs.testkit;

import static dev.needledrop.discogs.testkit.StubDiscogsServer.CONSUMER_KEY;
import static dev.needledrop.discogs.testkit.StubDiscogsServer.CONSUMER_SECRET;
import static dev.needledrop.discogs.testkit.StubDiscogsServer.USER_TOKEN;
import static org.assertj.core.api.Assertions.assertThat;

import dev.needledrop.discogs.testkit.support.RawHttp;
import dev.needledrop.discogs.testkit.support.StubClient;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class StubPipelineTest {

  @RegisterExtension
  static final StubDiscogsServerExtension stub = StubDiscogsServerExtension.create();

  private final StubClient client = new StubClient(stub.baseUrl());

  @Nested
  class UserAgent {

    @Test
    void refusesARequestWithoutUserAgentWithAnEmptyBody() {
      String answer =
          RawHttp.exchange(
              stub.server().port(), "GET /releases/249504 HTTP/1.1", "Host: 127.0.0.1");

      assertThat(answer).startsWith("HTTP/1.1 403");
      assertThat(answer).containsIgnoringCase("X-Discogs-Ratelimit: 25");
      assertThat(answer.substring(answer.indexOf("\r\n\r\n") + 4)).isEmpty();
    }

    @Test
    void refusesABlankUserAgent() {
      String answer =
          RawHttp.exchange(
              stub.server().port(),
              "GET /releases/249504 HTTP/1.1",
              "Host: 127.0.0.1",
              "User-Agent:   ");

      assertThat(answer).startsWith("HTTP/1.1 403");
    }

    @Test
    void answersWithTheConfiguredStatus() {
      try (StubDiscogsServer server =
          StubDiscogsServer.builder()
              .missingUserAgentStatus(400)
              .standardCatalogue(false)
              .start()) {
        String answer =
            RawHttp.exchange(server.port(), "GET /releases/1 HTTP/1.1", "Host: 127.0.0.1");

        assertThat(answer).startsWith("HTTP/1.1 400");
      }
    }
  }

  @Nested
  class Credentials {

    @Test
    void acceptsAPersonalTokenInTheHeader() {
      HttpResponse<String> response = putRating().token(USER_TOKEN).send();

      assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void toleratesQuotesAndExtraSpacesInTheHeader() {
      HttpResponse<String> response =
          putRating().header("Authorization", "Discogs   token = \"" + USER_TOKEN + "\" ").send();

      assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void acceptsATokenInTheQuery() {
      HttpResponse<String> response =
          client
              .call("PUT", "/releases/249504/rating/example_user?rating=4&token=" + USER_TOKEN)
              .send();

      assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void acceptsAConsumerKeyAndSecretInTheHeaderForSearch() {
      HttpResponse<String> response =
          client.get("/database/search?q=astley").consumer(CONSUMER_KEY, CONSUMER_SECRET).send();

      assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void acceptsAConsumerKeyAndSecretInTheQuery() {
      HttpResponse<String> response =
          client
              .get("/database/search?q=astley&key=" + CONSUMER_KEY + "&secret=" + CONSUMER_SECRET)
              .send();

      assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void prefersTheHeaderOverTheQuery() {
      HttpResponse<String> response =
          client.get("/database/search?q=astley&token=unknown").token(USER_TOKEN).send();

      assertThat(response.statusCode()).isEqualTo(200);
    }

    @Test
    void refusesAnUnknownTokenWithDiscogsMessage() {
      HttpResponse<String> response = client.get("/releases/249504").token("nope").send();

      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(response.body())
          .isEqualTo("{\"message\": \"You must authenticate to access this resource.\"}");
    }

    @Test
    void refusesAKeyWithTheWrongSecret() {
      HttpResponse<String> response =
          client.get("/releases/249504").consumer(CONSUMER_KEY, "wrong").send();

      assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void refusesOAuthItCannotVerifyWithARealm() {
      HttpResponse<String> response =
          client.get("/releases/249504").header("Authorization", "OAuth oauth_token=\"t\"").send();

      assertThat(response.statusCode()).isEqualTo(401);
      assertThat(response.headers().firstValue("WWW-Authenticate"))
          .hasValueSatisfying(value -> assertThat(value).startsWith("OAuth realm="));
    }

    private StubClient.Call putRating() {
      return client.call("PUT", "/releases/249504/rating/example_user").jsonBody("{\"rating\": 3}");
    }
  }

  @Nested
  class Routing {

    @Test
    void answersAnUnknownPathWithTheGenericNotFound() {
      HttpResponse<String> response = client.get("/nowhere/at/all").send();

      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(response.body())
          .isEqualTo("{\"message\": \"The requested resource was not found.\"}");
    }

    @Test
    void answersAMalformedIdWithTheGenericNotFound() {
      HttpResponse<String> response = client.get("/releases/abc").send();

      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(StubClient.json(response).path("message").asText())
          .isEqualTo("The requested resource was not found.");
    }

    @Test
    void answersAnUnsupportedVerbWith405AndTheAllowedOnes() {
      HttpResponse<String> response = client.call("PUT", "/artists/45").send();

      assertThat(response.statusCode()).isEqualTo(405);
      assertThat(response.headers().firstValue("Allow")).hasValue("GET");
      assertThat(StubClient.json(response).path("message").asText()).isNotBlank();
    }

    @Test
    void answersEveryResponseWithJsonAndTheMediaType() {
      HttpResponse<String> response = client.get("/releases/249504").send();

      assertThat(response.headers().firstValue("Content-Type")).hasValue("application/json");
      assertThat(response.headers().firstValue("X-Discogs-Media-Type")).hasValue("discogs.v2");
    }

    @Test
    void carriesTheRateLimitHeadersOnErrorsToo() {
      HttpResponse<String> response = client.get("/releases/1234567890").send();

      assertThat(response.statusCode()).isEqualTo(404);
      assertThat(response.headers().firstValue("X-Discogs-Ratelimit")).hasValue("25");
      assertThat(response.headers().firstValue("X-Discogs-Ratelimit-Used")).hasValue("1");
      assertThat(response.headers().firstValue("X-Discogs-Ratelimit-Remaining")).hasValue("24");
    }
  }

  @Nested
  class Compression {

    @Test
    void gzipsTheBodyWhenTheClientAcceptsIt() throws IOException {
      HttpResponse<byte[]> response =
          client.get("/releases/249504").header("Accept-Encoding", "gzip").sendForBytes();

      assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
      String body = gunzip(response.body());
      assertThat(body).startsWith("{\"id\": 249504");
    }

    @Test
    void sendsPlainBodiesOtherwise() {
      HttpResponse<String> response = client.get("/releases/249504").send();

      assertThat(response.headers().firstValue("Content-Encoding")).isEmpty();
      assertThat(response.body()).startsWith("{\"id\": 249504");
    }

    private String gunzip(byte[] bytes) throws IOException {
      try (GZIPInputStream in = new GZIPInputStream(new ByteArrayInputStream(bytes))) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
  }

  @Nested
  class Recording {

    @Test
    void recordsEveryRequestAsItArrived() {
      client.call("PUT", "/users/dj%20a%2Bb/wants/1?notes=caf%C3%A9").jsonBody("{\"x\": 1}").send();

      RecordedRequest request = stub.server().lastRequest().orElseThrow();
      assertThat(request.method()).isEqualTo("PUT");
      assertThat(request.path()).isEqualTo("/users/dj%20a%2Bb/wants/1");
      assertThat(request.rawQuery()).isEqualTo("notes=caf%C3%A9");
      assertThat(request.queryParameter("notes")).hasValue("café");
      assertThat(request.header("user-agent")).hasValue(StubClient.USER_AGENT);
      assertThat(request.bodyText()).isEqualTo("{\"x\": 1}");
    }

    @Test
    void recordsRefusedRequestsToo() {
      client.get("/releases/249504").token("nope").send();
      client.get("/nowhere").send();

      assertThat(stub.requests())
          .extracting(RecordedRequest::path)
          .containsExactly("/releases/249504", "/nowhere");
    }

    @Test
    void hidesCredentialsWhenPrinted() {
      client.get("/releases/249504?token=secret-value").token("secret-value").send();

      assertThat(stub.server().lastRequest().orElseThrow().toString())
          .doesNotContain("secret-value");
    }

    @Test
    void forgetsRequestsWhenCleared() {
      client.get("/releases/249504").send();

      stub.server().clearRequests();

      assertThat(stub.requests()).isEmpty();
    }
  }

  @Nested
  class CannedAnswers {

    @Test
    void answersTheNextRequestExactlyAsGiven() {
      stub.enqueue(StubResponse.status(503).header("Retry-After", "30").body("<html>down</html>"));

      HttpResponse<String> response = client.get("/releases/249504").send();

      assertThat(response.statusCode()).isEqualTo(503);
      assertThat(response.headers().firstValue("Retry-After")).hasValue("30");
      assertThat(response.headers().firstValue("X-Discogs-Ratelimit")).isEmpty();
      assertThat(response.body()).isEqualTo("<html>down</html>");
    }

    @Test
    void answersInOrderAndThenRoutesAgain() {
      stub.enqueue(StubResponse.status(500));
      stub.enqueue(StubResponse.json("{\"id\": 1}"));

      assertThat(client.get("/releases/249504").send().statusCode()).isEqualTo(500);
      assertThat(client.get("/releases/249504").send().body()).isEqualTo("{\"id\": 1}");
      assertThat(client.get("/releases/249504").json().path("title").asText())
          .isEqualTo("Never Gonna Give You Up");
    }

    @Test
    void answersEvenARequestWithoutUserAgent() {
      stub.enqueue(StubResponse.status(204));

      String answer =
          RawHttp.exchange(stub.server().port(), "GET /anything HTTP/1.1", "Host: 127.0.0.1");

      assertThat(answer).startsWith("HTTP/1.1 204");
    }
  }
}
