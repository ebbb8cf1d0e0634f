package dev.needledrop.discogs.feign.internal.http;

import dev.needledrop.discogs.HeaderValues;
import dev.needledrop.discogs.auth.Anonymous;
import dev.needledrop.discogs.auth.ConsumerCredentials;
import dev.needledrop.discogs.auth.CredentialPlacement;
import dev.needledrop.discogs.auth.Credentials;
import dev.needledrop.discogs.auth.PersonalAccessToken;
import feign.RequestInterceptor;
import feign.RequestTemplate;
import java.util.Objects;

/**
 * Sends Discogs Auth credentials: a personal token, or an application's key and secret.
 *
 * <p>By default they travel in the {@code Authorization} header ({@code Discogs token=...} or
 * {@code Discogs key=..., secret=...}); only with {@link CredentialPlacement#QUERY} do they go in
 * the query string instead. Anonymous credentials add nothing. OAuth credentials are signed by the
 * {@code discogs-oauth} module and are refused here.
 */
public final class CredentialsInterceptor implements RequestInterceptor {

  private static final String AUTHORIZATION = "Authorization";

  private final Credentials credentials;
  private final CredentialPlacement placement;

  /**
   * Creates the interceptor.
   *
   * @throws IllegalStateException for OAuth credentials, which need the discogs-oauth module
   */
  public CredentialsInterceptor(Credentials credentials, CredentialPlacement placement) {
    this.credentials = requireSupported(Objects.requireNonNull(credentials, "credentials"));
    this.placement = Objects.requireNonNull(placement, "placement");
  }

  /** Refuses credentials this adapter cannot send by itself. */
  public static Credentials requireSupported(Credentials credentials) {
    boolean supported =
        credentials instanceof Anonymous
            || credentials instanceof PersonalAccessToken
            || credentials instanceof ConsumerCredentials;
    if (!supported) {
      throw new IllegalStateException(
          "OAuth credentials need request signing, which the discogs-oauth module provides; "
              + "this adapter sends only personal tokens and consumer key/secret credentials");
    }
    return credentials;
  }

  @Override
  public void apply(RequestTemplate template) {
    if (credentials instanceof PersonalAccessToken token) {
      sendToken(template, token);
    } else if (credentials instanceof ConsumerCredentials consumer) {
      sendKeyAndSecret(template, consumer);
    }
  }

  private void sendToken(RequestTemplate template, PersonalAccessToken token) {
    if (placement == CredentialPlacement.QUERY) {
      query(template, "token", token.token());
    } else {
      authorization(template, "Discogs token=" + token.token());
    }
  }

  private void sendKeyAndSecret(RequestTemplate template, ConsumerCredentials consumer) {
    if (placement == CredentialPlacement.QUERY) {
      query(template, "key", consumer.key());
      query(template, "secret", consumer.secret());
    } else {
      authorization(template, "Discogs key=" + consumer.key() + ", secret=" + consumer.secret());
    }
  }

  private static void authorization(RequestTemplate template, String value) {
    HeaderValues.requireSafe(value, AUTHORIZATION);
    template.removeHeader(AUTHORIZATION).headerLiteral(AUTHORIZATION, value);
  }

  private static void query(RequestTemplate template, String name, String value) {
    template.query(name, QueryParameters.encodeValue(value, name));
  }
}
