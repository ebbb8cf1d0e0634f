package dev.needledrop.discogs.testkit.data;

import dev.needledrop.discogs.model.MasterId;
import dev.needledrop.discogs.model.database.SearchResult;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Builds search results for tests that seed a result as it is, rather than deriving it from a held
 * release, master, artist or label.
 */
public final class TestSearchResults {

  private TestSearchResults() {}

  /** Starts a release result with the id and an {@code "Artist - Title"} title. */
  public static Builder release(long id, String title) {
    return new Builder(id, "release", title);
  }

  /** Starts an artist or label result, which carries only the common fields. */
  public static Builder named(long id, String type, String name) {
    return new Builder(id, type, name);
  }

  /** Builds a result; every setter replaces the value it names. */
  public static final class Builder {

    private final long id;
    private final String type;
    private final String title;
    private Optional<MasterId> master = Optional.empty();
    private String country = "";
    private OptionalInt year = OptionalInt.empty();
    private List<String> formats = List.of();
    private List<String> labels = List.of();
    private List<String> genres = List.of();
    private String catno = "";

    private Builder(long id, String type, String title) {
      this.id = id;
      this.type = type;
      this.title = title;
    }

    public Builder master(long value) {
      master = Optional.of(MasterId.of(value));
      return this;
    }

    public Builder country(String value) {
      country = value;
      return this;
    }

    public Builder year(int value) {
      year = OptionalInt.of(value);
      return this;
    }

    public Builder formats(String... values) {
      formats = List.of(values);
      return this;
    }

    public Builder labels(String... values) {
      labels = List.of(values);
      return this;
    }

    public Builder genres(String... values) {
      genres = List.of(values);
      return this;
    }

    public Builder catno(String value) {
      catno = value;
      return this;
    }

    /** Builds the result, with a page path such as {@code /release/12} and no images. */
    public SearchResult build() {
      return new SearchResult(
          id,
          type,
          title,
          "",
          "",
          "/" + type + "/" + id,
          master,
          country,
          year,
          formats,
          labels,
          genres,
          List.of(),
          List.of(),
          catno,
          Optional.empty(),
          OptionalInt.empty(),
          Optional.empty());
    }
  }
}
