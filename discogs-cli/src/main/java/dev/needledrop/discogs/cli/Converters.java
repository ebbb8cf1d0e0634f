package dev.needledrop.discogs.cli;

import dev.needledrop.discogs.model.ArtistId;
import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.model.FolderId;
import dev.needledrop.discogs.model.LabelId;
import dev.needledrop.discogs.model.MasterId;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.Username;
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
        .registerConverter(Username.class, Converters::username);
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

  private static Currency currency(String code) {
    try {
      return Currency.of(code).requireDiscogsCurrency();
    } catch (IllegalArgumentException refused) {
      throw new TypeConversionException(refused.getMessage());
    }
  }
}
