package dev.needledrop.discogs.error;

/** Discogs refused the request as malformed or invalid (400 or 422). */
public class BadRequestException extends DiscogsServiceException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception for the failed call. */
  public BadRequestException(FailedCall call) {
    super(call);
  }
}
