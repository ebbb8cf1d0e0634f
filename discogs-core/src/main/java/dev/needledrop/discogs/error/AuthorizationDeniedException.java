package dev.needledrop.discogs.error;

/**
 * The user declined to authorize the application on the Discogs authorize page; the callback URL
 * carried {@code denied} instead of a verifier. Start the OAuth flow again to ask once more.
 */
public class AuthorizationDeniedException extends DiscogsClientException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception. */
  public AuthorizationDeniedException() {
    super("the user declined to authorize the application on Discogs", null);
  }
}
