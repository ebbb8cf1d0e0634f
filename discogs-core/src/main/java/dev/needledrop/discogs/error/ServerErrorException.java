package dev.needledrop.discogs.error;

/**
 * Discogs or a proxy in front of it failed (5xx); the body preview holds the start of any HTML
 * page.
 */
public class ServerErrorException extends DiscogsServiceException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception for the failed call. */
  public ServerErrorException(FailedCall call) {
    super(call);
  }
}
