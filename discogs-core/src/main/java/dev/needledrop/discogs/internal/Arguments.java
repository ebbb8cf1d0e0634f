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
   * Returns a folder name, refusing blank ones and names longer than 255 characters.
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
    return name;
  }
}
