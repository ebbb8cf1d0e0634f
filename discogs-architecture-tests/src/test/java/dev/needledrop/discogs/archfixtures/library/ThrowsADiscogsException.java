package dev.needledrop.discogs.archfixtures.library;

import dev.needledrop.discogs.error.DiscogsClientException;

/** Keeps to the rules: throws from the SDK's own tree and prints nothing. */
public class ThrowsADiscogsException {

  public void fail() {
    throw new DiscogsClientException("the call needs credentials", null);
  }
}
