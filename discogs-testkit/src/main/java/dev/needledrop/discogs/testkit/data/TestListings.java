package dev.needledrop.discogs.testkit.data;

import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.model.Money;
import dev.needledrop.discogs.model.ReleaseId;
import dev.needledrop.discogs.model.Timestamp;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.model.marketplace.Listing;
import dev.needledrop.discogs.model.marketplace.ListingId;
import dev.needledrop.discogs.model.marketplace.ListingRelease;
import dev.needledrop.discogs.model.marketplace.ListingSeller;
import dev.needledrop.discogs.model.marketplace.ListingStatus;
import dev.needledrop.discogs.model.marketplace.MediaCondition;
import dev.needledrop.discogs.model.marketplace.OriginalPrice;
import dev.needledrop.discogs.model.marketplace.SleeveCondition;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * Builds {@link Listing} records for tests, with sensible defaults: for sale, Very Good Plus, 21.00
 * euros, with the private details its seller sees.
 *
 * <pre>{@code
 * Listing draft = TestListings.listing(3000001, "example_seller", 249504)
 *     .status(ListingStatus.DRAFT).price("18.50", Currency.USD).build();
 * }</pre>
 */
public final class TestListings {

  private TestListings() {}

  /** Starts a listing of the release, sold by the seller. */
  public static Builder listing(long id, String seller, long releaseId) {
    return new Builder(ListingId.of(id), seller, ReleaseId.of(releaseId));
  }

  /** Builds a listing; every setter replaces the value it names. */
  public static final class Builder {

    private final ListingId id;
    private final String seller;
    private final ReleaseId release;
    private ListingStatus status = ListingStatus.FOR_SALE;
    private Money price = Money.of("21.00", Currency.EUR);
    private MediaCondition condition = MediaCondition.VERY_GOOD_PLUS;
    private Optional<SleeveCondition> sleeve = Optional.of(SleeveCondition.GENERIC);
    private String comments = "Plays fine.";
    private String description = "Test Artist - Test Title (LP, Album)";
    private Optional<String> location = Optional.of("Shelf A");
    private Optional<String> externalId = Optional.of("note");

    private Builder(ListingId id, String seller, ReleaseId release) {
      this.id = id;
      this.seller = seller;
      this.release = release;
    }

    /** Sets the status. */
    public Builder status(ListingStatus value) {
      this.status = value;
      return this;
    }

    /** Sets the price (text such as {@code "21.00"}), as the seller set it. */
    public Builder price(String amount, Currency currency) {
      this.price = Money.of(amount, currency);
      return this;
    }

    /** Sets the media condition. */
    public Builder condition(MediaCondition value) {
      this.condition = value;
      return this;
    }

    /** Sets the sleeve condition. */
    public Builder sleeveCondition(SleeveCondition value) {
      this.sleeve = Optional.of(value);
      return this;
    }

    /** Sets the comments. */
    public Builder comments(String value) {
      this.comments = value;
      return this;
    }

    /** Sets the release's description. */
    public Builder description(String value) {
      this.description = value;
      return this;
    }

    /** Sets the private storage location. */
    public Builder location(String value) {
      this.location = Optional.of(value);
      return this;
    }

    /** Builds the listing as its seller sees it. */
    public Listing build() {
      return new Listing(
          id,
          status,
          Optional.of(price),
          Optional.of(
              new OriginalPrice(price, OptionalInt.empty(), price.toString(), Optional.empty())),
          Optional.empty(),
          Optional.empty(),
          false,
          Optional.empty(),
          condition,
          sleeve,
          comments,
          "Germany",
          Optional.of(Timestamp.of("2024-01-05T10:00:00-08:00")),
          false,
          "https://www.discogs.com/sell/item/" + id,
          new ListingSeller(
              Username.of(seller),
              OptionalLong.empty(),
              "",
              "",
              "",
              "",
              Optional.empty(),
              Optional.empty()),
          new ListingRelease(
              release,
              description,
              "",
              OptionalInt.of(1999),
              "CAT-1",
              "",
              "",
              "",
              "",
              List.of(),
              Optional.empty()),
          Optional.empty(),
          Optional.of(new BigDecimal("230")),
          OptionalInt.of(1),
          externalId,
          location,
          OptionalInt.of(1));
    }
  }
}
