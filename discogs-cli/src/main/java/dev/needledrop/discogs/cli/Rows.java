package dev.needledrop.discogs.cli;

import dev.needledrop.discogs.model.Timestamp;
import dev.needledrop.discogs.model.database.EntityCredit;
import dev.needledrop.discogs.model.database.Format;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/** Cells that the collection and wantlist tables and the CSV export share. */
final class Rows {

  private Rows() {}

  /** Returns the year, or nothing when unknown. */
  static String year(OptionalInt year) {
    return year.isPresent() ? Integer.toString(year.getAsInt()) : "";
  }

  /** Returns the formats, each with its descriptions, such as {@code Vinyl LP, Album}. */
  static String formats(List<Format> formats) {
    return Summaries.joined(
        formats.stream()
            .map(
                format ->
                    format.descriptions().isEmpty()
                        ? format.name()
                        : format.name() + " " + String.join(", ", format.descriptions()))
            .toList());
  }

  /** Returns the labels' names. */
  static String labels(List<EntityCredit> labels) {
    return Summaries.joined(labels.stream().map(EntityCredit::name).toList());
  }

  /** Returns the labels' catalogue numbers. */
  static String catalogueNumbers(List<EntityCredit> labels) {
    return Summaries.joined(labels.stream().map(EntityCredit::catno).toList());
  }

  /** Returns a rating as stars out of five, or nothing when not rated. */
  static String rating(int stars) {
    return stars == 0 ? "" : stars + "/5";
  }

  /** Returns the day of a timestamp, such as {@code 2024-12-30}, or its text when unreadable. */
  static String day(Optional<Timestamp> timestamp) {
    return timestamp
        .map(
            time ->
                time.toOffsetDateTime()
                    .map(parsed -> parsed.toLocalDate().toString())
                    .orElse(time.raw()))
        .orElse("");
  }
}
