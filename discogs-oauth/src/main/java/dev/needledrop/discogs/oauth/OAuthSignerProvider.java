package dev.needledrop.discogs.oauth;

import dev.needledrop.discogs.auth.OAuthCredentials;
import dev.needledrop.discogs.auth.RequestSigner;
import dev.needledrop.discogs.auth.RequestSignerProvider;

/**
 * Registers {@link OAuthSigner} with the core's {@link RequestSignerProvider} service, so that HTTP
 * adapters sign OAuth calls whenever this module is on the class path. Thread-safe.
 */
public final class OAuthSignerProvider implements RequestSignerProvider {

  /** Creates the provider; called by {@link java.util.ServiceLoader}. */
  public OAuthSignerProvider() {}

  @Override
  public RequestSigner signerFor(OAuthCredentials credentials) {
    return OAuthSigner.create(credentials);
  }
}
