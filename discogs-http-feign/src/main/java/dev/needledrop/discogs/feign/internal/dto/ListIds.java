package dev.needledrop.discogs.feign.internal.dto;

/** Picks a list's id from the key Discogs sends or, failing that, the documented one. */
public final class ListIds {

  private ListIds() {}

  /** Returns {@code id} when it is a usable id, else {@code listId}. */
  public static Long either(Long id, Long listId) {
    return id != null && id > 0 ? id : listId;
  }
}
