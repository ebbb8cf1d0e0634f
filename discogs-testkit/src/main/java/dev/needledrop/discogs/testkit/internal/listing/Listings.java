package dev.needledrop.discogs.testkit.internal.listing;

import dev.needledrop.discogs.api.ArtistReleaseSort;
import dev.needledrop.discogs.api.MasterVersionSort;
import dev.needledrop.discogs.api.MasterVersionsQuery;
import dev.needledrop.discogs.api.Sort;
import dev.needledrop.discogs.api.SortOrder;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

/**
 * Filters and sorts discographies and master versions, the same way for the stub server and the
 * in-memory fakes.
 *
 * <p>Text sorts ignore case; sorting is stable, so equal entries keep the order they were added in,
 * also when descending. Filters compare whole values ignoring case: a format matches a major format
 * or one of the comma-separated descriptions, a label one of the comma-separated labels, and {@code
 * released} the start of the release date (a year matches every date in it).
 */
public final class Listings {

  private Listings() {}

  /** Returns the discography in the given order, or as added when no sort is given. */
  public static <T> List<T> sortArtistReleases(
      List<T> items, Function<T, ArtistReleaseKeys> keys, Optional<Sort<ArtistReleaseSort>> sort) {
    if (sort.isEmpty()) {
      return List.copyOf(items);
    }
    Comparator<ArtistReleaseKeys> order = artistReleaseOrder(sort.get().key());
    return sorted(items, keys, order, sort.get().order());
  }

  /** Returns the versions matching the query's filters, in the query's order. */
  public static <T> List<T> selectVersions(
      List<T> items, Function<T, VersionKeys> keys, MasterVersionsQuery query) {
    List<T> matching = items.stream().filter(item -> matches(keys.apply(item), query)).toList();
    if (query.sort().isEmpty()) {
      return matching;
    }
    Sort<MasterVersionSort> sort = query.sort().get();
    return sorted(matching, keys, versionOrder(sort.key()), sort.order());
  }

  private static <T, K> List<T> sorted(
      List<T> items, Function<T, K> keys, Comparator<K> order, SortOrder direction) {
    Comparator<T> byKeys = Comparator.comparing(keys, order);
    List<T> sorted = new ArrayList<>(items);
    sorted.sort(direction == SortOrder.DESC ? byKeys.reversed() : byKeys);
    return List.copyOf(sorted);
  }

  private static Comparator<ArtistReleaseKeys> artistReleaseOrder(ArtistReleaseSort key) {
    return switch (key) {
      case YEAR -> Comparator.comparingInt(ArtistReleaseKeys::year);
      case TITLE -> text(ArtistReleaseKeys::title);
      case FORMAT -> text(ArtistReleaseKeys::format);
    };
  }

  private static Comparator<VersionKeys> versionOrder(MasterVersionSort key) {
    return switch (key) {
      case RELEASED -> text(VersionKeys::released);
      case TITLE -> text(VersionKeys::title);
      case FORMAT -> text(VersionKeys::format);
      case LABEL -> text(VersionKeys::label);
      case CATNO -> text(VersionKeys::catno);
      case COUNTRY -> text(VersionKeys::country);
    };
  }

  private static <K> Comparator<K> text(Function<K, String> field) {
    return Comparator.comparing(field, String.CASE_INSENSITIVE_ORDER);
  }

  private static boolean matches(VersionKeys version, MasterVersionsQuery query) {
    return query.format().map(format -> hasFormat(version, format)).orElse(true)
        && query.label().map(label -> anyPart(version.label(), label)).orElse(true)
        && query.released().map(year -> version.released().startsWith(year.trim())).orElse(true)
        && query
            .country()
            .map(country -> version.country().equalsIgnoreCase(country.trim()))
            .orElse(true);
  }

  private static boolean hasFormat(VersionKeys version, String format) {
    return version.majorFormats().stream().anyMatch(major -> major.equalsIgnoreCase(format.trim()))
        || anyPart(version.format(), format);
  }

  private static boolean anyPart(String commaSeparated, String wanted) {
    return Arrays.stream(commaSeparated.split(","))
        .anyMatch(part -> part.trim().equalsIgnoreCase(wanted.trim()));
  }
}
