package dev.needledrop.discogs.auth;

/** Checks for secret values: they must be present and safe to put in a header. */
final class Secrets {

  static final String HIDDEN = "****";

  /** Where consumer keys and secrets come from. */
  static final String FROM_APPLICATION =
      "copy it from your application in your Discogs developer settings";

  private Secrets() {}

  /**
   * Refuses a missing, blank or header-breaking value with an {@link IllegalArgumentException} that
   * names the value and says how to fix it, without ever echoing it.
   *
   * @param value the secret to check
   * @param name what the value is, as a user would call it ("personal access token")
   * @param remedy where a user gets a proper value, appended to the message when it is missing
   */
  static String require(String value, String name, String remedy) {
    if (value == null) {
      throw missing(name, "null", remedy);
    }
    if (value.isBlank()) {
      throw missing(name, value.isEmpty() ? "empty" : "blank", remedy);
    }
    if (value.chars().anyMatch(Character::isISOControl)) {
      throw new IllegalArgumentException(
          name + " must not contain control characters; check for a stray line break");
    }
    return value;
  }

  private static IllegalArgumentException missing(String name, String how, String remedy) {
    return new IllegalArgumentException(name + " is missing (" + how + "); " + remedy);
  }
}
