package dev.needledrop.discogs.model.database;

import dev.needledrop.discogs.internal.Values;
import java.util.Optional;

/**
 * How many people have an item in their collection or wantlist: the whole community, and the
 * calling user when authenticated.
 */
public record ItemStats(Counts community, Optional<Counts> user) {

  /** Stats of an item for which Discogs sent none. */
  public static final ItemStats NONE = new ItemStats(Counts.ZERO, Optional.empty());

  /** Creates the stats, reading absent parts as zero or empty. */
  public ItemStats {
    community = community == null ? Counts.ZERO : community;
    user = Values.optional(user);
  }

  /** Collection and wantlist counts. */
  public record Counts(int inCollection, int inWantlist) {

    /** No one has or wants the item. */
    public static final Counts ZERO = new Counts(0, 0);
  }
}
