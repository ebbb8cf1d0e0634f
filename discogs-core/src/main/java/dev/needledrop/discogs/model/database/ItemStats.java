package dev.needledrop.discogs.model.database;

import dev.needledrop.discogs.internal.Values;
import java.util.Optional;

/**
 * How many people have an item in their collection or wantlist: the whole community, and the
 * calling user when authenticated.
 *
 * <p>Listings recorded before Discogs added these stats carry none; their entries read as {@link
 * #NONE}, whose counts are empty rather than zero, so "unknown" never reads as "nobody".
 *
 * @param community the community's counts, empty when Discogs sent no stats
 * @param user the calling user's counts, empty unless the caller is authenticated as a user
 */
public record ItemStats(Optional<Counts> community, Optional<Counts> user) {

  /** Stats of an item for which Discogs sent none. */
  public static final ItemStats NONE = new ItemStats(Optional.empty(), Optional.empty());

  /** Creates the stats, reading absent parts as empty. */
  public ItemStats {
    community = Values.optional(community);
    user = Values.optional(user);
  }

  /**
   * Collection and wantlist counts; Discogs always sends both together, so they are plain numbers.
   */
  public record Counts(int inCollection, int inWantlist) {

    /** No one has or wants the item. */
    public static final Counts ZERO = new Counts(0, 0);
  }
}
