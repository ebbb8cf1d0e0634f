package dev.needledrop.discogs.model.database;

import dev.needledrop.discogs.internal.Values;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the release stats endpoint tells.
 *
 * <p>The endpoint has two shapes: the documented one with have and want counts, and the one Discogs
 * sends today with only an offensive flag. Both read into this type; for counts that are always
 * present, use the release's {@link Community} instead.
 */
public record ReleaseStats(OptionalInt numHave, OptionalInt numWant, Optional<Boolean> offensive) {

  /** Creates the stats, reading absent parts as empty. */
  public ReleaseStats {
    numHave = Values.optional(numHave);
    numWant = Values.optional(numWant);
    offensive = Values.optional(offensive);
  }
}
