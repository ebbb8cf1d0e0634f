package dev.needledrop.discogs.oauth;

import dev.needledrop.discogs.DiscogsConfig;
import dev.needledrop.discogs.api.OAuthApi;
import dev.needledrop.discogs.auth.ConsumerCredentials;
import dev.needledrop.discogs.auth.OAuthCallback;
import dev.needledrop.discogs.auth.OAuthCredentials;
import dev.needledrop.discogs.auth.OAuthCredentials.SignatureMethod;
import dev.needledrop.discogs.auth.OAuthVerifier;
import dev.needledrop.discogs.auth.RequestToken;
import dev.needledrop.discogs.auth.SignableRequest;
import dev.needledrop.discogs.model.Identity;
import dev.needledrop.discogs.oauth.internal.FlowFailures;
import dev.needledrop.discogs.oauth.internal.FlowReply;
import dev.needledrop.discogs.oauth.internal.FlowTransport;
import dev.needledrop.discogs.oauth.internal.HeaderSigner;
import dev.needledrop.discogs.oauth.internal.IdentityReply;
import dev.needledrop.discogs.oauth.internal.Parameter;
import dev.needledrop.discogs.oauth.internal.PercentEncoding;
import dev.needledrop.discogs.oauth.internal.Scrubber;
import dev.needledrop.discogs.oauth.internal.SignedHeader;
import dev.needledrop.discogs.oauth.internal.SigningKey;
import dev.needledrop.discogs.oauth.internal.TokenReply;
import dev.needledrop.discogs.oauth.internal.TransportSecurity;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The OAuth 1.0a flow against Discogs over the JDK's HTTP client: request token, authorize URL,
 * access token and identity, all under the configuration's base URL so that the flow can run
 * against a local stub.
 *
 * <p>Thread-safe. Token calls carry {@code Content-Type: application/x-www-form-urlencoded} and the
 * configured User-Agent; responses are read from their form-encoded bodies. Signs with PLAINTEXT
 * unless told otherwise, and the credentials it returns keep the chosen method. Of the
 * configuration it uses the User-Agent, base URL and timeouts; its credentials play no part, since
 * each step is given the ones it signs with.
 */
public final class OAuthFlowClient implements OAuthApi {

  /** The Discogs web host, where the authorize page lives. */
  public static final URI DEFAULT_WEB_URL = URI.create("https://www.discogs.com");

  private static final String REQUEST_TOKEN_PATH = "/oauth/request_token";
  private static final String AUTHORIZE_PATH = "/oauth/authorize";
  private static final String ACCESS_TOKEN_PATH = "/oauth/access_token";
  private static final String IDENTITY_PATH = "/oauth/identity";
  private static final Map<String, String> TOKEN_HEADERS =
      Map.of("Content-Type", "application/x-www-form-urlencoded");
  private static final Map<String, String> JSON_HEADERS =
      Map.of("Accept", "application/vnd.discogs.v2.discogs+json");

  private final URI baseUrl;
  private final URI webUrl;
  private final SignatureMethod signatureMethod;
  private final Clock clock;
  private final NonceSource nonces;
  private final HeaderSigner signer;
  private final FlowTransport transport;

  private OAuthFlowClient(Builder builder) {
    this.baseUrl = TransportSecurity.requireSafe(builder.config.baseUrl(), "baseUrl");
    this.webUrl = withoutTrailingSlash(TransportSecurity.requireSafe(builder.webUrl, "webUrl"));
    this.signatureMethod = builder.signatureMethod;
    this.clock = builder.clock;
    this.nonces = builder.nonces;
    this.signer =
        new HeaderSigner(builder.signatureMethod, builder.clock, builder.nonces::nextNonce);
    this.transport =
        new FlowTransport(
            httpClient(builder.config),
            builder.config.userAgent(),
            builder.config.readTimeout(),
            builder.clock,
            builder.config.callListener());
  }

  /** Returns a flow client for the configuration's User-Agent, base URL and timeouts. */
  public static OAuthFlowClient create(DiscogsConfig config) {
    return builder(config).build();
  }

  /** Starts a flow client for the configuration's User-Agent, base URL and timeouts. */
  public static Builder builder(DiscogsConfig config) {
    return new Builder(config);
  }

  @Override
  public RequestToken requestToken(ConsumerCredentials consumer, OAuthCallback callback) {
    Objects.requireNonNull(callback, "callback");
    SigningKey key = SigningKey.consumerOnly(Objects.requireNonNull(consumer, "consumer"));
    URI url = endpoint(REQUEST_TOKEN_PATH);
    SignedHeader header =
        signer.sign(
            SignableRequest.of("GET", url),
            key,
            List.of(new Parameter("oauth_callback", callback.value())));

    FlowReply reply = transport.send("GET", url, header.value(), TOKEN_HEADERS);
    if (!reply.isSuccess()) {
      throw FlowFailures.requestToken(reply.failedCall(scrubber(key, header)));
    }
    TokenReply token = TokenReply.parse(reply);
    return new RequestToken(
        token.token(), token.tokenSecret(), token.callbackConfirmed(), reply.receivedAt());
  }

