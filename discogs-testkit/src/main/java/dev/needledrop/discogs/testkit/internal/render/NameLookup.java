package dev.needledrop.discogs.testkit.internal.render;

import java.util.Optional;

/** Finds the name of an artist or label, or the title of a release or master, by id. */
@FunctionalInterface
public interface NameLookup {

  /** The kinds of object Discogs markup can point to. */
  enum Kind {
    ARTIST,
    LABEL,
    RELEASE,
    MASTER
  }

  /** Returns the name or title of the object, when held. */
  Optional<String> name(Kind kind, long id);
}
