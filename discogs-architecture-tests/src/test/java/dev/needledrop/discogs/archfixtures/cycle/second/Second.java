package dev.needledrop.discogs.archfixtures.cycle.second;

import dev.needledrop.discogs.archfixtures.cycle.first.First;

/** The other end of a cycle between two core packages. */
public class Second {

  public First back() {
    return new First();
  }
}
