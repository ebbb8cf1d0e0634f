package dev.needledrop.discogs.cli;

import dev.needledrop.discogs.error.DiscogsException;
import dev.needledrop.discogs.error.ForbiddenException;
import dev.needledrop.discogs.error.NotFoundException;
import dev.needledrop.discogs.error.RateLimitedException;
import dev.needledrop.discogs.error.UnauthorizedException;
import java.time.Duration;

/**
 * What the command reports for a failure: one line for standard error and the exit code.
 *
 * <p>The line is built from the SDK's messages, which never hold a credential.
 */
record Failure(int exitCode, String line) {

  /** Describes a failure of the command working on the subject, such as "release 249504". */
  static Failure of(Throwable failure, String subject) {
    if (failure instanceof NotFoundException notFound) {
      return new Failure(
          ExitCode.NOT_FOUND, subject + " not found (" + notFound.getMessage() + ")");
    }
    if (failure instanceof UnauthorizedException unauthorized) {
      return new Failure(
          ExitCode.AUTH,
          subject
              + " needs valid credentials: set "
              + Environment.TOKEN
              + " to a personal access token ("
              + unauthorized.getMessage()
              + ")");
    }
    if (failure instanceof ForbiddenException forbidden) {
      return new Failure(
          ExitCode.AUTH, subject + " is not allowed (" + forbidden.getMessage() + ")");
    }
    if (failure instanceof RateLimitedException limited) {
      return new Failure(ExitCode.RATE_LIMITED, rateLimited(limited, subject));
    }
    if (failure instanceof DiscogsException discogs) {
      return new Failure(ExitCode.FAILED, subject + " failed: " + discogs.getMessage());
    }
    return new Failure(
        ExitCode.FAILED,
        subject
            + " failed unexpectedly: "
            + failure.getClass().getSimpleName()
            + messageOf(failure));
  }

  private static String rateLimited(RateLimitedException limited, String subject) {
    String wait =
        limited
            .retryAfter()
            .map(Duration::toSeconds)
            .map(seconds -> "retry in " + seconds + " s")
            .orElse("wait a minute and retry");
    return subject
        + " refused: Discogs' rate limit is spent, "
        + wait
        + " ("
        + limited.getMessage()
        + ")";
  }

  private static String messageOf(Throwable failure) {
    String message = failure.getMessage();
    return message == null || message.isBlank() ? "" : ": " + message;
  }
}
