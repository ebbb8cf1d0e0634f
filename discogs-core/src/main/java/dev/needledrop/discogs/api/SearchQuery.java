package dev.needledrop.discogs.api;

import dev.needledrop.discogs.model.database.SearchType;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A database search: free text and field filters, all optional. Build one with {@link #builder()}
 * or {@link #text(String)}; Discogs matches every given field.
 */
public final class SearchQuery {

  /** The fields a search can filter on, with their names on the wire. */
  public enum Field {
    /** Free text over all fields; sent as {@code q}. */
    QUERY("q"),
    TYPE("type"),
    /** The combined "Artist Name - Release Title" field. */
    TITLE("title"),
    RELEASE_TITLE("release_title"),
    CREDIT("credit"),
    ARTIST("artist"),
    /** Artist name variations. */
    ANV("anv"),
    LABEL("label"),
    GENRE("genre"),
    STYLE("style"),
    COUNTRY("country"),
    YEAR("year"),
    FORMAT("format"),
    CATNO("catno"),
    BARCODE("barcode"),
    TRACK("track"),
    SUBMITTER("submitter"),
    CONTRIBUTOR("contributor");

    private final String wireName;

    Field(String wireName) {
      this.wireName = wireName;
    }

    /** Returns the query parameter name Discogs expects. */
    public String wireName() {
      return wireName;
    }
  }

  private final Map<Field, String> values;

  private SearchQuery(Map<Field, String> values) {
    this.values = Collections.unmodifiableMap(new EnumMap<>(values));
  }

  /** Returns a builder for a search. */
  public static Builder builder() {
    return new Builder();
  }

  /** Returns a free-text search. */
  public static SearchQuery text(String query) {
    return builder().query(query).build();
  }

  /** Returns the given fields and their values, in field order. */
  public Map<Field, String> values() {
    return values;
  }

  /** Returns the value of one field, when given. */
  public Optional<String> value(Field field) {
    return Optional.ofNullable(values.get(field));
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof SearchQuery query && query.values.equals(values);
  }

  @Override
  public int hashCode() {
    return values.hashCode();
  }

  @Override
  public String toString() {
    return "SearchQuery" + values;
  }

  /** Builds a {@link SearchQuery}; every setter is optional. */
  public static final class Builder {

    private final Map<Field, String> values = new EnumMap<>(Field.class);

    private Builder() {}

    /** Sets a field; a null or blank value removes it. */
    public Builder set(Field field, String value) {
      Objects.requireNonNull(field, "field");
      if (value == null || value.isBlank()) {
        values.remove(field);
      } else {
        values.put(field, value);
      }
      return this;
    }

    /** Sets the free text, sent as {@code q}. */
    public Builder query(String text) {
      return set(Field.QUERY, text);
    }

    /** Limits the search to one kind of object. */
    public Builder type(SearchType type) {
      return set(Field.TYPE, Objects.requireNonNull(type, "type").wireName());
    }

    /** Filters on the combined "Artist - Title" field. */
    public Builder title(String value) {
      return set(Field.TITLE, value);
    }

    /** Filters on release titles. */
    public Builder releaseTitle(String value) {
      return set(Field.RELEASE_TITLE, value);
    }

    /** Filters on release credits. */
    public Builder credit(String value) {
      return set(Field.CREDIT, value);
    }

    /** Filters on artist names. */
    public Builder artist(String value) {
      return set(Field.ARTIST, value);
    }

    /** Filters on artist name variations. */
    public Builder anv(String value) {
      return set(Field.ANV, value);
    }

    /** Filters on label names. */
    public Builder label(String value) {
      return set(Field.LABEL, value);
    }

    /** Filters on genre. */
    public Builder genre(String value) {
      return set(Field.GENRE, value);
    }

    /** Filters on style. */
    public Builder style(String value) {
      return set(Field.STYLE, value);
    }

    /** Filters on release country. */
    public Builder country(String value) {
      return set(Field.COUNTRY, value);
    }

    /** Filters on release year. */
    public Builder year(int year) {
      if (year < 1) {
        throw new IllegalArgumentException("year must be positive, but was " + year);
      }
      return set(Field.YEAR, Integer.toString(year));
    }

    /** Filters on format. */
    public Builder format(String value) {
      return set(Field.FORMAT, value);
    }

    /** Filters on catalogue number. */
    public Builder catno(String value) {
      return set(Field.CATNO, value);
    }

    /** Filters on barcode. */
    public Builder barcode(String value) {
      return set(Field.BARCODE, value);
    }

    /** Filters on track title. */
    public Builder track(String value) {
      return set(Field.TRACK, value);
    }

    /** Filters on the submitter's username. */
    public Builder submitter(String value) {
      return set(Field.SUBMITTER, value);
    }

    /** Filters on a contributor's username. */
    public Builder contributor(String value) {
      return set(Field.CONTRIBUTOR, value);
    }

    /** Builds the query. */
    public SearchQuery build() {
      return new SearchQuery(values);
    }
  }
}
