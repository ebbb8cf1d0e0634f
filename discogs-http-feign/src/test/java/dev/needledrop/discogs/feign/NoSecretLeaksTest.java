package dev.needledrop.discogs.feign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.needledrop.discogs.Discogs;
import dev.needledrop.discogs.DiscogsConfig;
import dev.needledrop.discogs.api.SearchQuery;
import dev.needledrop.discogs.auth.AuthorizationCallback;
import dev.needledrop.discogs.auth.ConsumerCredentials;
import dev.needledrop.discogs.auth.CredentialPlacement;
import dev.needledrop.discogs.auth.Credentials;
import dev.needledrop.discogs.auth.OAuthCallback;
import dev.needledrop.discogs.auth.OAuthCredentials;
import dev.needledrop.discogs.auth.OAuthCredentials.SignatureMethod;
import dev.needledrop.discogs.auth.OAuthVerifier;
import dev.needledrop.discogs.auth.PersonalAccessToken;
import dev.needledrop.discogs.auth.RequestToken;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.oauth.OAuthFlowClient;
import dev.needledrop.discogs.oauth.OAuthSigner;
import dev.needledrop.discogs.paging.PageRequest;
import dev.needledrop.discogs.ratelimit.RateLimiter;
import dev.needledrop.discogs.retry.RetryPolicy;
import dev.needledrop.discogs.testkit.StubDiscogsServer;
import dev.needledrop.discogs.testkit.StubOAuth;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Every way of authenticating, end to end against the stub with every logger of the JVM at TRACE:
 * no token, secret, verifier or signature (canary values, in every encoding) may show up in a log
 * line, an exception message, a stack trace or the {@code toString} of a public type.
 */
class NoSecretLeaksTest {

  private static final String CONSUMER_KEY = "canary-consumer-key-7f3a";
  private static final String CONSUMER_SECRET = "canary-consumer-secret-91bd";
  private static final String USER_TOKEN = "canary-user-token-5e2c";
  private static final String USER = "canary_user";
  private static final String AGENT = "NeedledropLeakTest/1.0 +https://example.com";

  private static final Pattern SIGNATURE = Pattern.compile("oauth_signature=\"([^\"]+)\"");

  private final Set<String> canaries = new LinkedHashSet<>();
  private final List<String> texts = new ArrayList<>();

  @Test
  void noAuthModeLeaksAnyCredentialAnywhere() {
    try (LogCapture logs = LogCapture.everything();
        StubDiscogsServer stub = StubDiscogsServer.builder().user(USER, USER_TOKEN).start()) {
      stub.oauth().addConsumer(CONSUMER_KEY, CONSUMER_SECRET);
      canaries.addAll(List.of(CONSUMER_KEY, CONSUMER_SECRET, USER_TOKEN));

      anonymousCalls(stub);
      for (CredentialPlacement placement : CredentialPlacement.values()) {
        callsWith(stub, new ConsumerCredentials(CONSUMER_KEY, CONSUMER_SECRET), placement);
        callsWith(stub, PersonalAccessToken.of(USER_TOKEN), placement);
      }
      for (SignatureMethod method : SignatureMethod.values()) {
        StubOAuth.AccessToken issued = stub.oauth().issueAccessToken(CONSUMER_KEY, USER);
        canaries.addAll(List.of(issued.token(), issued.secret()));
        callsWith(stub, oauth(issued.token(), issued.secret(), method), CredentialPlacement.HEADER);
      }
      threeLeggedFlow(stub);
      failuresOverAClosedPort();
      stub.requests()
          .forEach(
              request ->
                  request
                      .headers()
                      .forEach((name, values) -> values.forEach(this::learnSignature)));

      List<String> lines = logs.linesWithThrowables();
      // The scan means something only if the exchanges were logged in full, headers included.
      assertThat(lines)
          .anyMatch(line -> line.startsWith("GET /database/search?q=Nirvana"))
          .anyMatch(line -> line.contains("key=****&secret=****"))
          .anyMatch(line -> line.contains("token=****"))
          .contains("> Authorization: ****");
      texts.addAll(lines);
      texts.add(stub.toString());
      texts.add(stub.oauth().toString());
    }

    Set<String> forms = forms(canaries);
    // Issued tokens, the verifier and every signature sent were learnt as canaries too.
    assertThat(canaries).hasSizeGreaterThan(20);
    assertThat(
            List.of(
                "planted: " + URLEncoder.encode(CONSUMER_SECRET + "&x", StandardCharsets.UTF_8)))
        .as("the scan catches a canary in any encoding")
        .anySatisfy(text -> assertThat(forms).anyMatch(text::contains));
    assertThat(texts)
        .allSatisfy(text -> assertThat(text).doesNotContain(forms.toArray(String[]::new)));
  }

