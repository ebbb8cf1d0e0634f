package dev.needledrop.discogs.oauth;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.needledrop.discogs.DiscogsConfig;
import dev.needledrop.discogs.auth.AuthorizationCallback;
import dev.needledrop.discogs.auth.ConsumerCredentials;
import dev.needledrop.discogs.auth.OAuthCallback;
import dev.needledrop.discogs.auth.OAuthCredentials;
import dev.needledrop.discogs.auth.OAuthCredentials.SignatureMethod;
import dev.needledrop.discogs.auth.OAuthVerifier;
import dev.needledrop.discogs.auth.RequestToken;
import dev.needledrop.discogs.error.AuthorizationDeniedException;
import dev.needledrop.discogs.error.AuthorizationExpiredException;
import dev.needledrop.discogs.error.BadRequestException;
import dev.needledrop.discogs.error.DiscogsException;
import dev.needledrop.discogs.error.DiscogsServiceException;
import dev.needledrop.discogs.error.ForbiddenException;
import dev.needledrop.discogs.error.InvalidVerifierException;
import dev.needledrop.discogs.error.ServerErrorException;
import dev.needledrop.discogs.error.SignatureRejectedException;
import dev.needledrop.discogs.error.TransportException;
import dev.needledrop.discogs.error.UnauthorizedException;
import dev.needledrop.discogs.error.UnreadableResponseException;
import dev.needledrop.discogs.model.Identity;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.observability.AttemptFinished;
import dev.needledrop.discogs.observability.AttemptStarted;
import dev.needledrop.discogs.observability.CallFinished;
import dev.needledrop.discogs.observability.CallListener;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OAuthFlowClientTest {

  // Canary values: if any of them shows up in a message or toString, a secret leaked.
  private static final String CONSUMER_KEY = "canary-consumer-key-1f7d";
  private static final String CONSUMER_SECRET = "canary-consumer-secret-9b2e";
  private static final ConsumerCredentials CONSUMER =
      new ConsumerCredentials(CONSUMER_KEY, CONSUMER_SECRET);
  private static final URI CALLBACK = URI.create("https://app.example/discogs/callback");
  private static final String USER_AGENT = "NeedledropOAuthTests/1.0 +https://needledrop.dev";

  private final MutableClock clock = new MutableClock(Instant.parse("2024-04-05T10:15:30Z"));
  private FakeDiscogsOAuthServer server;
  private OAuthFlowClient client;

  @BeforeEach
  void startServer() {
    server = FakeDiscogsOAuthServer.start(clock);
    server.registerConsumer(CONSUMER_KEY, CONSUMER_SECRET);
    client = clientFor(SignatureMethod.PLAINTEXT);
  }

  @AfterEach
  void stopServer() {
    server.close();
  }

  private OAuthFlowClient clientFor(SignatureMethod method) {
    DiscogsConfig config = DiscogsConfig.builder(USER_AGENT).baseUrl(server.baseUrl()).build();
    return OAuthFlowClient.builder(config).signatureMethod(method).clock(clock).build();
  }

  private RequestToken approvedToken() {
    return client.requestToken(CONSUMER, OAuthCallback.to(CALLBACK));
  }

  private OAuthCredentials completeFlow(OAuthFlowClient flow) {
    RequestToken requestToken = flow.requestToken(CONSUMER, OAuthCallback.to(CALLBACK));
    URI redirect = server.approvalRedirect(requestToken.token(), "example_user");
    OAuthVerifier verifier = AuthorizationCallback.fromRedirect(redirect).verifierFor(requestToken);
    return flow.accessToken(CONSUMER, requestToken, verifier);
  }

  @Nested
  class RequestTokenStep {

    @Test
    void getsATokenForACallbackUrlFromTheFormBody() {
      RequestToken token = client.requestToken(CONSUMER, OAuthCallback.to(CALLBACK));

      assertThat(token.token()).startsWith("rt-").isNotEqualTo("decoy-header-token");
      assertThat(token.tokenSecret()).startsWith("rts-");
      assertThat(token.callbackConfirmed()).isTrue();
      assertThat(token.issuedAt()).isEqualTo(clock.instant());
      assertThat(server.requests().get(0).oauth())
          .containsEntry("oauth_callback", CALLBACK.toString())
          .containsEntry("oauth_signature", CONSUMER_SECRET + "&")
          .containsEntry("oauth_signature_method", "PLAINTEXT")
          .doesNotContainKey("oauth_token");
    }

    @Test
    void getsATokenForAnOutOfBandCallback() {
      RequestToken token = client.requestToken(CONSUMER, OAuthCallback.outOfBand());

      assertThat(token.token()).startsWith("rt-");
      assertThat(server.requests().get(0).oauth()).containsEntry("oauth_callback", "oob");
    }

    @Test
    void sendsAGetWithTheFormContentTypeAndTheUserAgent() {
      client.requestToken(CONSUMER, OAuthCallback.to(CALLBACK));

      FakeDiscogsOAuthServer.Recorded request = server.requests().get(0);
      assertThat(request.method()).isEqualTo("GET");
      assertThat(request.path()).isEqualTo("/oauth/request_token");
      assertThat(request.headers().getFirst("Content-Type"))
          .isEqualTo("application/x-www-form-urlencoded");
      assertThat(request.headers().getFirst("User-Agent")).isEqualTo(USER_AGENT);
    }

    @Test
    void readsAPlusAsASpaceInTheFormBody() {
      server.answerNextCallWith(
          200, "application/x-www-form-urlencoded", "oauth_token=a+b&oauth_token_secret=c%2Bd");

      RequestToken token = client.requestToken(CONSUMER, OAuthCallback.outOfBand());

      assertThat(token.token()).isEqualTo("a b");
      assertThat(token.tokenSecret()).isEqualTo("c+d");
      assertThat(token.callbackConfirmed()).isFalse();
    }

    @Test
    void reportsABodyWithoutTheTokenAsUnreadableNamingOnlyTheParameters() {
      server.answerNextCallWith(200, "text/plain", "oauth_token_secret=canary-lonely-secret");

      assertThatThrownBy(() -> client.requestToken(CONSUMER, OAuthCallback.outOfBand()))
          .isInstanceOf(UnreadableResponseException.class)
          .hasMessageContaining("oauth_token or oauth_token_secret is missing")
          .hasMessageContaining("[oauth_token_secret]")
          .hasMessageNotContaining("canary-lonely-secret");
    }

    @Test
    void reportsOtherStatusesByTheirUsualType() {
      server.answerNextCallWith(500, "text/html", "<html>upstream broke</html>");

      assertThatThrownBy(() -> client.requestToken(CONSUMER, OAuthCallback.outOfBand()))
          .isInstanceOf(ServerErrorException.class)
          .hasMessageContaining("<html>upstream broke</html>");
    }

    @Test
    void rejectsAWrongConsumerSecretAsABadSignature() {
      ConsumerCredentials wrong = new ConsumerCredentials(CONSUMER_KEY, "canary-wrong-secret-3c4d");

      assertThatThrownBy(() -> client.requestToken(wrong, OAuthCallback.to(CALLBACK)))
          .isInstanceOf(SignatureRejectedException.class)
          .isInstanceOf(UnauthorizedException.class)
          .hasMessageContaining("rejected the OAuth signature")
          .hasMessageContaining("GET /oauth/request_token answered 401");
    }
  }

  @Nested
  class AuthorizeUrl {

    @Test
    void pointsAtTheDiscogsWebHostByDefault() {
      RequestToken token = approvedToken();

      assertThat(client.authorizeUrl(token))
          .isEqualTo(
              URI.create("https://www.discogs.com/oauth/authorize?oauth_token=" + token.token()));
    }

    @Test
    void pointsAtAConfiguredWebHostForTests() {
      DiscogsConfig config = DiscogsConfig.builder(USER_AGENT).baseUrl(server.baseUrl()).build();
      OAuthFlowClient local =
          OAuthFlowClient.builder(config).webUrl(URI.create("http://127.0.0.1:9/")).build();
      RequestToken token = new RequestToken("a b/ü", "secret", true, Instant.EPOCH);

      assertThat(local.authorizeUrl(token).toString())
          .isEqualTo("http://127.0.0.1:9/oauth/authorize?oauth_token=a%20b%2F%C3%BC");
    }
  }

  @Nested
  class AccessTokenStep {

    @Test
    void exchangesTheApprovedTokenAndVerifierForCredentials() {
      OAuthCredentials credentials = completeFlow(client);

      assertThat(credentials.consumerKey()).isEqualTo(CONSUMER_KEY);
      assertThat(credentials.consumerSecret()).isEqualTo(CONSUMER_SECRET);
      assertThat(credentials.token()).startsWith("at-");
      assertThat(credentials.tokenSecret()).startsWith("ats-");
      assertThat(credentials.signatureMethod()).isEqualTo(SignatureMethod.PLAINTEXT);
    }

    @Test
    void postsSignedWithTheRequestTokenSecretAndTheVerifier() {
      RequestToken requestToken = approvedToken();
      String verifier = server.approve(requestToken.token(), "example_user");

      client.accessToken(CONSUMER, requestToken, OAuthVerifier.of(verifier));

      FakeDiscogsOAuthServer.Recorded exchange = server.requests().get(1);
      assertThat(exchange.method()).isEqualTo("POST");
      assertThat(exchange.path()).isEqualTo("/oauth/access_token");
      assertThat(exchange.headers().getFirst("Content-Type"))
          .isEqualTo("application/x-www-form-urlencoded");
      assertThat(exchange.oauth())
          .containsEntry("oauth_token", requestToken.token())
          .containsEntry("oauth_verifier", verifier)
          .containsEntry("oauth_signature", CONSUMER_SECRET + "&" + requestToken.tokenSecret());
    }

    @Test
    void runsTheWholeFlowWithHmacSha1Too() {
      OAuthFlowClient hmac = clientFor(SignatureMethod.HMAC_SHA1);

      OAuthCredentials credentials = completeFlow(hmac);

      assertThat(credentials.signatureMethod()).isEqualTo(SignatureMethod.HMAC_SHA1);
      assertThat(hmac.identity(credentials).username()).isEqualTo(Username.of("example_user"));
      assertThat(server.requests())
          .allSatisfy(
              r -> assertThat(r.oauth()).containsEntry("oauth_signature_method", "HMAC-SHA1"));
    }

    @Test
    void refusesAWrongVerifier() {
      RequestToken requestToken = approvedToken();
      server.approve(requestToken.token(), "example_user");
      OAuthVerifier wrong = OAuthVerifier.of("canary-wrong-verifier-77aa");

      InvalidVerifierException refused =
          catchThrowableOfType(
              InvalidVerifierException.class,
              () -> client.accessToken(CONSUMER, requestToken, wrong));

      assertThat(refused).isInstanceOf(BadRequestException.class);
      assertThat(refused.status()).isEqualTo(400);
      assertThat(refused).hasMessageContaining("did not accept the OAuth verifier");
    }

    @Test
    void refusesAVerifierForATokenNobodyApproved() {
      RequestToken requestToken = approvedToken();

      assertThatThrownBy(
              () -> client.accessToken(CONSUMER, requestToken, OAuthVerifier.of("guess")))
          .isInstanceOf(InvalidVerifierException.class);
    }

    @Test
    void reportsAnApprovalOlderThanFifteenMinutesAsExpired() {
      RequestToken requestToken = approvedToken();
      OAuthVerifier verifier = OAuthVerifier.of(server.approve(requestToken.token(), "u"));
      clock.advance(Duration.ofMinutes(16));

      assertThatThrownBy(() -> client.accessToken(CONSUMER, requestToken, verifier))
          .isInstanceOf(AuthorizationExpiredException.class)
          .isNotInstanceOf(InvalidVerifierException.class)
          .hasMessageContaining("expired")
          .hasMessageContaining("POST /oauth/access_token answered 400");
    }

    @Test
    void reportsABadSignatureApartFromABadVerifier() {
      RequestToken requestToken = approvedToken();
      OAuthVerifier verifier = OAuthVerifier.of(server.approve(requestToken.token(), "u"));
      RequestToken forgedSecret =
          new RequestToken(
              requestToken.token(), "canary-forged-secret-5e6f", true, clock.instant());

      assertThatThrownBy(() -> client.accessToken(CONSUMER, forgedSecret, verifier))
          .isInstanceOf(SignatureRejectedException.class);
    }
  }

  @Nested
  class IdentityStep {

    @Test
    void tellsWhomTheCredentialsActFor() {
      OAuthCredentials credentials = completeFlow(client);

      Identity identity = client.identity(credentials);

      assertThat(identity)
          .isEqualTo(new Identity(4242, Username.of("example_user"), "Needledrop Tests"));
      assertThat(server.requests().get(2).oauth())
          .containsEntry("oauth_token", credentials.token())
          .containsEntry("oauth_signature", CONSUMER_SECRET + "&" + credentials.tokenSecret());
    }

    @Test
    void reportsABodyThatIsNotAnIdentityAsUnreadable() {
      OAuthCredentials credentials = completeFlow(client);
      server.answerNextCallWith(200, "application/json", "{\"id\": \"not a number\"}");

      assertThatThrownBy(() -> client.identity(credentials))
          .isInstanceOf(UnreadableResponseException.class)
          .hasMessageContaining("no numeric id");
    }

    @Test
    void reportsForbiddenAsForbiddenWithoutRetrying() {
      OAuthCredentials credentials = completeFlow(client);
      server.answerNextCallWith(403, "application/json", "{\"message\": \"Not yours.\"}");

      assertThatThrownBy(() -> client.identity(credentials))
          .isInstanceOf(ForbiddenException.class)
          .hasMessageContaining("GET /oauth/identity answered 403: Not yours.");
      assertThat(server.requests()).hasSize(3);
    }

    @Test
    void reportsRevokedOrWrongCredentialsAsARejectedSignature() {
      OAuthCredentials revoked =
          OAuthCredentials.of(CONSUMER_KEY, CONSUMER_SECRET, "canary-token-2b", "canary-ts-8d");

      SignatureRejectedException refused =
          catchThrowableOfType(SignatureRejectedException.class, () -> client.identity(revoked));

      assertThat(refused.status()).isEqualTo(401);
      assertThat(refused.serverMessage()).isEqualTo(FakeDiscogsOAuthServer.UNAUTHENTICATED);
      assertThat(refused.rateLimit()).isPresent();
    }
  }

  @Nested
  class CallbackHelper {

    @Test
    void readsTheTokenAndVerifierOfAnApproval() {
      RequestToken requestToken = approvedToken();
      URI redirect = server.approvalRedirect(requestToken.token(), "example_user");

      AuthorizationCallback callback = AuthorizationCallback.fromRedirect(redirect);

      assertThat(callback.token()).isEqualTo(requestToken.token());
      assertThat(callback.verifierFor(requestToken).value()).startsWith("verifier-");
    }

    @Test
    void reportsARefusalAsDenied() {
      RequestToken requestToken = approvedToken();
      URI redirect = server.denialRedirect(requestToken.token());

      assertThatThrownBy(() -> AuthorizationCallback.fromRedirect(redirect))
          .isInstanceOf(AuthorizationDeniedException.class)
          .hasMessageContaining("declined");
    }

    @Test
    void refusesACallbackForAnotherRequestToken() {
      RequestToken mine = approvedToken();
      AuthorizationCallback other =
          AuthorizationCallback.fromRedirect(
              URI.create("https://app.example/cb?oauth_token=someone-else&oauth_verifier=v"));

      assertThatThrownBy(() -> other.verifierFor(mine))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageNotContaining("someone-else");
    }

    @Test
    void refusesAQueryWithNeitherApprovalNorRefusalWithoutQuotingIt() {
      URI half = URI.create("https://app.example/cb?oauth_verifier=canary-half-verifier");

      assertThatThrownBy(() -> AuthorizationCallback.fromRedirect(half))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessageNotContaining("canary");
    }
  }

  @Nested
  class Transport {

    @Test
    void refusesPlainHttpToAnotherMachine() {
      DiscogsConfig config =
          DiscogsConfig.builder(USER_AGENT).baseUrl("http://api.discogs.example").build();

      assertThatThrownBy(() -> OAuthFlowClient.create(config))
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("https");
    }

    @Test
    void reportsAnUnreachableServerAsATransportFailure() {
      URI gone = server.baseUrl();
      server.close();
      DiscogsConfig config = DiscogsConfig.builder(USER_AGENT).baseUrl(gone).build();
      OAuthFlowClient flow = OAuthFlowClient.create(config);

      assertThatThrownBy(() -> flow.requestToken(CONSUMER, OAuthCallback.outOfBand()))
          .isInstanceOf(TransportException.class)
          .hasMessageContaining("GET /oauth/request_token failed");
    }
  }

  @Nested
  class Listener {

    private final List<String> heard = new CopyOnWriteArrayList<>();

    private final CallListener recording =
        new CallListener() {
          @Override
          public void attemptStarted(AttemptStarted event) {
            heard.add("start " + event.method() + " " + event.path() + " #" + event.attempt());
          }

          @Override
          public void attemptFinished(AttemptFinished event) {
            String outcome =
                event.status().isPresent()
                    ? "-> " + event.status().getAsInt()
                    : "failed: " + event.failure().orElse("");
            heard.add("attempt " + event.method() + " " + event.path() + " " + outcome);
          }

          @Override
          public void callFinished(CallFinished event) {
            heard.add(
                "call " + event.method() + " " + event.path() + " " + event.failure().orElse("ok"));
          }
        };

    private OAuthFlowClient listenedTo(URI baseUrl) {
      DiscogsConfig config =
          DiscogsConfig.builder(USER_AGENT).baseUrl(baseUrl).callListener(recording).build();
      return OAuthFlowClient.builder(config).clock(clock).build();
    }

    @Test
    void hearsEachCallOfTheFlowAsOneAttemptWithoutItsQuery() {
      OAuthFlowClient flow = listenedTo(server.baseUrl());

      flow.identity(completeFlow(flow));

      assertThat(heard)
          .containsExactly(
              "start GET /oauth/request_token #1",
              "attempt GET /oauth/request_token -> 200",
              "call GET /oauth/request_token ok",
              "start POST /oauth/access_token #1",
              "attempt POST /oauth/access_token -> 200",
              "call POST /oauth/access_token ok",
              "start GET /oauth/identity #1",
              "attempt GET /oauth/identity -> 200",
              "call GET /oauth/identity ok");
      assertThat(String.join("\n", heard)).doesNotContain(CONSUMER_KEY, CONSUMER_SECRET);
    }

    @Test
    void hearsACallThatGotNoAnswerAndWhy() {
      URI gone = server.baseUrl();
      server.close();
      OAuthFlowClient flow = listenedTo(gone);

      assertThatThrownBy(() -> flow.requestToken(CONSUMER, OAuthCallback.outOfBand()))
          .isInstanceOf(TransportException.class);

      assertThat(heard).hasSize(3);
      assertThat(heard.get(1)).startsWith("attempt GET /oauth/request_token failed: ");
      assertThat(heard.get(2)).isEqualTo("call GET /oauth/request_token TransportException");
    }

    @Test
    void goesOnWhenTheListenerFails() {
      DiscogsConfig config =
          DiscogsConfig.builder(USER_AGENT)
              .baseUrl(server.baseUrl())
              .callListener(
                  new CallListener() {
                    @Override
                    public void attemptStarted(AttemptStarted event) {
                      throw new IllegalStateException("a broken listener");
                    }
                  })
              .build();
      OAuthFlowClient flow = OAuthFlowClient.builder(config).clock(clock).build();

      assertThat(flow.requestToken(CONSUMER, OAuthCallback.outOfBand()).token()).startsWith("rt-");
    }
  }

  @Nested
  class Secrecy {

    @ParameterizedTest
    @EnumSource(SignatureMethod.class)
    void noExceptionMessageOrToStringCarriesASecretVerifierOrSignature(SignatureMethod method) {
      OAuthFlowClient flow = clientFor(method);
      List<DiscogsException> failures = new ArrayList<>();
      List<String> canaries = new ArrayList<>(List.of(CONSUMER_SECRET, "canary-wrong-secret-3c4d"));

      RequestToken requestToken = flow.requestToken(CONSUMER, OAuthCallback.to(CALLBACK));
      OAuthVerifier verifier = OAuthVerifier.of(server.approve(requestToken.token(), "u"));
      canaries.addAll(List.of(requestToken.token(), requestToken.tokenSecret(), verifier.value()));
      failures.add(
          failure(
              () ->
                  flow.requestToken(
                      new ConsumerCredentials(CONSUMER_KEY, "canary-wrong-secret-3c4d"),
                      OAuthCallback.to(CALLBACK))));
      failures.add(
          failure(
              () ->
                  flow.accessToken(
                      CONSUMER, requestToken, OAuthVerifier.of("canary-wrong-verifier-77aa"))));
      canaries.add("canary-wrong-verifier-77aa");
      failures.add(
          failure(
              () ->
                  flow.accessToken(
                      CONSUMER,
                      new RequestToken(
                          requestToken.token(), "canary-forged", true, clock.instant()),
                      verifier)));
      canaries.add("canary-forged");
      OAuthCredentials credentials = flow.accessToken(CONSUMER, requestToken, verifier);
      canaries.addAll(List.of(credentials.token(), credentials.tokenSecret()));
      failures.add(
          failure(
              () ->
                  flow.identity(
                      new OAuthCredentials(
                          CONSUMER_KEY,
                          CONSUMER_SECRET,
                          credentials.token(),
                          "canary-ts",
                          method))));
      canaries.add("canary-ts");
      RequestToken late = flow.requestToken(CONSUMER, OAuthCallback.outOfBand());
      OAuthVerifier lateVerifier = OAuthVerifier.of(server.approve(late.token(), "u"));
      canaries.addAll(List.of(late.token(), late.tokenSecret(), lateVerifier.value()));
      clock.advance(Duration.ofMinutes(20));
      failures.add(failure(() -> flow.accessToken(CONSUMER, late, lateVerifier)));
      failures.add(
          failure(
              () ->
                  AuthorizationCallback.fromRedirect(
                      URI.create(CALLBACK + "?denied=" + late.token()))));
      canaries.addAll(server.signaturesSeen());

      assertThat(failures)
          .hasExactlyElementsOfTypes(
              SignatureRejectedException.class,
              InvalidVerifierException.class,
              SignatureRejectedException.class,
              SignatureRejectedException.class,
              AuthorizationExpiredException.class,
              AuthorizationDeniedException.class);
      List<String> texts = new ArrayList<>();
      for (DiscogsException failure : failures) {
        texts.add(failure.getMessage());
        texts.add(failure.toString());
        if (failure instanceof DiscogsServiceException service) {
          texts.add(service.serverMessage());
          texts.add(service.bodyPreview());
        }
      }
      texts.addAll(
          List.of(
              CONSUMER.toString(),
              requestToken.toString(),
              verifier.toString(),
              credentials.toString(),
              AuthorizationCallback.fromRedirect(
                      URI.create(
                          CALLBACK
                              + "?oauth_token="
                              + late.token()
                              + "&oauth_verifier="
                              + lateVerifier.value()))
                  .toString(),
              flow.toString(),
              OAuthSigner.create(credentials).toString()));
      assertThat(texts).allSatisfy(text -> assertThat(text).doesNotContain(canaries));
    }

    @Test
    void echoedHeadersInErrorBodiesAreScrubbedButTheRestIsKept() {
      ConsumerCredentials wrong = new ConsumerCredentials(CONSUMER_KEY, "canary-wrong-secret-3c4d");

      SignatureRejectedException refused =
          catchThrowableOfType(
              SignatureRejectedException.class,
              () -> client.requestToken(wrong, OAuthCallback.to(CALLBACK)));

      assertThat(refused.bodyPreview())
          .startsWith("Invalid signature; received OAuth ")
          .contains("oauth_consumer_key=\"****\"")
          .doesNotContain("canary-wrong-secret-3c4d", CONSUMER_KEY);
    }

    private DiscogsException failure(Supplier<?> call) {
      return catchThrowableOfType(DiscogsException.class, call::get);
    }
  }
}
