package dev.needledrop.discogs.internal;

import java.util.Objects;

/**
 * Checks of call arguments that every implementation of a port makes before sending anything.
 *
 * <p>Not part of the public API; the HTTP adapter and the in-memory fakes call it so that both
 * refuse the same arguments with the same message.
 */
public final class Arguments {

  private static final int MAX_FOLDER_NAME = 255;

  private Arguments() {}

  /**
   * Returns a folder name, refusing blank ones, names longer than 255 characters and names holding
   * a control character (a line break, a terminal escape), which no folder list shows faithfully.
   *
   * @throws IllegalArgumentException naming the parameter
   */
  public static String folderName(String name) {
    Objects.requireNonNull(name, "name");
    if (name.isBlank()) {
      throw new IllegalArgumentException("folder name must not be blank");
    }
    if (name.length() > MAX_FOLDER_NAME) {
      throw new IllegalArgumentException(
          "folder name must be at most "
              + MAX_FOLDER_NAME
              + " characters, but had "
              + name.length());
    }
    for (int i = 0; i < name.length(); i++) {
      if (Character.isISOControl(name.charAt(i))) {
        throw new IllegalArgumentException(
            "folder name must not contain control characters such as a line break, but had"
                + String.format(" U+%04X at index %d", (int) name.charAt(i), i));
      }
    }
    return name;
  }
}
