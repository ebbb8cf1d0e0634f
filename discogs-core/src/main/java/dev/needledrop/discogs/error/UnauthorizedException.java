package dev.needledrop.discogs.error;

/** The call needs credentials, or the ones sent are not valid (401). */
public class UnauthorizedException extends DiscogsServiceException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception for the failed call. */
  public UnauthorizedException(FailedCall call) {
    super(call);
  }
}
