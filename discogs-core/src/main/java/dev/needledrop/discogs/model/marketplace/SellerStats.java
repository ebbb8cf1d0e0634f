package dev.needledrop.discogs.model.marketplace;

import dev.needledrop.discogs.internal.Values;

/**
 * A seller's feedback as shown on a listing.
 *
 * @param rating the share of positive feedback as Discogs writes it, such as {@code "99.8"}
 * @param stars the star rating, from 0 to 5
 * @param total the number of ratings received
 */
public record SellerStats(String rating, double stars, int total) {

  /** Creates the stats, reading absent text as empty and a negative total as zero. */
  public SellerStats {
    rating = Values.text(rating);
    total = Values.count(total);
  }
}
