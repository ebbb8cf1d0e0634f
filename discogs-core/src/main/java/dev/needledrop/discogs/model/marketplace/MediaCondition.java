package dev.needledrop.discogs.model.marketplace;

import dev.needledrop.discogs.internal.Choices;
import java.util.List;
import java.util.Objects;

/**
 * The condition of a record's media (vinyl, disc, tape), as Discogs grades it: from {@link #MINT}
 * down to {@link #POOR}.
 *
 * <p>A grade Discogs starts sending later is kept as given ({@link #isKnown()} false) instead of
 * failing the response; writes refuse it before sending.
 */
public record MediaCondition(String value) {

  public static final MediaCondition MINT = new MediaCondition("Mint (M)");
  public static final MediaCondition NEAR_MINT = new MediaCondition("Near Mint (NM or M-)");
  public static final MediaCondition VERY_GOOD_PLUS = new MediaCondition("Very Good Plus (VG+)");
  public static final MediaCondition VERY_GOOD = new MediaCondition("Very Good (VG)");
  public static final MediaCondition GOOD_PLUS = new MediaCondition("Good Plus (G+)");
  public static final MediaCondition GOOD = new MediaCondition("Good (G)");
  public static final MediaCondition FAIR = new MediaCondition("Fair (F)");
  public static final MediaCondition POOR = new MediaCondition("Poor (P)");

  private static final List<MediaCondition> KNOWN =
      List.of(MINT, NEAR_MINT, VERY_GOOD_PLUS, VERY_GOOD, GOOD_PLUS, GOOD, FAIR, POOR);

  /** Creates a condition from its exact wire text, kept as given. */
  public MediaCondition {
    Objects.requireNonNull(value, "media condition");
  }

  /** Returns the condition of the given wire text, such as {@code "Very Good Plus (VG+)"}. */
  public static MediaCondition of(String value) {
    return new MediaCondition(value);
  }

  /** Returns the eight grades Discogs knows, best first. */
  public static List<MediaCondition> values() {
    return KNOWN;
  }

  /** Tells whether this is one of the eight grades Discogs documents. */
  public boolean isKnown() {
    return KNOWN.contains(this);
  }

  /**
   * Returns this condition for a write, refusing one Discogs does not accept.
   *
   * @throws IllegalArgumentException listing the grades Discogs accepts
   */
  public MediaCondition requireKnown(String parameter) {
    return Choices.require(this, KNOWN, parameter);
  }

  /** Returns the rank of a known grade, 0 for mint; unknown grades rank after the known ones. */
  public int rank() {
    int index = KNOWN.indexOf(this);
    return index < 0 ? KNOWN.size() : index;
  }

  @Override
  public String toString() {
    return value;
  }
}
