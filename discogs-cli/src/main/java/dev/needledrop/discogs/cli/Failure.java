package dev.needledrop.discogs.cli;

import dev.needledrop.discogs.error.AuthorizationDeniedException;
import dev.needledrop.discogs.error.AuthorizationExpiredException;
import dev.needledrop.discogs.error.CredentialsRequiredException;
import dev.needledrop.discogs.error.DiscogsException;
import dev.needledrop.discogs.error.ForbiddenException;
import dev.needledrop.discogs.error.InvalidVerifierException;
import dev.needledrop.discogs.error.NotFoundException;
import dev.needledrop.discogs.error.RateLimitedException;
import dev.needledrop.discogs.error.UnauthorizedException;
import java.time.Duration;
import java.util.Optional;

/**
 * What the command reports for a failure: one line for standard error and the exit code.
 *
 * <p>The line is built from the SDK's messages, which never hold a credential.
 */
record Failure(int exitCode, String line) {

  /** The advice for a run that sent no credentials. */
  static final String HOW_TO_LOG_IN =
      "set " + Environment.TOKEN + " to a personal access token, or run 'discogs login'";

  /**
   * Describes a failure of the command working on the subject, such as "release 249504", against
   * the embedded stub or not, for a run that sent no credentials.
   */
  static Failure of(Throwable failure, String subject, boolean stub) {
    return of(failure, subject, stub, HOW_TO_LOG_IN);
  }

  /**
   * Describes a failure as {@link #of(Throwable, String, boolean)} does, advising on missing or
   * refused credentials as given: the advice depends on where the run's credentials came from.
   */
  static Failure of(Throwable failure, String subject, boolean stub, String credentialsAdvice) {
    if (failure instanceof NotFoundException notFound) {
      return new Failure(ExitCode.NOT_FOUND, notFound(notFound, subject, stub));
    }
    if (failure instanceof CredentialsRequiredException missing) {
      return new Failure(
          ExitCode.AUTH,
          subject + " needs credentials: " + credentialsAdvice + " (" + missing.getMessage() + ")");
    }
    if (isRefusedLogin(failure)) {
      return new Failure(ExitCode.AUTH, subject + " failed: " + failure.getMessage());
    }
    if (failure instanceof UnauthorizedException unauthorized) {
      return new Failure(
          ExitCode.AUTH,
          subject
              + " needs valid credentials: "
              + credentialsAdvice
              + " ("
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
    if (failure instanceof CommandFailure failed) {
      return new Failure(ExitCode.FAILED, failed.getMessage());
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

  // The OAuth flow's own refusals: the user declined, or the approval is wrong or too old.
  private static boolean isRefusedLogin(Throwable failure) {
    return failure instanceof AuthorizationDeniedException
        || failure instanceof InvalidVerifierException
        || failure instanceof AuthorizationExpiredException;
  }

  // Names what the path and message say is missing, which may not be the command's subject
  // (the folder of an export, the release of a want), with a hint on where to find what there is.
  // The stub holds only what was recorded, so say so rather than let the id look wrong.
  private static String notFound(NotFoundException notFound, String subject, boolean stub) {
    Optional<Missing> missing = Missing.of(notFound);
    String what = missing.map(Missing::describe).orElse(subject);
    boolean recorded = missing.map(thing -> thing.kind().isDatabase()).orElse(true);
    String where = !stub ? "" : recorded ? " in the stub's recorded catalogue" : " in the stub";
    String hint =
        missing
            .map(thing -> thing.hint(stub))
            .or(() -> Optional.of(stub ? "the stub holds only what was recorded" : ""))
            .filter(text -> !text.isEmpty())
            .map(text -> "; " + text)
            .orElse("");
    return what + " not found" + where + " (" + notFound.getMessage() + ")" + hint;
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
