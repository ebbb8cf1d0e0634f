package dev.needledrop.discogs.model;

/**
 * The id of a folder of a user's collection; zero or positive.
 *
 * <p>Two folders every collection has: {@link #ALL} (0), a read-only view of every copy that can be
 * listed but never changed or added to, and {@link #UNCATEGORIZED} (1), where copies go unless told
 * otherwise, which cannot be renamed or deleted.
 */
public record FolderId(long value) {

  /** Folder 0, "All": every copy in the collection; read-only. */
  public static final FolderId ALL = new FolderId(0);

  /** Folder 1, "Uncategorized": the default folder; it cannot be renamed or deleted. */
  public static final FolderId UNCATEGORIZED = new FolderId(1);

  /** Creates the id, refusing negative values. */
  public FolderId {
    if (value < 0) {
      throw new IllegalArgumentException("folderId must be 0 or more, but was " + value);
    }
  }

  /** Returns the id of the given value. */
  public static FolderId of(long value) {
    return new FolderId(value);
  }

  /** Tells whether this is folder 0, "All". */
  public boolean isAll() {
    return value == ALL.value;
  }

  /** Tells whether this folder is one every collection has (0 or 1), which stays as it is. */
  public boolean isPermanent() {
    return value == ALL.value || value == UNCATEGORIZED.value;
  }

  /**
   * Returns this id when releases can be added to or moved into the folder, or refuses folder 0.
   *
   * @param parameter the name of the argument, for the message
   * @throws IllegalArgumentException for folder 0, naming folder 1 as the alternative
   */
  public FolderId requireWritable(String parameter) {
    if (isAll()) {
      throw new IllegalArgumentException(
          parameter
              + " must not be folder 0 (\"All\"), which only lists the collection;"
              + " use folder 1 (\"Uncategorized\") or a folder of your own");
    }
    return this;
  }

  /**
   * Returns this id when the folder can be renamed or deleted, or refuses folders 0 and 1.
   *
   * @param parameter the name of the argument, for the message
   * @throws IllegalArgumentException for folder 0 or 1
   */
  public FolderId requireChangeable(String parameter) {
    if (isPermanent()) {
      throw new IllegalArgumentException(
          parameter
              + " must be a folder of your own: folders 0 (\"All\") and 1 (\"Uncategorized\")"
              + " cannot be renamed or deleted, but was "
              + value);
    }
    return this;
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
