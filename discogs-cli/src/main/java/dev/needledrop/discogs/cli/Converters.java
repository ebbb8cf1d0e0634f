package dev.needledrop.discogs.cli;

import dev.needledrop.discogs.model.ArtistId;
import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.model.FolderId;
import dev.needledrop.discogs.model.LabelId;
import dev.needledrop.discogs.model.MasterId;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.model.inventory.UploadType;
import dev.needledrop.discogs.model.marketplace.ListingId;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.function.LongFunction;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** Reads the SDK's typed values from the command line, so that bad ones are usage errors. */
final class Converters {

  private Converters() {}

  /** Registers the converters with the command line and its commands. */
  static void register(CommandLine commandLine) {
    commandLine
        .registerConverter(ReleaseId.class, id("release", ReleaseId::of))
        .registerConverter(MasterId.class, id("master", MasterId::of))
        .registerConverter(ArtistId.class, id("artist", ArtistId::of))
        .registerConverter(LabelId.class, id("label", LabelId::of))
        .registerConverter(Currency.class, Converters::currency)
        .registerConverter(FolderId.class, Converters::folder)
        .registerConverter(Username.class, Converters::username)
        .registerConverter(ListingId.class, id("listing", ListingId::of))
        .registerConverter(UploadType.class, Converters::uploadType)
        .registerConverter(Instant.class, Converters::instant);
  }

  private static <T> ITypeConverter<T> id(String kind, LongFunction<T> factory) {
    return text -> {
      long value;
      try {
        value = Long.parseLong(text.trim());
      } catch (NumberFormatException notANumber) {
        value = 0;
      }
      if (value <= 0) {
        throw new TypeConversionException(
            "'" + text + "' is not a " + kind + " id: ids are positive whole numbers");
      }
      return factory.apply(value);
    };
  }

  private static FolderId folder(String text) {
    try {
      return FolderId.of(Long.parseLong(text.trim()));
    } catch (IllegalArgumentException notAFolder) {
      throw new TypeConversionException(
          "'" + text + "' is not a folder id: folder ids are 0 (all), 1 or a larger whole number");
    }
  }

  private static Username username(String text) {
    try {
      return Username.of(text);
    } catch (IllegalArgumentException refused) {
      throw new TypeConversionException(refused.getMessage());
    }
  }

  private static UploadType uploadType(String text) {
    try {
      return UploadType.of(text.trim().toLowerCase(Locale.ROOT)).requireKnown("TYPE");
    } catch (IllegalArgumentException refused) {
      throw new TypeConversionException(refused.getMessage());
    }
  }

  // A day (2024-06-01, from its start in UTC) or an instant with its offset.
  private static Instant instant(String text) {
    String trimmed = text.trim();
    try {
      if (trimmed.matches("\\d{4}-\\d{2}-\\d{2}")) {
        return LocalDate.parse(trimmed).atStartOfDay(ZoneOffset.UTC).toInstant();
      }
      return OffsetDateTime.parse(trimmed).toInstant();
    } catch (DateTimeParseException malformed) {
      throw new TypeConversionException(
          "'" + text + "' is not a date such as 2024-06-01 or 2024-06-01T10:00:00Z");
    }
  }

  private static Currency currency(String code) {
    try {
      return Currency.of(code).requireDiscogsCurrency();
    } catch (IllegalArgumentException refused) {
      throw new TypeConversionException(refused.getMessage());
    }
  }
}