  @Override
  public URI authorizeUrl(RequestToken requestToken) {
    String token = PercentEncoding.encode(requestToken.token());
    return URI.create(webUrl + AUTHORIZE_PATH + "?oauth_token=" + token);
  }

  @Override
  public OAuthCredentials accessToken(
      ConsumerCredentials consumer, RequestToken requestToken, OAuthVerifier verifier) {
    Objects.requireNonNull(consumer, "consumer");
    Objects.requireNonNull(requestToken, "requestToken");
    Objects.requireNonNull(verifier, "verifier");
    SigningKey key = SigningKey.forExchange(consumer, requestToken);
    URI url = endpoint(ACCESS_TOKEN_PATH);
    SignedHeader header =
        signer.sign(
            SignableRequest.of("POST", url),
            key,
            List.of(new Parameter("oauth_verifier", verifier.value())));

    FlowReply reply = transport.send("POST", url, header.value(), TOKEN_HEADERS);
    if (!reply.isSuccess()) {
      boolean expired = requestToken.isExpiredAt(reply.receivedAt());
      throw FlowFailures.accessToken(
          reply.failedCall(scrubber(key, header, verifier.value())), expired);
    }
    TokenReply token = TokenReply.parse(reply);
    return new OAuthCredentials(
        consumer.key(), consumer.secret(), token.token(), token.tokenSecret(), signatureMethod);
  }

  @Override
  public Identity identity(OAuthCredentials credentials) {
    Objects.requireNonNull(credentials, "credentials");
    SigningKey key = SigningKey.of(credentials);
    URI url = endpoint(IDENTITY_PATH);
    SignedHeader header =
        new HeaderSigner(credentials.signatureMethod(), clock, nonces::nextNonce)
            .sign(SignableRequest.of("GET", url), key, List.of());

    FlowReply reply = transport.send("GET", url, header.value(), JSON_HEADERS);
    Scrubber scrubber = scrubber(key, header);
    if (!reply.isSuccess()) {
      throw FlowFailures.identity(reply.failedCall(scrubber));
    }
    return IdentityReply.parse(reply, scrubber);
  }

  @Override
  public String toString() {
    return "OAuthFlowClient[baseUrl=" + baseUrl + ", webUrl=" + webUrl + "]";
  }

  private URI endpoint(String path) {
    return URI.create(baseUrl + path);
  }

  private static Scrubber scrubber(SigningKey key, SignedHeader header, String... more) {
    List<String> values = new ArrayList<>(List.of(more));
    values.add(key.consumerKey());
    values.add(key.consumerSecret());
    values.add(key.token().orElse(""));
    values.add(key.tokenSecret());
    values.add(header.signature());
    return Scrubber.hiding(values);
  }

  private static HttpClient httpClient(DiscogsConfig config) {
    // HTTP/1.1 as the adapter speaks it: Discogs needs no upgrade, and no h2c headers are sent.
    return HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .connectTimeout(config.connectTimeout())
        .followRedirects(HttpClient.Redirect.NEVER)
        .build();
  }

  private static URI withoutTrailingSlash(URI url) {
    String text = url.toString();
    return text.endsWith("/") ? URI.create(text.substring(0, text.length() - 1)) : url;
  }

  /** Builds an {@link OAuthFlowClient}. */
  public static final class Builder {

    private final DiscogsConfig config;
    private URI webUrl = DEFAULT_WEB_URL;
    private SignatureMethod signatureMethod = SignatureMethod.PLAINTEXT;
    private Clock clock = Clock.systemUTC();
    private NonceSource nonces = NonceSource.secureRandom();

    private Builder(DiscogsConfig config) {
      this.config = Objects.requireNonNull(config, "config");
    }

    /** Sets the web host of the authorize page; {@link #DEFAULT_WEB_URL} by default. */
    public Builder webUrl(URI webUrl) {
      this.webUrl = Objects.requireNonNull(webUrl, "webUrl");
      return this;
    }

    /** Sets how the flow's calls are signed; PLAINTEXT, which Discogs recommends, by default. */
    public Builder signatureMethod(SignatureMethod signatureMethod) {
      this.signatureMethod = Objects.requireNonNull(signatureMethod, "signatureMethod");
      return this;
    }

    /** Sets the clock of timestamps and token ages; the system clock by default. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** Sets where nonces come from; {@link NonceSource#secureRandom()} by default. */
    public Builder nonceSource(NonceSource nonces) {
      this.nonces = Objects.requireNonNull(nonces, "nonces");
      return this;
    }

    /**
     * Builds the client.
     *
     * @throws IllegalStateException when the base or web URL is plain http to another machine
     */
    public OAuthFlowClient build() {
      return new OAuthFlowClient(this);
    }
  }
}
