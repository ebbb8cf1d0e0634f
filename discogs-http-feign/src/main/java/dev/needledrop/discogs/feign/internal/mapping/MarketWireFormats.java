package dev.needledrop.discogs.feign.internal.mapping;

import dev.needledrop.discogs.feign.internal.dto.PriceDto;
import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.model.Money;
import dev.needledrop.discogs.model.inventory.ExportId;
import dev.needledrop.discogs.model.inventory.JobStatus;
import dev.needledrop.discogs.model.inventory.UploadId;
import dev.needledrop.discogs.model.inventory.UploadType;
import dev.needledrop.discogs.model.marketplace.ListingId;
import dev.needledrop.discogs.model.marketplace.ListingStatus;
import dev.needledrop.discogs.model.marketplace.MediaCondition;
import dev.needledrop.discogs.model.marketplace.OrderId;
import dev.needledrop.discogs.model.marketplace.OrderMessageType;
import dev.needledrop.discogs.model.marketplace.OrderStatus;
import dev.needledrop.discogs.model.marketplace.SleeveCondition;
import java.math.BigDecimal;
import java.util.Optional;
import org.mapstruct.Named;

/**
 * Conversions of the marketplace's and inventory's wire values: money objects, the open value types
 * (conditions, statuses, job types) kept as sent, and the typed ids.
 */
public final class MarketWireFormats {

  private MarketWireFormats() {}

  /**
   * Reads a {@code {"currency", "value"}} object; the empty object Discogs sends for a missing
   * shipping price, and an amount in text that is not a currency code, read as absent.
   */
  public static Optional<Money> money(PriceDto price) {
    if (price == null) {
      return Optional.empty();
    }
    return money(price.value(), price.currency());
  }

  /** Reads an amount and a currency code, absent when either is missing or malformed. */
  public static Optional<Money> money(BigDecimal amount, String currency) {
    if (amount == null || currency == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(new Money(amount, Currency.of(currency)));
    } catch (IllegalArgumentException notACurrencyCode) {
      return Optional.empty();
    }
  }

  /** Reads a listing status as sent; absent reads as empty text. */
  public static ListingStatus listingStatus(String value) {
    return ListingStatus.of(value == null ? "" : value);
  }

  /** Reads an order status as sent; absent reads as empty text. */
  public static OrderStatus orderStatus(String value) {
    return OrderStatus.of(value == null ? "" : value);
  }

  /** Reads a media condition as sent; absent reads as empty text. */
  public static MediaCondition mediaCondition(String value) {
    return MediaCondition.of(value == null ? "" : value);
  }

  /** Reads an optional media condition; absent or blank reads as none. */
  public static Optional<MediaCondition> optionalMediaCondition(String value) {
    return present(value).map(MediaCondition::of);
  }

  /** Reads an optional sleeve condition; absent or blank reads as none. */
  public static Optional<SleeveCondition> sleeveCondition(String value) {
    return present(value).map(SleeveCondition::of);
  }

  /** Reads an order message type as sent. */
  public static OrderMessageType messageType(String value) {
    return OrderMessageType.of(value);
  }

  /** Reads a job status as sent. */
  public static JobStatus jobStatus(String value) {
    return JobStatus.of(value);
  }

  /** Reads an upload type as sent. */
  public static UploadType uploadType(String value) {
    return UploadType.of(value);
  }

  /** Reads a listing id the wire object cannot lack. */
  public static ListingId listingId(Long id) {
    return ListingId.of(id);
  }

  /** Reads an order id the wire object cannot lack. */
  public static OrderId orderId(String id) {
    return OrderId.of(id);
  }

  /** Reads an export id the wire object cannot lack. */
  public static ExportId exportId(Long id) {
    return ExportId.of(id);
  }

  /** Reads an upload id the wire object cannot lack. */
  public static UploadId uploadId(Long id) {
    return UploadId.of(id);
  }

  /** Reads an optional amount. */
  public static Optional<BigDecimal> optionalDecimal(BigDecimal value) {
    return Optional.ofNullable(value);
  }

  /** Reads a text only the seller sees: absent when not sent, kept as sent (even empty) else. */
  public static Optional<String> optionalText(String value) {
    return Optional.ofNullable(value);
  }

  /** Reads a text that is meaningful only when not blank, such as a job's file name. */
  @Named("presentText")
  public static Optional<String> presentText(String value) {
    return present(value);
  }

  private static Optional<String> present(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }
}
