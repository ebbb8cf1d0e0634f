package dev.needledrop.discogs.api.access;

import dev.needledrop.discogs.auth.AccessRule;
import dev.needledrop.discogs.auth.Requirement;

/**
 * What each call of {@link dev.needledrop.discogs.api.DatabaseApi} needs: nothing, but for the
 * search (any credentials) and rating writes (the rated user's).
 *
 * <p>One row per method of the port (its {@code all...} streams and shortcuts follow the method
 * they call), from the Auth column of the reference's endpoint summary. "Owner if private" reads
 * need nothing before sending: Discogs decides from the data.
 */
public enum DatabaseAccess implements AccessRule {
  /** E6. */
  RELEASE("release", "looking up a release", Requirement.NONE),
  /** E10. */
  COMMUNITY_RATING("communityRating", "reading a community rating", Requirement.NONE),
  /** E7. */
  USER_RATING("userRating", "reading a user's rating", Requirement.NONE),
  /** E8. */
  RATE_RELEASE("rateRelease", "rating a release", Requirement.OWNER),
  /** E9. */
  DELETE_RELEASE_RATING("deleteReleaseRating", "removing a release rating", Requirement.OWNER),
  /** E11. */
  RELEASE_STATS("releaseStats", "reading release stats", Requirement.NONE),
  /** E12. */
  MASTER("master", "looking up a master", Requirement.NONE),
  /** E13. */
  MASTER_VERSIONS("masterVersions", "listing a master's versions", Requirement.NONE),
  /** E14. */
  ARTIST("artist", "looking up an artist", Requirement.NONE),
  /** E15. */
  ARTIST_RELEASES("artistReleases", "listing an artist's releases", Requirement.NONE),
  /** E16. */
  LABEL("label", "looking up a label", Requirement.NONE),
  /** E17. */
  LABEL_RELEASES("labelReleases", "listing a label's releases", Requirement.NONE),
  /** E18. */
  SEARCH("search", "search", Requirement.CREDENTIALS);

  private final String method;
  private final String operation;
  private final Requirement requirement;

  DatabaseAccess(String method, String operation, Requirement requirement) {
    this.method = method;
    this.operation = operation;
    this.requirement = requirement;
  }

  @Override
  public String method() {
    return method;
  }

  @Override
  public String operation() {
    return operation;
  }

  @Override
  public Requirement requirement() {
    return requirement;
  }
}
