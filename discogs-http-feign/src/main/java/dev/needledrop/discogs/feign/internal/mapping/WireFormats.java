package dev.needledrop.discogs.feign.internal.mapping;

import dev.needledrop.discogs.model.ArtistId;
import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.model.LabelId;
import dev.needledrop.discogs.model.MasterId;
import dev.needledrop.discogs.model.Money;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.Timestamp;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.model.database.PartialDate;
import dev.needledrop.discogs.model.database.TrackDuration;
import dev.needledrop.discogs.model.database.TrackPosition;
import dev.needledrop.discogs.model.database.TrackType;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.mapstruct.Context;
import org.mapstruct.Named;

/**
 * Conversions from Discogs' wire values to domain values, used by every mapper.
 *
 * <p>Named conversions read Discogs' free-text and sentinel formats and are asked for by name where
 * a field needs them: partial dates, track positions, durations and types, timestamps, years and
 * ids where {@code 0} means "none", and prices. The unnamed ones wrap plain values in the domain's
 * optionals and typed ids.
 */
public final class WireFormats {

  private WireFormats() {}

  /** Reads {@code "1987"}, {@code "1987-07-00"} or {@code ""}; the raw text is kept. */
  @Named("partialDate")
  public static PartialDate partialDate(String raw) {
    return PartialDate.of(raw);
  }

  /** Reads a free-text tracklist position such as {@code "A1"} or {@code "CD1-3"}. */
  @Named("trackPosition")
  public static TrackPosition trackPosition(String raw) {
    return TrackPosition.of(raw);
  }

  /** Reads a duration such as {@code "4:08"} or {@code "1:02:03"}. */
  @Named("trackDuration")
  public static TrackDuration trackDuration(String raw) {
    return TrackDuration.of(raw);
  }

  /** Reads the {@code type_} of a tracklist entry; absent reads as a track. */
  @Named("trackType")
  public static TrackType trackType(String raw) {
    return TrackType.of(raw);
  }

  /** Reads a timestamp, keeping its raw text; blank reads as absent. */
  @Named("timestamp")
  public static Optional<Timestamp> timestamp(String raw) {
    return raw == null || raw.isBlank() ? Optional.empty() : Optional.of(Timestamp.of(raw));
  }

  /** Reads a year; Discogs writes {@code 0} where the year is unknown. */
  @Named("year")
  public static OptionalInt year(Integer year) {
    return year == null || year <= 0 ? OptionalInt.empty() : OptionalInt.of(year);
  }

  /** Reads a year sent as text, as search does; {@code ""} and other text read as absent. */
  @Named("yearText")
  public static OptionalInt yearText(String year) {
    if (year == null || !year.trim().matches("\\d{1,4}")) {
      return OptionalInt.empty();
    }
    return year(Integer.parseInt(year.trim()));
  }

  /** Reads a master id; {@code 0} and {@code null} mean the release has no master. */
  @Named("optionalMasterId")
  public static Optional<MasterId> optionalMasterId(Long id) {
    return MasterId.optionalOf(id);
  }

  /** Reads a release id that may be absent or {@code 0}. */
  @Named("optionalReleaseId")
  public static Optional<ReleaseId> optionalReleaseId(Long id) {
    return ReleaseId.optionalOf(id);
  }

  /** Reads a credited artist's id, absent for the rare credit without an artist page. */
  @Named("optionalArtistId")
  public static Optional<ArtistId> optionalArtistId(Long id) {
    return ArtistId.optionalOf(id);
  }

  /** Reads a credited label's or company's id, absent when Discogs sent none. */
  @Named("optionalLabelId")
  public static Optional<LabelId> optionalLabelId(Long id) {
    return LabelId.optionalOf(id);
  }

  /** Reads a price in the currency the call asked for; {@code null} means nothing is for sale. */
  @Named("money")
  public static Optional<Money> money(BigDecimal amount, @Context Currency currency) {
    return amount == null ? Optional.empty() : Optional.of(new Money(amount, currency));
  }

  /** Reads a release id the wire object cannot lack (its DTO checked it). */
  public static ReleaseId releaseId(Long id) {
    return ReleaseId.of(id);
  }

  /** Reads a master id the wire object cannot lack. */
  public static MasterId masterId(Long id) {
    return MasterId.of(id);
  }

  /** Reads an artist id the wire object cannot lack. */
  public static ArtistId artistId(Long id) {
    return ArtistId.of(id);
  }

  /** Reads a label id the wire object cannot lack. */
  public static LabelId labelId(Long id) {
    return LabelId.of(id);
  }

  /** Reads a username the wire object cannot lack. */
  public static Username username(String username) {
    return Username.of(username);
  }

  /** Tells whether the text can name a Discogs user. */
  public static boolean isUsername(String username) {
    try {
      Username.of(username);
      return true;
    } catch (IllegalArgumentException | NullPointerException notAUsername) {
      return false;
    }
  }

  /** Reads a number that may be absent. */
  public static OptionalInt optionalInt(Integer value) {
    return value == null ? OptionalInt.empty() : OptionalInt.of(value);
  }

  /** Reads a number that may be absent. */
  public static OptionalLong optionalLong(Long value) {
    return value == null ? OptionalLong.empty() : OptionalLong.of(value);
  }

  /** Reads a flag that may be absent. */
  public static Optional<Boolean> optionalFlag(Boolean value) {
    return Optional.ofNullable(value);
  }

  /** Reads a length in seconds; absent or negative reads as zero. */
  public static Duration seconds(Integer seconds) {
    return seconds == null || seconds < 0 ? Duration.ZERO : Duration.ofSeconds(seconds);
  }
}