  @Test
  void noCredentialAServerEchoesBackReachesAMessageATraceOrALog() {
    String tokenSecret = "canary-token-secret-62af";
    String oauthToken = "canary-oauth-token-d41e";
    canaries.addAll(List.of(CONSUMER_KEY, CONSUMER_SECRET, USER_TOKEN, oauthToken, tokenSecret));
    // The PLAINTEXT signature is the two secrets joined: it must not come back either.
    canaries.add(CONSUMER_SECRET + "&" + tokenSecret);
    List<Credentials> everyKind =
        List.of(
            PersonalAccessToken.of(USER_TOKEN),
            new ConsumerCredentials(CONSUMER_KEY, CONSUMER_SECRET),
            oauth(oauthToken, tokenSecret, SignatureMethod.PLAINTEXT),
            oauth(oauthToken, tokenSecret, SignatureMethod.HMAC_SHA1));
    List<String> messages = new ArrayList<>();
    try (LogCapture logs = LogCapture.everything();
        EchoingServer server = EchoingServer.start()) {
      for (Credentials credentials : everyKind) {
        for (CredentialPlacement placement : CredentialPlacement.values()) {
          messages.addAll(echoedFailures(server, credentials, placement));
        }
      }
      texts.addAll(logs.linesWithThrowables());
    }

    // The scan means something only if the bodies were quoted, with the secrets hidden.
    assertThat(messages)
        .anyMatch(message -> message.contains("answered 400 — body starts: you sent Discogs"))
        .anyMatch(message -> message.contains("answered 401: Invalid auth: Authorization"))
        .anyMatch(message -> message.contains("<html>"))
        .anyMatch(message -> message.contains("welcome back"));
    assertThat(texts).hasSizeGreaterThan(EchoingServer.ANSWERS.size() * 16);
    Set<String> forms = forms(canaries);
    assertThat(texts)
        .allSatisfy(text -> assertThat(text).doesNotContain(forms.toArray(String[]::new)));
    // Hidden where they stood, bare values and the PLAINTEXT signature included.
    assertThat(messages)
        .anyMatch(message -> message.contains("[****]"))
        .anyMatch(message -> message.contains("oauth_signature=\"****\""))
        .anyMatch(message -> message.contains("token=****"));
  }

  // Every kind of answer the echoing server gives, through the typed API and the raw client.
  private List<String> echoedFailures(
      EchoingServer server, Credentials credentials, CredentialPlacement placement) {
    DiscogsConfig config =
        DiscogsConfig.builder(AGENT)
            .baseUrl(server.baseUrl())
            .credentials(credentials)
            .credentialPlacement(placement)
            .retryPolicy(RetryPolicy.none())
            .rateLimiter(RateLimiter.unlimited())
            .build();
    List<String> messages = new ArrayList<>();
    try (Discogs discogs = FeignDiscogs.create(config);
        RawDiscogs raw = FeignDiscogs.raw(config)) {
      for (String answer : EchoingServer.ANSWERS.keySet()) {
        long id = Long.parseLong(answer);
        messages.add(failure(() -> discogs.database().release(ReleaseId.of(id))));
        // A raw call or an image takes any 2xx body as it is: only error answers fail there.
        if (!answer.startsWith("20")) {
          messages.add(failure(() -> raw.get("/releases/" + id)));
          messages.add(failure(() -> discogs.images().fetchImage(server.baseUrl() + "/i/" + id)));
        }
      }
    }
    return messages;
  }

