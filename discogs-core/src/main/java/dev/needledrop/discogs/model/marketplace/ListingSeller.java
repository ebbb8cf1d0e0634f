package dev.needledrop.discogs.model.marketplace;

import dev.needledrop.discogs.internal.Values;
import dev.needledrop.discogs.model.Username;
import java.math.BigDecimal;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The seller of a listing, with the terms Discogs shows next to it.
 *
 * @param htmlUrl the seller's page on the Discogs website, empty when not sent
 * @param payment the payment methods the seller accepts, as free text
 * @param shipping the seller's shipping terms, as free text
 * @param minOrderTotal the smallest order the seller accepts, in the seller's currency
 */
public record ListingSeller(
    Username username,
    OptionalLong id,
    String avatarUrl,
    String htmlUrl,
    String payment,
    String shipping,
    Optional<BigDecimal> minOrderTotal,
    Optional<SellerStats> stats) {

  /** Creates the seller, reading absent parts as empty. */
  public ListingSeller {
    Objects.requireNonNull(username, "username");
    id = Values.optional(id);
    avatarUrl = Values.text(avatarUrl);
    htmlUrl = Values.text(htmlUrl);
    payment = Values.text(payment);
    shipping = Values.text(shipping);
    minOrderTotal = Values.optional(minOrderTotal);
    stats = Values.optional(stats);
  }

  /** Returns a seller known by name only. */
  public static ListingSeller of(String username) {
    return new ListingSeller(
        Username.of(username),
        OptionalLong.empty(),
        "",
        "",
        "",
        "",
        Optional.empty(),
        Optional.empty());
  }
}
