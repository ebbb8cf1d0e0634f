package dev.needledrop.discogs.model.marketplace;

import dev.needledrop.discogs.internal.Choices;
import java.util.List;
import java.util.Objects;

/**
 * The condition of a record's sleeve: any media grade, or {@link #GENERIC}, {@link #NOT_GRADED} or
 * {@link #NO_COVER}.
 *
 * <p>A value Discogs starts sending later is kept as given ({@link #isKnown()} false); writes
 * refuse it before sending.
 */
public record SleeveCondition(String value) {

  public static final SleeveCondition MINT = of(MediaCondition.MINT);
  public static final SleeveCondition NEAR_MINT = of(MediaCondition.NEAR_MINT);
  public static final SleeveCondition VERY_GOOD_PLUS = of(MediaCondition.VERY_GOOD_PLUS);
  public static final SleeveCondition VERY_GOOD = of(MediaCondition.VERY_GOOD);
  public static final SleeveCondition GOOD_PLUS = of(MediaCondition.GOOD_PLUS);
  public static final SleeveCondition GOOD = of(MediaCondition.GOOD);
  public static final SleeveCondition FAIR = of(MediaCondition.FAIR);
  public static final SleeveCondition POOR = of(MediaCondition.POOR);
  public static final SleeveCondition GENERIC = new SleeveCondition("Generic");
  public static final SleeveCondition NOT_GRADED = new SleeveCondition("Not Graded");
  public static final SleeveCondition NO_COVER = new SleeveCondition("No Cover");

  private static final List<SleeveCondition> KNOWN =
      List.of(
          MINT,
          NEAR_MINT,
          VERY_GOOD_PLUS,
          VERY_GOOD,
          GOOD_PLUS,
          GOOD,
          FAIR,
          POOR,
          GENERIC,
          NOT_GRADED,
          NO_COVER);

  /** Creates a condition from its exact wire text, kept as given. */
  public SleeveCondition {
    Objects.requireNonNull(value, "sleeve condition");
  }

  /** Returns the condition of the given wire text, such as {@code "Generic"}. */
  public static SleeveCondition of(String value) {
    return new SleeveCondition(value);
  }

  /** Returns the sleeve condition with the same grade as a media condition. */
  public static SleeveCondition of(MediaCondition grade) {
    return new SleeveCondition(grade.value());
  }

  /** Returns the eleven values Discogs knows: the eight grades, then the three special ones. */
  public static List<SleeveCondition> values() {
    return KNOWN;
  }

  /** Tells whether this is one of the eleven values Discogs documents. */
  public boolean isKnown() {
    return KNOWN.contains(this);
  }

  /**
   * Returns this condition for a write, refusing one Discogs does not accept.
   *
   * @throws IllegalArgumentException listing the values Discogs accepts
   */
  public SleeveCondition requireKnown(String parameter) {
    return Choices.require(this, KNOWN, parameter);
  }

  @Override
  public String toString() {
    return value;
  }
}
