package dev.needledrop.discogs.api;

import java.util.Objects;
import java.util.Optional;

/**
 * Filters and sort for the versions of a master; every part is optional.
 *
 * @param format only versions in this format, such as {@code Vinyl}
 * @param label only versions on this label
 * @param released only versions released in this year, such as {@code 1992}
 * @param country only versions released in this country, such as {@code Belgium}
 */
public record MasterVersionsQuery(
    Optional<String> format,
    Optional<String> label,
    Optional<String> released,
    Optional<String> country,
    Optional<Sort<MasterVersionSort>> sort) {

  private static final MasterVersionsQuery ALL =
      new MasterVersionsQuery(
          Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty());

  /** Creates a query, refusing null parts. */
  public MasterVersionsQuery {
    Objects.requireNonNull(format, "format");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(released, "released");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(sort, "sort");
  }

  /** Returns the query for all versions, in the server's order. */
  public static MasterVersionsQuery all() {
    return ALL;
  }

  /** Returns this query, keeping only versions in the given format. */
  public MasterVersionsQuery withFormat(String value) {
    return new MasterVersionsQuery(Optional.of(value), label, released, country, sort);
  }

  /** Returns this query, keeping only versions on the given label. */
  public MasterVersionsQuery withLabel(String value) {
    return new MasterVersionsQuery(format, Optional.of(value), released, country, sort);
  }

  /** Returns this query, keeping only versions released in the given year. */
  public MasterVersionsQuery withReleased(String year) {
    return new MasterVersionsQuery(format, label, Optional.of(year), country, sort);
  }

  /** Returns this query, keeping only versions from the given country. */
  public MasterVersionsQuery withCountry(String value) {
    return new MasterVersionsQuery(format, label, released, Optional.of(value), sort);
  }

  /** Returns this query, sorted as given. */
  public MasterVersionsQuery sortedBy(Sort<MasterVersionSort> value) {
    return new MasterVersionsQuery(format, label, released, country, Optional.of(value));
  }
}
