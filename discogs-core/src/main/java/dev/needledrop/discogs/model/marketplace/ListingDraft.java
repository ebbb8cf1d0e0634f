package dev.needledrop.discogs.model.marketplace;

import dev.needledrop.discogs.internal.Values;
import dev.needledrop.discogs.model.Money;
import dev.needledrop.discogs.model.ReleaseId;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What a seller writes to create or edit a listing: the release, its condition and price, and the
 * optional details.
 *
 * <p>Every value is checked here, before anything is sent: the conditions must be ones Discogs
 * grades with, the status For Sale or Draft, the price positive with at most two decimals, weights
 * and quantities not negative. The price is in the seller's own currency (the currency of their
 * Discogs settings) and keeps its exact decimals; Discogs refuses decimals the currency does not
 * have, such as any for JPY. Optional parts left empty are not sent, so an edit leaves them as they
 * are.
 *
 * <pre>{@code
 * ListingDraft draft =
 *     ListingDraft.builder(ReleaseId.of(249504), MediaCondition.NEAR_MINT, new BigDecimal("21.00"))
 *         .sleeveCondition(SleeveCondition.GENERIC)
 *         .comments("Plays fine.")
 *         .build();
 * }</pre>
 *
 * @param status For Sale or Draft; empty leaves an edited listing's status as it is (a new listing
 *     is then for sale)
 * @param weight the shipping weight in grams, or {@link Amount#auto()} to let Discogs estimate it
 * @param formatQuantity how many items the listing counts as for shipping, or {@link Amount#auto()}
 */
public record ListingDraft(
    ReleaseId releaseId,
    MediaCondition condition,
    Optional<SleeveCondition> sleeveCondition,
    BigDecimal price,
    Optional<String> comments,
    Optional<Boolean> allowOffers,
    Optional<ListingStatus> status,
    Optional<String> externalId,
    Optional<String> location,
    Optional<Amount> weight,
    Optional<Amount> formatQuantity) {

  private static final int MAX_DECIMALS = 2;

  /** Creates a draft, refusing values Discogs would not accept. */
  public ListingDraft {
    Objects.requireNonNull(releaseId, "releaseId");
    Objects.requireNonNull(condition, "condition").requireKnown("condition");
    sleeveCondition = Values.optional(sleeveCondition);
    sleeveCondition.ifPresent(sleeve -> sleeve.requireKnown("sleeveCondition"));
    price = requirePrice(price);
    comments = Values.optional(comments);
    allowOffers = Values.optional(allowOffers);
    status = Values.optional(status);
    status.ifPresent(value -> value.requireSettable("status"));
    externalId = Values.optional(externalId);
    location = Values.optional(location);
    weight = Values.optional(weight);
    formatQuantity = Values.optional(formatQuantity);
  }

  /** Starts a draft for a new listing, for sale unless said otherwise. */
  public static Builder builder(ReleaseId release, MediaCondition condition, BigDecimal price) {
    return new Builder(release, condition, price).status(ListingStatus.FOR_SALE);
  }

  /**
   * Starts a draft holding everything a listing shows, to edit some of it: the seller's own price,
   * the conditions, comments, offers, and the private details the seller sees. The status is kept
   * when it can be set (For Sale or Draft) and left out otherwise.
   *
   * @throws IllegalArgumentException when the listing has no price or a condition Discogs does not
   *     grade with
   */
  public static Builder from(Listing listing) {
    Money price =
        listing
            .sellerPrice()
            .orElseThrow(() -> new IllegalArgumentException("the listing has no price to keep"));
    Builder builder =
        new Builder(listing.release().id(), listing.condition(), price.amount())
            .comments(listing.comments())
            .allowOffers(listing.allowOffers());
    listing.sleeveCondition().ifPresent(builder::sleeveCondition);
    if (ListingStatus.settable().contains(listing.status())) {
      builder.status(listing.status());
    }
    listing.externalId().ifPresent(builder::externalId);
    listing.location().ifPresent(builder::location);
    listing.formatQuantity().ifPresent(builder::formatQuantity);
    listing.weight().flatMap(ListingDraft::wholeGrams).ifPresent(builder::weight);
    return builder;
  }

  /** Returns a builder holding this draft's values. */
  public Builder toBuilder() {
    Builder builder = new Builder(releaseId, condition, price);
    builder.sleeveCondition = sleeveCondition;
    builder.comments = comments;
    builder.allowOffers = allowOffers;
    builder.status = status;
    builder.externalId = externalId;
    builder.location = location;
    builder.weight = weight;
    builder.formatQuantity = formatQuantity;
    return builder;
  }

  private static Optional<Integer> wholeGrams(BigDecimal grams) {
    try {
      return Optional.of(grams.intValueExact());
    } catch (ArithmeticException fractionOrTooLarge) {
      return Optional.empty();
    }
  }

  private static BigDecimal requirePrice(BigDecimal price) {
    Objects.requireNonNull(price, "price");
    if (price.signum() <= 0) {
      throw new IllegalArgumentException(
          "price must be positive, but was " + price.toPlainString());
    }
    // No Discogs currency has units smaller than a cent; the yen has none below one, which only
    // the server, knowing the seller's currency, can check.
    if (price.stripTrailingZeros().scale() > MAX_DECIMALS) {
      throw new IllegalArgumentException(
          "price must have at most "
              + MAX_DECIMALS
              + " decimals (cents; whole yen for JPY), but was "
              + price.toPlainString());
    }
    // A negative scale (1E+2) would print with an exponent; the same number at scale 0 does not.
    return price.scale() < 0 ? price.setScale(0) : price;
  }

  /**
   * A whole number of grams or items, or {@code auto} to let Discogs work it out.
   *
   * @param value the number; empty for {@code auto}
   */
  public record Amount(OptionalInt value) {

    private static final Amount AUTO = new Amount(OptionalInt.empty());

    /** Creates an amount, refusing a negative number. */
    public Amount {
      value = Values.optional(value);
      if (value.isPresent() && value.getAsInt() < 0) {
        throw new IllegalArgumentException(
            "amount must not be negative, but was " + value.getAsInt());
      }
    }

    /** Returns the given number. */
    public static Amount of(int value) {
      return new Amount(OptionalInt.of(value));
    }

    /** Returns {@code auto}: Discogs works the number out. */
    public static Amount auto() {
      return AUTO;
    }

    /** Tells whether Discogs is to work the number out. */
    public boolean isAuto() {
      return value.isEmpty();
    }

    @Override
    public String toString() {
      return isAuto() ? "auto" : Integer.toString(value.getAsInt());
    }
  }

  /** Builds a {@link ListingDraft}; every setter replaces the value it names. */
  public static final class Builder {

    private final ReleaseId releaseId;
    private final MediaCondition condition;
    private BigDecimal price;
    private Optional<SleeveCondition> sleeveCondition = Optional.empty();
    private Optional<String> comments = Optional.empty();
    private Optional<Boolean> allowOffers = Optional.empty();
    private Optional<ListingStatus> status = Optional.empty();
    private Optional<String> externalId = Optional.empty();
    private Optional<String> location = Optional.empty();
    private Optional<Amount> weight = Optional.empty();
    private Optional<Amount> formatQuantity = Optional.empty();

    private Builder(ReleaseId releaseId, MediaCondition condition, BigDecimal price) {
      this.releaseId = releaseId;
      this.condition = condition;
      this.price = price;
    }

    /** Sets the price, in the seller's currency. */
    public Builder price(BigDecimal value) {
      this.price = value;
      return this;
    }

    /** Sets the sleeve condition. */
    public Builder sleeveCondition(SleeveCondition value) {
      this.sleeveCondition = Optional.of(value);
      return this;
    }

    /** Sets the comments shown to buyers. */
    public Builder comments(String value) {
      this.comments = Optional.of(value);
      return this;
    }

    /** Sets whether buyers may make offers. */
    public Builder allowOffers(boolean value) {
      this.allowOffers = Optional.of(value);
      return this;
    }

    /** Sets the status: For Sale or Draft. */
    public Builder status(ListingStatus value) {
      this.status = Optional.of(value);
      return this;
    }

    /** Sets the seller's private note. */
    public Builder externalId(String value) {
      this.externalId = Optional.of(value);
      return this;
    }

    /** Sets the seller's private storage location. */
    public Builder location(String value) {
      this.location = Optional.of(value);
      return this;
    }

    /** Sets the shipping weight in grams. */
    public Builder weight(int grams) {
      this.weight = Optional.of(Amount.of(grams));
      return this;
    }

    /** Lets Discogs estimate the shipping weight. */
    public Builder autoWeight() {
      this.weight = Optional.of(Amount.auto());
      return this;
    }

    /** Sets how many items the listing counts as for shipping. */
    public Builder formatQuantity(int count) {
      this.formatQuantity = Optional.of(Amount.of(count));
      return this;
    }

    /** Lets Discogs work out how many items the listing counts as. */
    public Builder autoFormatQuantity() {
      this.formatQuantity = Optional.of(Amount.auto());
      return this;
    }

    /**
     * Builds the draft.
     *
     * @throws IllegalArgumentException for a value Discogs would not accept
     */
    public ListingDraft build() {
      return new ListingDraft(
          releaseId,
          condition,
          sleeveCondition,
          price,
          comments,
          allowOffers,
          status,
          externalId,
          location,
          weight,
          formatQuantity);
    }
  }
}
