package dev.needledrop.discogs.error;

/**
 * Discogs refused to exchange a request token because its approval expired: the access token was
 * asked for more than 15 minutes after the request token was issued (400). Start the OAuth flow
 * again.
 */
public class AuthorizationExpiredException extends BadRequestException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception for the refused exchange. */
  public AuthorizationExpiredException(FailedCall call) {
    super(call);
  }

  @Override
  public String getMessage() {
    return "the authorization expired: Discogs exchanges a request token only within 15 minutes"
        + " of issuing it ("
        + super.getMessage()
        + ")";
  }
}
