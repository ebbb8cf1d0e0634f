package dev.needledrop.discogs.model.marketplace;

import dev.needledrop.discogs.internal.Values;
import dev.needledrop.discogs.model.Money;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What the marketplace currently offers of a release. Discogs sends no price and no count when
 * nothing is for sale or selling the release is blocked.
 *
 * @param lowestPrice the lowest price, in the currency asked for
 * @param numForSale how many copies are for sale
 * @param blockedFromSale whether Discogs forbids selling the release, when it says
 */
public record MarketplaceStats(
    Optional<Money> lowestPrice, OptionalInt numForSale, Optional<Boolean> blockedFromSale) {

  /** Creates the stats, reading absent parts as empty. */
  public MarketplaceStats {
    lowestPrice = Values.optional(lowestPrice);
    numForSale = Values.optional(numForSale);
    blockedFromSale = Values.optional(blockedFromSale);
  }

  /** Tells whether any copy is for sale. */
  public boolean hasCopiesForSale() {
    return numForSale.orElse(0) > 0;
  }
}
