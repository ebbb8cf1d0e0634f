package dev.needledrop.discogs.oauth.internal;

import dev.needledrop.discogs.auth.OAuthCredentials.SignatureMethod;
import dev.needledrop.discogs.auth.SignableRequest;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import java.util.stream.Collectors;

/**
 * Signs requests for every step of the OAuth flow and for API calls: collects the protocol
 * parameters, signs them with PLAINTEXT or HMAC-SHA1 and writes the {@code Authorization} header
 * (RFC 5849 §3.5.1). Thread-safe when its clock and nonce source are.
 */
public final class HeaderSigner {

  private static final String VERSION = "1.0";

  // Discogs rejects longer nonces.
  private static final int MAX_NONCE_LENGTH = 64;

  private final SignatureMethod method;
  private final Clock clock;
  private final Supplier<String> nonces;

  /** Creates a signer using the method, with timestamps from the clock and the given nonces. */
  public HeaderSigner(SignatureMethod method, Clock clock, Supplier<String> nonces) {
    this.method = Objects.requireNonNull(method, "method");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.nonces = Objects.requireNonNull(nonces, "nonces");
  }

  /**
   * Signs the request with the key, adding the step's own protocol parameters ({@code
   * oauth_callback} or {@code oauth_verifier}) to the standard ones.
   */
  public SignedHeader sign(
      SignableRequest request, SigningKey key, List<Parameter> stepParameters) {
    List<Parameter> parameters = protocolParameters(key, stepParameters);
    String signature = signature(request, key, parameters);
    parameters.add(new Parameter("oauth_signature", signature));
    return new SignedHeader(header(parameters), signature);
  }

  private List<Parameter> protocolParameters(SigningKey key, List<Parameter> stepParameters) {
    List<Parameter> parameters = new ArrayList<>();
    parameters.add(new Parameter("oauth_consumer_key", key.consumerKey()));
    key.token().ifPresent(token -> parameters.add(new Parameter("oauth_token", token)));
    parameters.addAll(stepParameters);
    parameters.add(new Parameter("oauth_signature_method", methodName()));
    parameters.add(
        new Parameter("oauth_timestamp", Long.toString(clock.instant().getEpochSecond())));
    parameters.add(new Parameter("oauth_nonce", nextNonce()));
    parameters.add(new Parameter("oauth_version", VERSION));
    return parameters;
  }

  private String signature(SignableRequest request, SigningKey key, List<Parameter> parameters) {
    String secrets = SignatureAlgorithms.key(key.consumerSecret(), key.tokenSecret());
    return switch (method) {
      case PLAINTEXT -> secrets;
      case HMAC_SHA1 ->
          SignatureAlgorithms.hmacSha1(secrets, SignatureBaseString.of(request, parameters));
    };
  }

  private String methodName() {
    return switch (method) {
      case PLAINTEXT -> "PLAINTEXT";
      case HMAC_SHA1 -> "HMAC-SHA1";
    };
  }

  private String nextNonce() {
    String nonce = nonces.get();
    if (nonce == null || nonce.isEmpty() || nonce.length() > MAX_NONCE_LENGTH) {
      throw new IllegalStateException(
          "the nonce source must supply 1 to " + MAX_NONCE_LENGTH + " characters");
    }
    return nonce;
  }

  private static String header(List<Parameter> parameters) {
    return parameters.stream()
        .map(
            p ->
                PercentEncoding.encode(p.name()) + "=\"" + PercentEncoding.encode(p.value()) + "\"")
        .collect(Collectors.joining(", ", "OAuth ", ""));
  }
}
