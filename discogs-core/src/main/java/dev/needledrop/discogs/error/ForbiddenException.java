package dev.needledrop.discogs.error;

/**
 * The caller is known but not allowed to do this, such as reading another user's private collection
 * (403). Also raised for a bare 403 with an empty body, as Discogs sends to requests it blocks.
 */
public class ForbiddenException extends DiscogsServiceException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception for the failed call. */
  public ForbiddenException(FailedCall call) {
    super(call);
  }
}
