package dev.needledrop.discogs.auth;

import java.util.Optional;
import java.util.ServiceLoader;

/**
 * Creates {@link RequestSigner}s for OAuth credentials; a {@link ServiceLoader} service, so that an
 * HTTP adapter can sign requests without depending on the module that implements the signing.
 *
 * <p>The {@code discogs-oauth} module registers an implementation under {@code
 * META-INF/services/dev.needledrop.discogs.auth.RequestSignerProvider}. Implementations are
 * thread-safe and have a public no-argument constructor.
 */
public interface RequestSignerProvider {

  /** Returns a signer that signs every request with the given credentials. */
  RequestSigner signerFor(OAuthCredentials credentials);

  /** Returns the first provider registered on the class path, if any. */
  static Optional<RequestSignerProvider> installed() {
    ClassLoader loader = RequestSignerProvider.class.getClassLoader();
    return ServiceLoader.load(RequestSignerProvider.class, loader).findFirst();
  }

  /**
   * Returns a signer for the credentials from the installed provider.
   *
   * @throws IllegalStateException when no provider is installed, naming the module to add
   */
  static RequestSigner forCredentials(OAuthCredentials credentials) {
    return installed()
        .orElseThrow(
            () ->
                new IllegalStateException(
                    "OAuth credentials need a request signer: add the dev.needledrop:discogs-oauth"
                        + " module to the class path"))
        .signerFor(credentials);
  }
}
