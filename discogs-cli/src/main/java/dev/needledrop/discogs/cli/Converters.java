package dev.needledrop.discogs.cli;

import dev.needledrop.discogs.api.CollectionSort;
import dev.needledrop.discogs.api.InventorySort;
import dev.needledrop.discogs.api.OrderSort;
import dev.needledrop.discogs.api.SortOrder;
import dev.needledrop.discogs.model.ArtistId;
import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.model.FolderId;
import dev.needledrop.discogs.model.LabelId;
import dev.needledrop.discogs.model.MasterId;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.model.database.SearchType;
import dev.needledrop.discogs.model.inventory.UploadType;
import dev.needledrop.discogs.model.marketplace.ListingId;
import dev.needledrop.discogs.model.marketplace.ListingStatus;
import dev.needledrop.discogs.model.marketplace.OrderStatus;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.stream.Collectors;
import picocli.CommandLine;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * Reads the SDK's typed values from the command line, so that bad ones are usage errors worded for
 * the command line rather than for Java.
 *
 * <p>Messages of option values start with what the value must be ("must be one of ..."), and {@link
 * Failures} puts the option's name in front; messages of ids stand alone ("0 is not an artist id:
 * ...").
 */
final class Converters {

  /** An example of a base URL, the real API's. */
  static final String EXAMPLE_BASE_URL = "https://api.discogs.com";

  private Converters() {}

  /** Registers the converters with the command line and its commands. */
  static void register(CommandLine commandLine) {
    commandLine
        .registerConverter(ReleaseId.class, id("a release", ReleaseId::of))
        .registerConverter(MasterId.class, id("a master", MasterId::of))
        .registerConverter(ArtistId.class, id("an artist", ArtistId::of))
        .registerConverter(LabelId.class, id("a label", LabelId::of))
        .registerConverter(Currency.class, Converters::currency)
        .registerConverter(SearchType.class, Converters::searchType)
        .registerConverter(URI.class, Converters::baseUrl)
        .registerConverter(Integer.class, Converters::wholeNumber)
        .registerConverter(Integer.TYPE, Converters::wholeNumber)
        .registerConverter(FolderId.class, Converters::folder)
        .registerConverter(Username.class, Converters::username)
        .registerConverter(ListingId.class, id("a listing", ListingId::of))
        .registerConverter(UploadType.class, Converters::uploadType)
        .registerConverter(Instant.class, Converters::instant)
        .registerConverter(SortOrder.class, wireName(SortOrder.values(), SortOrder::wireName))
        .registerConverter(
            CollectionSort.class, wireName(CollectionSort.values(), CollectionSort::wireName))
        .registerConverter(
            InventorySort.class, wireName(InventorySort.values(), InventorySort::wireName))
        .registerConverter(OrderSort.class, wireName(OrderSort.values(), OrderSort::wireName))
        .registerConverter(
            ListingStatus.class, status(listingStatuses(), ListingStatus::value, ListingStatus::of))
        .registerConverter(
            OrderStatus.class, status(OrderStatus.values(), OrderStatus::value, OrderStatus::of));
  }

  /** Returns the listing statuses {@code --status} takes: the seven statuses, then All. */
  static List<ListingStatus> listingStatuses() {
    List<ListingStatus> statuses = new ArrayList<>(ListingStatus.values());
    statuses.add(ListingStatus.ALL);
    return List.copyOf(statuses);
  }

  // Choices as the help lists them, in lower case, whatever case they are typed in.
  private static <E> ITypeConverter<E> wireName(E[] values, Function<E, String> wire) {
    return text ->
        Arrays.stream(values)
            .filter(value -> wire.apply(value).equalsIgnoreCase(text.strip()))
            .findFirst()
            .orElseThrow(() -> choices(Arrays.asList(values), wire, text));
  }

  // Discogs' exact status texts, typed in any case and spacing: "for sale" is For Sale.
  private static <S> ITypeConverter<S> status(
      List<S> known, Function<S, String> wire, Function<String, S> factory) {
    return text -> {
      String typed = text.strip().replaceAll("\\s+", " ");
      return known.stream()
          .filter(status -> wire.apply(status).equalsIgnoreCase(typed))
          .findFirst()
          .map(status -> factory.apply(wire.apply(status)))
          .orElseThrow(() -> choices(known, wire, text));
    };
  }

  private static <E> TypeConversionException choices(
      List<E> values, Function<E, String> wire, String text) {
    return new TypeConversionException(
        "must be one of "
            + values.stream().map(wire).collect(Collectors.joining(", "))
            + ", but was '"
            + text
            + "'");
  }

  private static <T> ITypeConverter<T> id(String kind, LongFunction<T> factory) {
    return text -> {
      String digits = text.strip();
      if (!digits.matches("\\d+") || digits.matches("0+")) {
        throw new TypeConversionException(
            text + " is not " + kind + " id: ids are positive whole numbers");
      }
      try {
        return factory.apply(Long.parseLong(digits));
      } catch (NumberFormatException tooLong) {
        throw new TypeConversionException(text + " is too large for " + kind + " id");
      }
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
      Currency currency = Currency.of(code);
      if (currency.isDiscogsCurrency()) {
        return currency;
      }
    } catch (IllegalArgumentException malformed) {
      // Refused below with the same words.
    }
    String codes =
        Currency.discogsCurrencies().stream().map(Currency::code).collect(Collectors.joining(", "));
    throw new TypeConversionException("must be one of " + codes + ", but was '" + code + "'");
  }

  private static SearchType searchType(String name) {
    return SearchType.fromWire(name.strip().toLowerCase(Locale.ROOT))
        .orElseThrow(
            () ->
                new TypeConversionException(
                    "must be one of "
                        + Arrays.stream(SearchType.values())
                            .map(SearchType::wireName)
                            .collect(Collectors.joining(", "))
                        + ", but was '"
                        + name
                        + "'"));
  }

  private static URI baseUrl(String text) {
    URI url = parsedUrl(text);
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (url.getRawUserInfo() != null) {
      throw new TypeConversionException(
          "must not hold a user name or password: give a token with DISCOGS_TOKEN or log in");
    }
    if (url.getRawQuery() != null || url.getRawFragment() != null) {
      throw new TypeConversionException(
          "must have no query or fragment: give a token with DISCOGS_TOKEN, not in the URL");
    }
    if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
      throw notAUrl(text);
    }
    if (url.getPort() == 0 || url.getPort() > 65_535) {
      throw new TypeConversionException(
          "must have a port from 1 to 65535, but had " + url.getPort());
    }
    return url;
  }

  private static URI parsedUrl(String text) {
    try {
      return new URI(text.strip());
    } catch (URISyntaxException malformed) {
      throw notAUrl(text);
    }
  }

  private static TypeConversionException notAUrl(String text) {
    // The text is quoted only up to its query, which may hold a token.
    int query = text.indexOf('?');
    String shown = query < 0 ? text : text.substring(0, query) + "?...";
    return new TypeConversionException(
        "must be an http or https URL, such as " + EXAMPLE_BASE_URL + ", but was '" + shown + "'");
  }

  private static Integer wholeNumber(String text) {
    try {
      return Integer.valueOf(text.strip());
    } catch (NumberFormatException notANumber) {
      throw new TypeConversionException("must be a whole number, but was '" + text + "'");
    }
  }
}
