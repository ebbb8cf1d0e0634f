package dev.needledrop.discogs.feign.internal.auth;

import dev.needledrop.discogs.DiscogsConfig;
import dev.needledrop.discogs.HeaderValues;
import dev.needledrop.discogs.auth.Anonymous;
import dev.needledrop.discogs.auth.ConsumerCredentials;
import dev.needledrop.discogs.auth.CredentialPlacement;
import dev.needledrop.discogs.auth.Credentials;
import dev.needledrop.discogs.auth.OAuthCredentials;
import dev.needledrop.discogs.auth.PersonalAccessToken;
import dev.needledrop.discogs.auth.RequestSigner;
import dev.needledrop.discogs.auth.RequestSignerProvider;
import dev.needledrop.discogs.auth.SignableRequest;
import dev.needledrop.discogs.feign.internal.http.QueryParameters;
import dev.needledrop.discogs.feign.internal.http.Requests;
import dev.needledrop.discogs.feign.internal.resilience.AttemptStep;
import feign.Request;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Puts the configured credentials on each request sent to the configured API origin, and on no
 * other: the last step before a request leaves, run again for every attempt and every redirect.
 *
 * <p>A personal token or a consumer key and secret go in the {@code Authorization} header ({@code
 * Discogs token=...}, {@code Discogs key=..., secret=...}) or, with {@link
 * CredentialPlacement#QUERY}, in the query. OAuth credentials sign the request exactly as it is
 * sent, URL, query and form parameters included, with a fresh nonce and timestamp each time. A
 * request for another origin (scheme, host and port), such as an image host or the target of a
 * redirect, leaves without any credential. Thread-safe; {@code toString} shows no secret.
 */
public final class CredentialsStep implements AttemptStep {

  private static final String AUTHORIZATION = "Authorization";

  private final Origin trusted;
  private final Credentials credentials;
  private final CredentialPlacement placement;
  private final Optional<RequestSigner> signer;

  private CredentialsStep(
      Origin trusted,
      Credentials credentials,
      CredentialPlacement placement,
      Optional<RequestSigner> signer) {
    this.trusted = trusted;
    this.credentials = credentials;
    this.placement = placement;
    this.signer = signer;
  }

  /**
   * Creates the step for the configuration's credentials, trusting only its base URL's origin.
   *
   * @param signers finds the request signer for OAuth credentials, normally {@link
   *     RequestSignerProvider#installed()}
   * @throws IllegalStateException for OAuth credentials when no signer is installed, naming the
   *     module that provides one
   */
  public static CredentialsStep create(
      DiscogsConfig config, Supplier<Optional<RequestSignerProvider>> signers) {
    Objects.requireNonNull(config, "config");
    Objects.requireNonNull(signers, "signers");
    Credentials credentials = config.credentials();
    Optional<RequestSigner> signer = Optional.empty();
    if (credentials instanceof OAuthCredentials oauth) {
      signer = Optional.of(signers.get().orElseThrow(CredentialsStep::noSigner).signerFor(oauth));
    }
    return new CredentialsStep(
        Origin.of(config.baseUrl()), credentials, config.credentialPlacement(), signer);
  }

  @Override
  public Request prepare(Request request, int attempt) {
    Optional<URI> url = Requests.uri(request);
    if (url.isEmpty() || !trusted.contains(url.get())) {
      // The URL is another host's own (an image, a redirect target) and kept as it is; no
      // Authorization header may ride along.
      return Requests.withoutHeader(request, AUTHORIZATION);
    }
    if (credentials instanceof Anonymous) {
      return request;
    }
    if (credentials instanceof PersonalAccessToken token) {
      return withToken(request, token);
    }
    if (credentials instanceof ConsumerCredentials consumer) {
      return withKeyAndSecret(request, consumer);
    }
    return signed(request, url.get());
  }

  private Request withToken(Request request, PersonalAccessToken token) {
    if (placement == CredentialPlacement.QUERY) {
      return query(request, "token", token.token());
    }
    return authorization(request, "Discogs token=" + token.token());
  }

  private Request withKeyAndSecret(Request request, ConsumerCredentials consumer) {
    if (placement == CredentialPlacement.QUERY) {
      return query(query(request, "key", consumer.key()), "secret", consumer.secret());
    }
    return authorization(
        request, "Discogs key=" + consumer.key() + ", secret=" + consumer.secret());
  }

  private Request signed(Request request, URI url) {
    SignableRequest signable =
        new SignableRequest(request.httpMethod().name(), url, FormParameters.of(request));
    return authorization(request, signer.orElseThrow().authorizationHeader(signable));
  }

  private static Request authorization(Request request, String value) {
    HeaderValues.requireSafe(value, AUTHORIZATION);
    return Requests.withHeader(request, AUTHORIZATION, value);
  }

  private static Request query(Request request, String name, String value) {
    return Requests.withQueryParameter(request, name, QueryParameters.encodeValue(value, name));
  }

  private static IllegalStateException noSigner() {
    return new IllegalStateException(
        "OAuth credentials need a request signer: add the dev.needledrop:discogs-oauth module to"
            + " the class path (it registers one with ServiceLoader)");
  }

  @Override
  public String toString() {
    return "CredentialsStep[" + trusted + ", " + credentials + "]";
  }
}
