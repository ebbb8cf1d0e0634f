package dev.needledrop.discogs.archpartner;

import dev.needledrop.discogs.archfixtures.cycle.TopLevelLeft;

/**
 * The other end of a cycle between two top-level packages; it lives outside {@code archfixtures}
 * because a cycle between top-level slices needs two of them. Test sources only.
 */
public class TopLevelRight {

  public TopLevelLeft left() {
    return new TopLevelLeft();
  }
}
