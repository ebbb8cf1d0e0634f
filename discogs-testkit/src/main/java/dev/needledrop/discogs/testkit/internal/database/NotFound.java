package dev.needledrop.discogs.testkit.internal.database;

/** The 404 messages Discogs sends for unknown database objects. */
public final class NotFound {

  /** An unknown release. */
  public static final String RELEASE = "Release not found.";

  /** An unknown master. */
  public static final String MASTER = "Master Release not found.";

  /** An unknown artist. */
  public static final String ARTIST = "Artist not found.";

  /** An unknown label. */
  public static final String LABEL = "Label not found.";

  private NotFound() {}
}
