package dev.needledrop.discogs.archfixtures.library;

/** Breaks the generic-exceptions rule with a bare RuntimeException. */
public class ThrowsRuntimeException {

  public void fail() {
    throw new RuntimeException("something went wrong");
  }
}
