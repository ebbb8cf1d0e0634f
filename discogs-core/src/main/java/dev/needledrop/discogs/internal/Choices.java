package dev.needledrop.discogs.internal;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Checks a value written to Discogs against the values Discogs accepts, before anything is sent.
 *
 * <p>Not part of the public API; the open value types (conditions, statuses) call it so that every
 * refusal names the parameter, the value given and every value allowed.
 */
public final class Choices {

  private Choices() {}

  /**
   * Returns the value when the allowed values hold it.
   *
   * @throws IllegalArgumentException naming the parameter, the value and the allowed values
   */
  public static <T> T require(T value, List<T> allowed, String parameter) {
    Objects.requireNonNull(value, parameter);
    if (!allowed.contains(value)) {
      throw new IllegalArgumentException(
          parameter + " must be one of " + describe(allowed) + ", but was '" + value + "'");
    }
    return value;
  }

  /** Returns the values as one line, such as {@code Mint (M), Near Mint (NM or M-)}. */
  public static String describe(List<?> values) {
    return values.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }
}
