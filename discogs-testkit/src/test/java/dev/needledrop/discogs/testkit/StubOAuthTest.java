package dev.needledrop.discogs.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.needledrop.discogs.DiscogsConfig;
import dev.needledrop.discogs.auth.AuthorizationCallback;
import dev.needledrop.discogs.auth.ConsumerCredentials;
import dev.needledrop.discogs.auth.OAuthCallback;
import dev.needledrop.discogs.auth.OAuthCredentials;
import dev.needledrop.discogs.auth.OAuthCredentials.SignatureMethod;
import dev.needledrop.discogs.auth.OAuthVerifier;
import dev.needledrop.discogs.auth.RequestToken;
import dev.needledrop.discogs.auth.SignableRequest;
import dev.needledrop.discogs.error.AuthorizationExpiredException;
import dev.needledrop.discogs.error.InvalidVerifierException;
import dev.needledrop.discogs.error.SignatureRejectedException;
import dev.needledrop.discogs.model.Identity;
import dev.needledrop.discogs.oauth.OAuthFlowClient;
import dev.needledrop.discogs.oauth.OAuthSigner;
import dev.needledrop.discogs.testkit.support.StubClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The stub's OAuth 1.0a, driven by the SDK's flow client and signer over HTTP, and by hand where a
 * client would not misbehave on its own.
 */
class StubOAuthTest {

  private static final ConsumerCredentials APP =
      new ConsumerCredentials(StubDiscogsServer.CONSUMER_KEY, StubDiscogsServer.CONSUMER_SECRET);
  private static final URI CALLBACK = URI.create("http://127.0.0.1:9/callback?state=s1");

  private final ManualClock clock = ManualClock.start();
  private final AtomicInteger nonces = new AtomicInteger();
  private StubDiscogsServer server;
  private StubClient client;

  @BeforeEach
  void start() {
    server = StubDiscogsServer.builder().clock(clock).start();
    client = new StubClient(server.baseUrl());
  }

  @AfterEach
  void stop() {
    server.close();
  }

  private OAuthFlowClient flow(SignatureMethod method) {
    DiscogsConfig config =
        DiscogsConfig.builder(StubClient.USER_AGENT).baseUrl(server.baseUrl()).build();
    return OAuthFlowClient.builder(config)
        .webUrl(server.baseUrl())
        .signatureMethod(method)
        .clock(clock)
        .nonceSource(() -> "nonce-" + nonces.incrementAndGet())
        .build();
  }

  private String signed(OAuthCredentials credentials, String method, String pathAndQuery) {
    return OAuthSigner.builder(credentials)
        .clock(clock)
        .nonceSource(() -> "nonce-" + nonces.incrementAndGet())
        .build()
        .authorizationHeader(
            SignableRequest.of(method, URI.create(server.baseUrl() + pathAndQuery)));
  }

  private static OAuthCredentials stubUser(SignatureMethod method) {
    return new OAuthCredentials(
        StubDiscogsServer.CONSUMER_KEY,
        StubDiscogsServer.CONSUMER_SECRET,
        StubDiscogsServer.OAUTH_TOKEN,
        StubDiscogsServer.OAUTH_TOKEN_SECRET,
        method);
  }

