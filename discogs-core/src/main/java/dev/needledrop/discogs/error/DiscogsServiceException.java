package dev.needledrop.discogs.error;

import dev.needledrop.discogs.ratelimit.RateLimitSnapshot;
import java.util.Objects;
import java.util.Optional;

/**
 * Discogs answered with an error status. Subclasses name the statuses callers branch on; use {@link
 * #forCall(FailedCall)} to get the right one for a status.
 */
public class DiscogsServiceException extends DiscogsException {

  private static final long serialVersionUID = 1L;

  private final transient FailedCall call;

  /** Creates an exception describing the failed call. */
  public DiscogsServiceException(FailedCall call) {
    super(Objects.requireNonNull(call, "call").describe(), null);
    this.call = call;
  }

  /** Returns the exception type callers expect for the call's status. */
  public static DiscogsServiceException forCall(FailedCall call) {
    int status = call.status();
    return switch (status) {
      case 400, 422 -> new BadRequestException(call);
      case 401 -> new UnauthorizedException(call);
      case 403 -> new ForbiddenException(call);
      case 404 -> new NotFoundException(call);
      case 409 -> new ConflictException(call);
      case 429 -> new RateLimitedException(call);
      default -> status >= 500 ? new ServerErrorException(call) : new DiscogsServiceException(call);
    };
  }

  /** Returns the HTTP status. */
  public int status() {
    return call.status();
  }

  /** Returns the HTTP method of the failed call. */
  public String method() {
    return call.method();
  }

  /** Returns the path of the failed call, without its query. */
  public String path() {
    return call.path();
  }

  /** Returns the {@code message} Discogs sent, empty when the body held none. */
  public String serverMessage() {
    return call.serverMessage();
  }

  /** Returns the start of a body that was not a JSON error, such as a proxy's HTML page. */
  public String bodyPreview() {
    return call.bodyPreview();
  }

  /** Returns the rate-limit state the error response reported, when it did. */
  public Optional<RateLimitSnapshot> rateLimit() {
    return call.rateLimit();
  }
}
