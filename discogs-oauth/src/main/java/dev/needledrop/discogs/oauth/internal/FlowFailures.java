package dev.needledrop.discogs.oauth.internal;

import dev.needledrop.discogs.error.AuthorizationExpiredException;
import dev.needledrop.discogs.error.DiscogsServiceException;
import dev.needledrop.discogs.error.FailedCall;
import dev.needledrop.discogs.error.InvalidVerifierException;
import dev.needledrop.discogs.error.SignatureRejectedException;

/** Turns the error statuses of each flow step into the exception that names the cause. */
public final class FlowFailures {

  private FlowFailures() {}

  /**
   * Maps a failed request-token call. Only the consumer's key, secret and signature are checked at
   * this step, so both 400 (what Discogs documents for invalid OAuth requests) and 401 mean they
   * were rejected.
   */
  public static DiscogsServiceException requestToken(FailedCall call) {
    return switch (call.status()) {
      case 400, 401 -> new SignatureRejectedException(call);
      default -> DiscogsServiceException.forCall(call);
    };
  }

  /**
   * Maps a failed access-token call. Discogs answers both an expired approval and a wrong verifier
   * with 400 and an undocumented body, so the token's age tells them apart.
   */
  public static DiscogsServiceException accessToken(FailedCall call, boolean tokenExpired) {
    return switch (call.status()) {
      case 400 ->
          tokenExpired
              ? new AuthorizationExpiredException(call)
              : new InvalidVerifierException(call);
      case 401 -> new SignatureRejectedException(call);
      default -> DiscogsServiceException.forCall(call);
    };
  }

  /** Maps a failed identity call: a 401 means the credentials or their signature were refused. */
  public static DiscogsServiceException identity(FailedCall call) {
    return call.status() == 401
        ? new SignatureRejectedException(call)
        : DiscogsServiceException.forCall(call);
  }
}
