package dev.needledrop.discogs.error;

/**
 * A request that changes something (a POST) was sent, but no complete answer came back: Discogs may
 * or may not have applied it. The SDK never sends such a request again by itself, since that could
 * create a second collection instance, listing or order message; check the state on Discogs before
 * trying again. The cause tells what failed (a timeout, a reset connection, a gateway error).
 */
public class OutcomeUnknownException extends TransportException {

  private static final long serialVersionUID = 1L;

  /** Creates the exception for the call whose outcome is unknown; {@code path} holds no query. */
  public OutcomeUnknownException(String method, String path, String reason, Throwable cause) {
    super(
        method,
        path,
        reason
            + "; the request was sent, so Discogs may have applied it: check before sending it"
            + " again",
        cause);
  }
}
