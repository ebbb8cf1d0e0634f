package dev.needledrop.discogs.model.marketplace;

import dev.needledrop.discogs.internal.Values;
import dev.needledrop.discogs.model.Money;
import dev.needledrop.discogs.model.Timestamp;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A marketplace listing: one copy of a release offered for sale by a seller.
 *
 * <p>Amounts are exact decimals in the currency Discogs names beside them. The last five components
 * are seen by the listing's seller only: for anyone else they are empty.
 *
 * @param price the price in the currency asked for (or the caller's own)
 * @param originalPrice the price in the seller's currency, as the seller set it
 * @param shippingPrice the shipping price in the currency asked for; empty when Discogs sent none
 *     or an empty object
 * @param originalShippingPrice the shipping price in the seller's currency
 * @param offerSubmitted whether the caller has made an offer, when Discogs says
 * @param condition the media condition; empty text when Discogs sent none
 * @param sleeveCondition the sleeve condition, empty when the seller gave none
 * @param comments the seller's comments shown to buyers
 * @param shipsFrom the country the item ships from
 * @param uri the listing's page on the Discogs website
 * @param inCart whether the item is in the caller's cart; only for logged-in callers
 * @param weight the shipping weight in grams (seller only)
 * @param formatQuantity how many items the listing counts as for shipping (seller only)
 * @param externalId the seller's private note (seller only)
 * @param location the seller's private storage location (seller only)
 * @param quantity how many copies the listing offers (seller only)
 */
public record Listing(
    ListingId id,
    ListingStatus status,
    Optional<Money> price,
    Optional<OriginalPrice> originalPrice,
    Optional<Money> shippingPrice,
    Optional<OriginalPrice> originalShippingPrice,
    boolean allowOffers,
    Optional<Boolean> offerSubmitted,
    MediaCondition condition,
    Optional<SleeveCondition> sleeveCondition,
    String comments,
    String shipsFrom,
    Optional<Timestamp> posted,
    boolean audio,
    String uri,
    ListingSeller seller,
    ListingRelease release,
    Optional<Boolean> inCart,
    Optional<BigDecimal> weight,
    OptionalInt formatQuantity,
    Optional<String> externalId,
    Optional<String> location,
    OptionalInt quantity) {

  /** Creates a listing, reading absent parts as empty. */
  public Listing {
    Objects.requireNonNull(id, "id");
    status = status == null ? ListingStatus.of("") : status;
    price = Values.optional(price);
    originalPrice = Values.optional(originalPrice);
    shippingPrice = Values.optional(shippingPrice);
    originalShippingPrice = Values.optional(originalShippingPrice);
    offerSubmitted = Values.optional(offerSubmitted);
    condition = condition == null ? MediaCondition.of("") : condition;
    sleeveCondition = Values.optional(sleeveCondition);
    comments = Values.text(comments);
    shipsFrom = Values.text(shipsFrom);
    posted = Values.optional(posted);
    uri = Values.text(uri);
    Objects.requireNonNull(seller, "seller");
    Objects.requireNonNull(release, "release");
    inCart = Values.optional(inCart);
    weight = Values.optional(weight);
    formatQuantity = Values.optional(formatQuantity);
    externalId = Values.optional(externalId);
    location = Values.optional(location);
    quantity = Values.optional(quantity);
  }

  /**
   * Returns the price as the seller set it, in the seller's currency: the original price when
   * Discogs sent one, otherwise the price.
   */
  public Optional<Money> sellerPrice() {
    return originalPrice.map(OriginalPrice::amount).or(() -> price);
  }

  /** Tells whether the listing can still be edited: for sale, a draft, or expired. */
  public boolean isEditable() {
    return status.isEditable();
  }
}
