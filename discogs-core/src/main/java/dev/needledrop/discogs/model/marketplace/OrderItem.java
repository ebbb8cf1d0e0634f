package dev.needledrop.discogs.model.marketplace;

import dev.needledrop.discogs.internal.Values;
import dev.needledrop.discogs.model.Money;
import dev.needledrop.discogs.model.ReleaseId;
import java.util.Objects;
import java.util.Optional;

/**
 * One item of an order: the listing bought, its release and price.
 *
 * @param listingId the listing the item was bought from
 * @param releaseDescription the release as one line, such as {@code "Artist - Title (2x12\")"}
 */
public record OrderItem(
    ListingId listingId,
    ReleaseId releaseId,
    String releaseDescription,
    Optional<Money> price,
    Optional<MediaCondition> mediaCondition,
    Optional<SleeveCondition> sleeveCondition) {

  /** Creates an item, reading absent parts as empty. */
  public OrderItem {
    Objects.requireNonNull(listingId, "listingId");
    Objects.requireNonNull(releaseId, "releaseId");
    releaseDescription = Values.text(releaseDescription);
    price = Values.optional(price);
    mediaCondition = Values.optional(mediaCondition);
    sleeveCondition = Values.optional(sleeveCondition);
  }
}
