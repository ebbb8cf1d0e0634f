package dev.needledrop.discogs.error;

import java.util.Objects;

/**
 * The call needs more than the client's credentials give, so it was refused before any request was
 * sent: a search without credentials, or a write, an order or the identity with a consumer key and
 * secret alone, which act for no user.
 *
 * <p>The message names the call, what it needs and what the client has, never a credential itself:
 * {@code search needs credentials: a consumer key and secret, a personal access token or OAuth; the
 * client has none}.
 */
public class CredentialsRequiredException extends DiscogsClientException {

  private static final long serialVersionUID = 1L;

  private final String operation;
  private final String needed;

  /**
   * Creates the exception.
   *
   * @param operation what the call does, such as {@code search}
   * @param needed what it needs, such as {@code a user's credentials: a personal access token or
   *     OAuth}
   * @param given what the client has, such as {@code the client has none}
   */
  public CredentialsRequiredException(String operation, String needed, String given) {
    super(
        Objects.requireNonNull(operation, "operation")
            + " needs "
            + Objects.requireNonNull(needed, "needed")
            + "; "
            + Objects.requireNonNull(given, "given"),
        null);
    this.operation = operation;
    this.needed = needed;
  }

  /** Returns what the refused call does, such as {@code search}. */
  public String operation() {
    return operation;
  }

  /** Returns what the call needs, in words. */
  public String needed() {
    return needed;
  }
}
