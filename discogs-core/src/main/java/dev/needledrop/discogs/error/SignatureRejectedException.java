package dev.needledrop.discogs.error;

/**
 * Discogs did not accept an OAuth signature or the credentials it was made with: an unknown
 * consumer key, a wrong consumer or token secret, or an access token the user revoked.
 *
 * <p>The status is 401, or 400 when Discogs answers the request-token step this way, as it
 * documents for invalid OAuth requests there.
 */
public class SignatureRejectedException extends UnauthorizedException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception for the refused call. */
  public SignatureRejectedException(FailedCall call) {
    super(call);
  }

  @Override
  public String getMessage() {
    return "Discogs rejected the OAuth signature or the credentials behind it ("
        + super.getMessage()
        + ")";
  }
}
