package dev.needledrop.discogs.error;

/** The object or path does not exist (404). */
public class NotFoundException extends DiscogsServiceException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception for the failed call. */
  public NotFoundException(FailedCall call) {
    super(call);
  }
}