  private void anonymousCalls(StubDiscogsServer stub) {
    try (Discogs discogs = FeignDiscogs.create(config(stub, Credentials.none()).build())) {
      discogs.database().release(ReleaseId.of(249504));
      failure(() -> discogs.database().search(SearchQuery.text("x"), PageRequest.first()));
      texts.add(discogs.toString());
    }
  }

  private void callsWith(
      StubDiscogsServer stub, Credentials credentials, CredentialPlacement placement) {
    DiscogsConfig config = config(stub, credentials).credentialPlacement(placement).build();
    texts.add(config.toString());
    texts.add(credentials.toString());
    try (Discogs discogs = FeignDiscogs.create(config);
        RawDiscogs raw = FeignDiscogs.raw(config)) {
      discogs.database().search(SearchQuery.text("Nirvana"), PageRequest.first());
      discogs.database().release(ReleaseId.of(249504));
      failure(() -> discogs.database().release(ReleaseId.of(987_654_321)));
      if (credentials.accessLevel().covers(dev.needledrop.discogs.auth.AccessLevel.USER)) {
        discogs.users().identity();
        failure(() -> discogs.wantlist().addWant(Username.of("someone_else"), ReleaseId.of(1)));
      } else {
        failure(() -> discogs.users().identity());
      }
      raw.get("/releases/249504");
      failure(() -> raw.get("/releases/987654321"));
      texts.add(discogs.toString());
      texts.add(raw.toString());
    }
    refusedWith(stub, wrongSecretOf(credentials), placement);
  }

  // The stub answers 401 to credentials it does not know: the failure must not quote them.
  private void refusedWith(
      StubDiscogsServer stub, Credentials wrong, CredentialPlacement placement) {
    try (Discogs discogs =
        FeignDiscogs.create(config(stub, wrong).credentialPlacement(placement).build())) {
      failure(() -> discogs.database().release(ReleaseId.of(249504)));
    }
  }

  private Credentials wrongSecretOf(Credentials credentials) {
    if (credentials instanceof ConsumerCredentials) {
      canaries.add("canary-wrong-secret-0c1d");
      return new ConsumerCredentials(CONSUMER_KEY, "canary-wrong-secret-0c1d");
    }
    if (credentials instanceof PersonalAccessToken) {
      canaries.add("canary-wrong-token-8d2e");
      return PersonalAccessToken.of("canary-wrong-token-8d2e");
    }
    OAuthCredentials oauth = (OAuthCredentials) credentials;
    canaries.add("canary-wrong-token-secret-4b7f");
    return new OAuthCredentials(
        oauth.consumerKey(),
        oauth.consumerSecret(),
        oauth.token(),
        "canary-wrong-token-secret-4b7f",
        oauth.signatureMethod());
  }

  private void threeLeggedFlow(StubDiscogsServer stub) {
    ConsumerCredentials app = new ConsumerCredentials(CONSUMER_KEY, CONSUMER_SECRET);
    DiscogsConfig config = config(stub, Credentials.none()).build();
    OAuthFlowClient flow =
        OAuthFlowClient.builder(config)
            .webUrl(stub.baseUrl())
            .signatureMethod(SignatureMethod.HMAC_SHA1)
            .build();
    URI callback = URI.create("http://127.0.0.1:9/callback");
    RequestToken requestToken = flow.requestToken(app, OAuthCallback.to(callback));
    canaries.addAll(List.of(requestToken.token(), requestToken.tokenSecret()));
    URI redirect = approveAtTheAuthorizePage(flow.authorizeUrl(requestToken), "&user=" + USER);
    AuthorizationCallback approved = AuthorizationCallback.fromRedirect(redirect);
    OAuthVerifier verifier = approved.verifierFor(requestToken);
    canaries.add(verifier.value());

    failure(
        () -> flow.accessToken(app, requestToken, OAuthVerifier.of("canary-bad-verifier-3a9c")));
    canaries.add("canary-bad-verifier-3a9c");
    OAuthCredentials granted = flow.accessToken(app, requestToken, verifier);
    canaries.addAll(List.of(granted.token(), granted.tokenSecret()));
    texts.addAll(
        List.of(
            flow.toString(),
            requestToken.toString(),
            approved.toString(),
            verifier.toString(),
            granted.toString(),
            OAuthSigner.create(granted).toString(),
            flow.identity(granted).toString()));
    failure(
        () ->
            flow.requestToken(
                new ConsumerCredentials(CONSUMER_KEY, "canary-wrong-secret-0c1d"),
                OAuthCallback.outOfBand()));
    callsWith(stub, granted, CredentialPlacement.HEADER);
  }

