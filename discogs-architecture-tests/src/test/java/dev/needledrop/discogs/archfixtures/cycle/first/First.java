package dev.needledrop.discogs.archfixtures.cycle.first;

import dev.needledrop.discogs.archfixtures.cycle.second.Second;

/** One end of a cycle between two core packages. */
public class First {

  public Second next() {
    return new Second();
  }
}
