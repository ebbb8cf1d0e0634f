package dev.needledrop.discogs.error;

/** The request conflicts with the current state, such as an export already running (409). */
public class ConflictException extends DiscogsServiceException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception for the failed call. */
  public ConflictException(FailedCall call) {
    super(call);
  }
}