  private HttpResponse<String> visit(URI page) {
    try {
      return HttpClient.newBuilder()
          .followRedirects(HttpClient.Redirect.NEVER)
          .build()
          .send(
              HttpRequest.newBuilder(page).header("User-Agent", StubClient.USER_AGENT).build(),
              HttpResponse.BodyHandlers.ofString());
    } catch (IOException failed) {
      throw new UncheckedIOException(failed);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted);
    }
  }

  private static String plaintext(
      String consumerKey, String signature, long timestamp, String nonce, String extra) {
    return "OAuth oauth_consumer_key=\""
        + consumerKey
        + "\", oauth_signature_method=\"PLAINTEXT\", oauth_timestamp=\""
        + timestamp
        + "\", oauth_nonce=\""
        + nonce
        + "\", oauth_signature=\""
        + signature
        + "\""
        + extra;
  }

  private String plaintextNow(String consumerKey, String signature, String nonce, String extra) {
    return plaintext(consumerKey, signature, clock.instant().getEpochSecond(), nonce, extra);
  }

  @Nested
  class ThreeLeggedFlow {

    @ParameterizedTest
    @EnumSource(SignatureMethod.class)
    void issuesApprovesAndExchangesForCredentialsThatActForTheUser(SignatureMethod method) {
      OAuthFlowClient flow = flow(method);

      RequestToken requestToken = flow.requestToken(APP, OAuthCallback.to(CALLBACK));
      String verifier = server.oauth().approve(requestToken.token());
      OAuthCredentials credentials =
          flow.accessToken(APP, requestToken, OAuthVerifier.of(verifier));
      Identity identity = flow.identity(credentials);

      assertThat(requestToken.callbackConfirmed()).isTrue();
      assertThat(identity.username().value()).isEqualTo(StubDiscogsServer.DEFAULT_USERNAME);
      assertThat(credentials.signatureMethod()).isEqualTo(method);
      assertThat(server.oauth().pendingRequestTokens()).isEmpty();
    }

    @Test
    void exchangesARequestTokenOnlyOnce() {
      OAuthFlowClient flow = flow(SignatureMethod.PLAINTEXT);
      RequestToken requestToken = flow.requestToken(APP, OAuthCallback.outOfBand());
      OAuthVerifier verifier = OAuthVerifier.of(server.oauth().approve(requestToken.token()));
      flow.accessToken(APP, requestToken, verifier);

      assertThatExceptionOfType(InvalidVerifierException.class)
          .isThrownBy(() -> flow.accessToken(APP, requestToken, verifier));
    }

    @Test
    void refusesAWrongVerifierWith400() {
      OAuthFlowClient flow = flow(SignatureMethod.HMAC_SHA1);
      RequestToken requestToken = flow.requestToken(APP, OAuthCallback.outOfBand());
      server.oauth().approve(requestToken.token());

      assertThatExceptionOfType(InvalidVerifierException.class)
          .isThrownBy(() -> flow.accessToken(APP, requestToken, OAuthVerifier.of("wrong")))
          .satisfies(refused -> assertThat(refused.status()).isEqualTo(400));
    }

    @Test
    void refusesAnUnapprovedRequestToken() {
      OAuthFlowClient flow = flow(SignatureMethod.PLAINTEXT);
      RequestToken requestToken = flow.requestToken(APP, OAuthCallback.outOfBand());

      assertThatExceptionOfType(InvalidVerifierException.class)
          .isThrownBy(() -> flow.accessToken(APP, requestToken, OAuthVerifier.of("guess")));
    }

    @Test
    void letsARequestTokenExpireAfterFifteenMinutes() {
      OAuthFlowClient flow = flow(SignatureMethod.PLAINTEXT);
      RequestToken requestToken = flow.requestToken(APP, OAuthCallback.outOfBand());
      OAuthVerifier verifier = OAuthVerifier.of(server.oauth().approve(requestToken.token()));

      clock.advance(Duration.ofMinutes(15));

      assertThatExceptionOfType(AuthorizationExpiredException.class)
          .isThrownBy(() -> flow.accessToken(APP, requestToken, verifier))
          .satisfies(refused -> assertThat(refused.status()).isEqualTo(400));
      assertThat(server.oauth().pendingRequestTokens()).isEmpty();
    }

    @Test
    void refusesAnUnknownConsumerAndAWrongSecretWith401() {
      OAuthFlowClient flow = flow(SignatureMethod.HMAC_SHA1);

      assertThatExceptionOfType(SignatureRejectedException.class)
          .isThrownBy(
              () ->
                  flow.requestToken(
                      new ConsumerCredentials("unknown", "secret"), OAuthCallback.outOfBand()))
          .satisfies(refused -> assertThat(refused.status()).isEqualTo(401));
      assertThatExceptionOfType(SignatureRejectedException.class)
          .isThrownBy(
              () ->
                  flow.requestToken(
                      new ConsumerCredentials(StubDiscogsServer.CONSUMER_KEY, "wrong"),
                      OAuthCallback.outOfBand()))
          .satisfies(refused -> assertThat(refused.status()).isEqualTo(401));
    }

    @Test
    void refusesTheDocumentedExchangeSignatureWithoutTheRequestSecret() {
      RequestToken requestToken =
          flow(SignatureMethod.PLAINTEXT).requestToken(APP, OAuthCallback.outOfBand());
      String verifier = server.oauth().approve(requestToken.token());
      String header =
          plaintextNow(
              StubDiscogsServer.CONSUMER_KEY,
              StubDiscogsServer.CONSUMER_SECRET + "%26",
              "documented",
              ", oauth_token=\""
                  + requestToken.token()
                  + "\", oauth_verifier=\""
                  + verifier
                  + "\"");

      HttpResponse<String> refused =
          client.call("POST", "/oauth/access_token").header("Authorization", header).send();

      assertThat(refused.statusCode()).isEqualTo(401);
      assertThat(refused.body())
          .doesNotContain(requestToken.token(), verifier, StubDiscogsServer.CONSUMER_SECRET);
    }
  }

  @Nested
  class TokenSteps {

    @Test
    void issueARequestTokenForAPostToo() {
      String header =
          plaintextNow(
              StubDiscogsServer.CONSUMER_KEY,
              StubDiscogsServer.CONSUMER_SECRET + "&",
              "post-1",
              ", oauth_callback=\"oob\"");

      HttpResponse<String> issued =
          client
              .call("POST", "/oauth/request_token")
              .header("Authorization", header)
              .body("application/x-www-form-urlencoded", "")
              .send();

      assertThat(issued.statusCode()).isEqualTo(200);
      assertThat(issued.headers().firstValue("Content-Type"))
          .hasValueSatisfying(type -> assertThat(type).startsWith("application/x-www-form"));
      assertThat(issued.body())
          .matches(
              "oauth_token=[0-9a-f]+&oauth_token_secret=[0-9a-f]+&oauth_callback_confirmed=true");
    }

    @Test
    void exchangeOnAGetWithTheVerifierInTheQuery() {
      RequestToken requestToken =
          flow(SignatureMethod.PLAINTEXT).requestToken(APP, OAuthCallback.outOfBand());
      String verifier = server.oauth().approve(requestToken.token());
      String header =
          plaintextNow(
              StubDiscogsServer.CONSUMER_KEY,
              StubDiscogsServer.CONSUMER_SECRET + "&" + requestToken.tokenSecret(),
              "get-exchange",
              ", oauth_token=\"" + requestToken.token() + "\"");

      HttpResponse<String> exchanged =
          client
              .get("/oauth/access_token?oauth_verifier=" + verifier)
              .header("Authorization", header)
              .send();

      assertThat(exchanged.statusCode()).isEqualTo(200);
      assertThat(exchanged.body()).matches("oauth_token=[0-9a-f]+&oauth_token_secret=[0-9a-f]+");
    }

    @Test
    void answerAMissingCallbackOrNonceWith400() {
      String noCallback =
          plaintextNow(
              StubDiscogsServer.CONSUMER_KEY, StubDiscogsServer.CONSUMER_SECRET + "&", "n1", "");
      String longNonce =
          plaintextNow(
              StubDiscogsServer.CONSUMER_KEY,
              StubDiscogsServer.CONSUMER_SECRET + "&",
              "n".repeat(65),
              ", oauth_callback=\"oob\"");
      String noNonce = noCallback.replace("oauth_nonce=\"n1\", ", "") + ", oauth_callback=\"oob\"";

      assertThat(client.get("/oauth/request_token").header("Authorization", noCallback).send())
          .satisfies(answer -> assertThat(answer.statusCode()).isEqualTo(400))
          .satisfies(answer -> assertThat(answer.body()).contains("oauth_callback is missing"));
      assertThat(client.get("/oauth/request_token").header("Authorization", longNonce).send())
          .satisfies(answer -> assertThat(answer.statusCode()).isEqualTo(400))
          .satisfies(answer -> assertThat(answer.body()).contains("64"));
      assertThat(client.get("/oauth/request_token").header("Authorization", noNonce).send())
          .satisfies(answer -> assertThat(answer.statusCode()).isEqualTo(400))
          .satisfies(answer -> assertThat(answer.body()).contains("oauth_nonce is missing"));
    }

    @Test
    void refuseAReplayedNonceWith400() {
      String header =
          plaintextNow(
              StubDiscogsServer.CONSUMER_KEY,
              StubDiscogsServer.CONSUMER_SECRET + "&",
              "once",
              ", oauth_callback=\"oob\"");

      assertThat(
              client
                  .get("/oauth/request_token")
                  .header("Authorization", header)
                  .send()
                  .statusCode())
          .isEqualTo(200);
      HttpResponse<String> replay =
          client.get("/oauth/request_token").header("Authorization", header).send();
      assertThat(replay.statusCode()).isEqualTo(400);
      assertThat(replay.body()).contains("used before");
    }

    @Test
    void refuseATimestampInMillisecondsOrFarOff() {
      long seconds = clock.instant().getEpochSecond();
      for (long stamp : new long[] {seconds * 1000, seconds - 301, seconds + 301}) {
        String header =
            plaintext(
                StubDiscogsServer.CONSUMER_KEY,
                StubDiscogsServer.CONSUMER_SECRET + "&",
                stamp,
                "t" + stamp,
                ", oauth_callback=\"oob\"");
        HttpResponse<String> refused =
            client.get("/oauth/request_token").header("Authorization", header).send();
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("oauth_timestamp");
      }
    }
  }

  @Nested
  class AuthorizePage {

    @Test
    void approvesAndRedirectsToTheCallbackKeepingItsQuery() {
      OAuthFlowClient flow = flow(SignatureMethod.PLAINTEXT);
      RequestToken requestToken = flow.requestToken(APP, OAuthCallback.to(CALLBACK));

      HttpResponse<String> page = visit(flow.authorizeUrl(requestToken));

      assertThat(page.statusCode()).isEqualTo(302);
      URI redirect = URI.create(page.headers().firstValue("Location").orElseThrow());
      assertThat(redirect.toString()).startsWith(CALLBACK + "&oauth_token=");
      OAuthVerifier verifier =
          AuthorizationCallback.fromRedirect(redirect).verifierFor(requestToken);
      assertThat(flow.identity(flow.accessToken(APP, requestToken, verifier)).username().value())
          .isEqualTo(StubDiscogsServer.DEFAULT_USERNAME);
    }

    @Test
    void approvesAsTheNamedUser() {
      OAuthFlowClient flow = flow(SignatureMethod.HMAC_SHA1);
      RequestToken requestToken = flow.requestToken(APP, OAuthCallback.to(CALLBACK));

      URI redirect =
          URI.create(
              visit(URI.create(flow.authorizeUrl(requestToken) + "&user=other_user"))
                  .headers()
                  .firstValue("Location")
                  .orElseThrow());
      OAuthVerifier verifier =
          AuthorizationCallback.fromRedirect(redirect).verifierFor(requestToken);

      assertThat(flow.identity(flow.accessToken(APP, requestToken, verifier)).username().value())
          .isEqualTo(StubDiscogsServer.OTHER_USERNAME);
    }

    @Test
    void showsTheVerifierOutOfBand() {
      OAuthFlowClient flow = flow(SignatureMethod.PLAINTEXT);
      RequestToken requestToken = flow.requestToken(APP, OAuthCallback.outOfBand());

      HttpResponse<String> page = visit(flow.authorizeUrl(requestToken));

      assertThat(page.statusCode()).isEqualTo(200);
      assertThat(page.body())
          .startsWith("oauth_token=" + requestToken.token() + "&oauth_verifier=");
    }

    @Test
    void redirectsWithDeniedWhenTheUserDeclines() {
      OAuthFlowClient flow = flow(SignatureMethod.PLAINTEXT);
      RequestToken requestToken = flow.requestToken(APP, OAuthCallback.to(CALLBACK));

      HttpResponse<String> page = visit(URI.create(flow.authorizeUrl(requestToken) + "&deny=1"));

      URI redirect = URI.create(page.headers().firstValue("Location").orElseThrow());
      assertThatThrownBy(() -> AuthorizationCallback.fromRedirect(redirect))
          .isInstanceOf(dev.needledrop.discogs.error.AuthorizationDeniedException.class);
      assertThat(server.oauth().pendingRequestTokens()).isEmpty();
    }

    @Test
    void answers400ForAnUnknownToken() {
      assertThat(
              visit(URI.create(server.baseUrl() + "/oauth/authorize?oauth_token=nope"))
                  .statusCode())
          .isEqualTo(400);
    }
  }

  @Nested
  class SignedCalls {

    @ParameterizedTest
    @EnumSource(SignatureMethod.class)
    void actAsTheUserOfTheAccessToken(SignatureMethod method) {
      String header = signed(stubUser(method), "GET", "/oauth/identity");

      HttpResponse<String> identity =
          client.get("/oauth/identity").header("Authorization", header).send();

      assertThat(identity.statusCode()).isEqualTo(200);
      assertThat(StubClient.json(identity).path("username").asText())
          .isEqualTo(StubDiscogsServer.DEFAULT_USERNAME);
    }

    @Test
    void coverTheQueryAsReceived() {
      String path = "/database/search?q=Pr%C3%A9ludes%20%26%20S%C3%B6hne&type=release";
      String header = signed(stubUser(SignatureMethod.HMAC_SHA1), "GET", path);

      assertThat(client.get(path).header("Authorization", header).send().statusCode())
          .isEqualTo(200);
      assertThat(
              client
                  .get(path.replace("release", "master"))
                  .header("Authorization", signed(stubUser(SignatureMethod.HMAC_SHA1), "GET", path))
                  .send()
                  .statusCode())
          .isEqualTo(401);
    }

    @Test
    void answerAWrongSecretWith401AndAChallenge() {
      OAuthCredentials wrong =
          OAuthCredentials.of(
              StubDiscogsServer.CONSUMER_KEY,
              StubDiscogsServer.CONSUMER_SECRET,
              StubDiscogsServer.OAUTH_TOKEN,
              "not-the-secret");

      HttpResponse<String> refused =
          client
              .get("/oauth/identity")
              .header("Authorization", signed(wrong, "GET", "/oauth/identity"))
              .send();

      assertThat(refused.statusCode()).isEqualTo(401);
      assertThat(refused.headers().firstValue("WWW-Authenticate"))
          .hasValue("OAuth realm=\"" + server.baseUrl() + "\"");
      assertThat(StubClient.json(refused).path("message").asText())
          .isEqualTo("You must authenticate to access this resource.");
    }

    @Test
    void answerAReplayWith401() {
      String header = signed(stubUser(SignatureMethod.PLAINTEXT), "GET", "/oauth/identity");

      assertThat(client.get("/oauth/identity").header("Authorization", header).send().statusCode())
          .isEqualTo(200);
      assertThat(client.get("/oauth/identity").header("Authorization", header).send().statusCode())
          .isEqualTo(401);
    }

    @Test
    void answerAStaleTimestampWith401() {
      String header = signed(stubUser(SignatureMethod.PLAINTEXT), "GET", "/oauth/identity");
      clock.advance(Duration.ofMinutes(6));

      assertThat(client.get("/oauth/identity").header("Authorization", header).send().statusCode())
          .isEqualTo(401);
    }

    @Test
    void acceptAnAccessTokenIssuedByTheHookForAnotherConsumer() {
      server.oauth().addConsumer("second-app", "second-secret");
      StubOAuth.AccessToken issued =
          server.oauth().issueAccessToken("second-app", StubDiscogsServer.OTHER_USERNAME);
      OAuthCredentials credentials =
          OAuthCredentials.of("second-app", "second-secret", issued.token(), issued.secret());

      HttpResponse<String> identity =
          client
              .get("/oauth/identity")
              .header("Authorization", signed(credentials, "GET", "/oauth/identity"))
              .send();

      assertThat(StubClient.json(identity).path("username").asText())
          .isEqualTo(StubDiscogsServer.OTHER_USERNAME);
      assertThat(issued.toString()).doesNotContain(issued.token(), issued.secret());
    }
  }
}