  // Credentials in the query must not come back in the failure of a connection that never opens.
  private void failuresOverAClosedPort() {
    int closed;
    try (ServerSocket socket = new ServerSocket(0)) {
      closed = socket.getLocalPort();
    } catch (IOException failed) {
      throw new IllegalStateException(failed);
    }
    DiscogsConfig config =
        DiscogsConfig.builder(AGENT)
            .baseUrl("http://127.0.0.1:" + closed)
            .credentials(PersonalAccessToken.of(USER_TOKEN))
            .credentialPlacement(CredentialPlacement.QUERY)
            .retryPolicy(RetryPolicy.none())
            .rateLimiter(RateLimiter.unlimited())
            .connectTimeout(Duration.ofSeconds(2))
            .build();
    try (Discogs discogs = FeignDiscogs.create(config)) {
      failure(() -> discogs.database().release(ReleaseId.of(1)));
    }
  }

  private static OAuthCredentials oauth(String token, String secret, SignatureMethod method) {
    return new OAuthCredentials(CONSUMER_KEY, CONSUMER_SECRET, token, secret, method);
  }

  private static DiscogsConfig.Builder config(StubDiscogsServer stub, Credentials credentials) {
    return DiscogsConfig.builder(AGENT)
        .baseUrl(stub.baseUrl())
        .credentials(credentials)
        .retryPolicy(RetryPolicy.none())
        .rateLimiter(RateLimiter.unlimited());
  }

  private static URI approveAtTheAuthorizePage(URI page, String extraQuery) {
    try {
      HttpResponse<Void> answer =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create(page + extraQuery))
                      .header("User-Agent", AGENT)
                      .build(),
                  HttpResponse.BodyHandlers.discarding());
      return URI.create(answer.headers().firstValue("Location").orElseThrow());
    } catch (IOException failed) {
      throw new IllegalStateException(failed);
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(interrupted);
    }
  }

  /**
   * Runs a call that must fail, keeps its message, stack trace and toString for the scan, and
   * returns the message.
   */
  private String failure(Runnable call) {
    Throwable thrown = catchThrowable(call::run);
    assertThat(thrown).isNotNull();
    StringWriter trace = new StringWriter();
    thrown.printStackTrace(new PrintWriter(trace));
    texts.add(trace.toString());
    texts.add(String.valueOf(thrown.getMessage()));
    texts.add(thrown.toString());
    return String.valueOf(thrown.getMessage());
  }

  private void learnSignature(String header) {
    Matcher signature = SIGNATURE.matcher(header);
    if (signature.find()) {
      canaries.add(URLDecoder.decode(signature.group(1), StandardCharsets.UTF_8));
    }
  }

  private static Set<String> forms(Set<String> values) {
    Set<String> forms = new LinkedHashSet<>();
    for (String value : values) {
      String formEncoded = URLEncoder.encode(value, StandardCharsets.UTF_8);
      forms.add(value);
      forms.add(formEncoded);
      forms.add(formEncoded.replace("+", "%20"));
    }
    return forms;
  }
}
