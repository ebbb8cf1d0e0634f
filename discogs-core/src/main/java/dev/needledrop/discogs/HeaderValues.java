package dev.needledrop.discogs;

/** Checks values that go into HTTP headers. */
public final class HeaderValues {

  private HeaderValues() {}

  /**
   * Refuses a value holding CR, LF, NUL or another control character, which could split or forge a
   * header. The message names the header but never echoes the value, which may be a secret.
   */
  public static String requireSafe(String value, String headerName) {
    if (value.chars().anyMatch(c -> Character.isISOControl(c) && c != '\t')) {
      throw new IllegalArgumentException(
          headerName + " must not contain line breaks, NUL or other control characters");
    }
    return value;
  }
}
