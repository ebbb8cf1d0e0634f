package dev.needledrop.discogs.model;

/** The id of a user's list; always positive. */
public record ListId(long value) {

  /** Creates the id, refusing zero and negative values. */
  public ListId {
    Ids.requirePositive(value, "listId");
  }

  /** Returns the id of the given value. */
  public static ListId of(long value) {
    return new ListId(value);
  }

  @Override
  public String toString() {
    return Long.toString(value);
  }
}
