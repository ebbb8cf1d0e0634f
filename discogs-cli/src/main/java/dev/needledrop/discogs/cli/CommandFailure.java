package dev.needledrop.discogs.cli;

/**
 * A command that ran but did not achieve what it was asked, such as an upload Discogs processed as
 * failed: reported as its message, with exit code 1.
 */
final class CommandFailure extends RuntimeException {

  private static final long serialVersionUID = 1L;

  CommandFailure(String message) {
    super(message);
  }
}
