package dev.needledrop.discogs.model.database;

/**
 * The community's rating of a release: the average of all votes and how many there are.
 *
 * @param average the average vote, from 0 to 5; 0 when nobody voted
 * @param count the number of votes; a plain number, since Discogs always sends it with the average
 */
public record RatingSummary(double average, int count) {

  /** A release nobody rated. */
  public static final RatingSummary NONE = new RatingSummary(0, 0);
}
