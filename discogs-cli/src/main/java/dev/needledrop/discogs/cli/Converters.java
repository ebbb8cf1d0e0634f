package dev.needledrop.discogs.cli;

import dev.needledrop.discogs.model.ArtistId;
import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.model.LabelId;
import dev.needledrop.discogs.model.MasterId;
import dev.needledrop.discogs.model.ReleaseId;
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
        .registerConverter(Currency.class, Converters::currency);
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

  private static Currency currency(String code) {
    try {
      return Currency.of(code).requireDiscogsCurrency();
    } catch (IllegalArgumentException refused) {
      throw new TypeConversionException(refused.getMessage());
    }
  }
}
