package dev.needledrop.discogs.model.wantlist;

import dev.needledrop.discogs.internal.Values;
import dev.needledrop.discogs.model.ItemRating;
import java.util.Objects;
import java.util.Optional;

/**
 * The note and rating to give a wantlist entry; a part left empty stays as it is (or, when adding,
 * starts empty and unrated).
 *
 * <pre>{@code
 * WantUpdate update = WantUpdate.notes("first pressing only").withRating(ItemRating.of(4));
 * }</pre>
 */
public record WantUpdate(Optional<String> notes, Optional<ItemRating> rating) {

  private static final WantUpdate NOTHING = new WantUpdate(Optional.empty(), Optional.empty());

  /** Creates an update, reading null parts as empty. */
  public WantUpdate {
    notes = Values.optional(notes);
    rating = Values.optional(rating);
  }

  /** Returns an update that changes nothing. */
  public static WantUpdate nothing() {
    return NOTHING;
  }

  /** Returns an update setting the note; an empty text clears it. */
  public static WantUpdate notes(String notes) {
    return NOTHING.withNotes(notes);
  }

  /** Returns an update setting the rating; {@link ItemRating#NONE} clears it. */
  public static WantUpdate rating(ItemRating rating) {
    return NOTHING.withRating(rating);
  }

  /** Returns this update, setting the note as well. */
  public WantUpdate withNotes(String value) {
    return new WantUpdate(Optional.of(Objects.requireNonNull(value, "notes")), rating);
  }

  /** Returns this update, setting the rating as well. */
  public WantUpdate withRating(ItemRating value) {
    return new WantUpdate(notes, Optional.of(Objects.requireNonNull(value, "rating")));
  }

  /** Tells whether the update changes nothing. */
  public boolean isEmpty() {
    return notes.isEmpty() && rating.isEmpty();
  }
}
