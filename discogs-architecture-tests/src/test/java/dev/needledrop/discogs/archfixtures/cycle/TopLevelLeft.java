package dev.needledrop.discogs.archfixtures.cycle;

import dev.needledrop.discogs.archpartner.TopLevelRight;

/** One end of a cycle between two top-level packages. */
public class TopLevelLeft {

  public TopLevelRight right() {
    return new TopLevelRight();
  }
}
