package dev.needledrop.discogs.archfixtures.library;

/** Breaks the generic-exceptions rule with a bare Exception. */
public class ThrowsException {

  public void fail() throws Exception {
    throw new Exception("something went wrong");
  }
}
