package dev.needledrop.discogs.testkit.data;

import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.Timestamp;
import dev.needledrop.discogs.model.database.BasicInformation;
import dev.needledrop.discogs.model.wantlist.Want;
import java.util.Optional;

/** Builds {@link Want} records (wantlist entries) with sensible defaults. */
public final class TestWants {

  private TestWants() {}

  /**
   * Starts an entry for the release, with defaults: not rated, no note (kept private), added on 2
   * March 2023, described by {@link TestBasicInformation}.
   */
  public static Builder want(long releaseId) {
    return new Builder(ReleaseId.of(releaseId));
  }

  /** Builds an entry; every setter replaces the value it names. */
  public static final class Builder {

    private final ReleaseId releaseId;
    private int rating;
    private String notes = "";
    private Optional<Boolean> notesPublic = Optional.of(false);
    private Optional<Timestamp> dateAdded = Optional.of(Timestamp.of("2023-03-02T10:00:00-08:00"));
    private BasicInformation release;

    private Builder(ReleaseId releaseId) {
      this.releaseId = releaseId;
      this.release = TestBasicInformation.release(releaseId.value()).build();
    }

    public Builder rating(int value) {
      rating = value;
      return this;
    }

    public Builder notes(String value) {
      notes = value;
      return this;
    }

    public Builder notesPublic(boolean value) {
      notesPublic = Optional.of(value);
      return this;
    }

    public Builder dateAdded(String value) {
      dateAdded = Optional.of(Timestamp.of(value));
      return this;
    }

    public Builder release(BasicInformation value) {
      release = value;
      return this;
    }

    public Want build() {
      return new Want(releaseId, rating, notes, notesPublic, dateAdded, release);
    }
  }
}
