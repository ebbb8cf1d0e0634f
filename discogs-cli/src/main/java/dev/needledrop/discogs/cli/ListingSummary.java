package dev.needledrop.discogs.cli;

import dev.needledrop.discogs.model.Timestamp;
import dev.needledrop.discogs.model.marketplace.Listing;
import dev.needledrop.discogs.model.marketplace.ListingSeller;
import dev.needledrop.discogs.model.marketplace.OriginalPrice;
import dev.needledrop.discogs.model.marketplace.SleeveCondition;
import java.io.PrintWriter;
import java.util.Optional;

/** Prints a marketplace listing: the release, price, conditions, seller and comments. */
final class ListingSummary {

  private ListingSummary() {}

  /** Prints the summary; the private details appear only when Discogs sent them (to the seller). */
  static void print(Listing listing, PrintWriter out) {
    Summaries.title(listing.release().description(), out);
    new Fields()
        .add("Listing", listing.id() + " (release " + listing.release().id() + ")")
        .add("Status", listing.status().value())
        .add("Price", price(listing))
        .add("Shipping", MarketText.money(listing.shippingPrice()))
        .add("Condition", condition(listing))
        .add("Offers", listing.allowOffers() ? "accepted" : "")
        .add("Seller", seller(listing.seller()))
        .add("Ships from", listing.shipsFrom())
        .add("Posted", listing.posted().map(Timestamp::raw).orElse(""))
        .add("Location", listing.location().orElse(""))
        .add("Private", listing.externalId().orElse(""))
        .add(
            "Weight",
            listing
                .weight()
                .map(grams -> grams.stripTrailingZeros().toPlainString() + " g")
                .orElse(""))
        .add("Discogs", listing.uri())
        .printTo(out);
    Summaries.section("Comments", listing.comments(), out);
  }

  // "21.00 EUR", with the seller's own price beside a converted one: "25.20 USD (21.00 EUR)".
  private static String price(Listing listing) {
    String price = MarketText.money(listing.price());
    Optional<String> original =
        listing
            .originalPrice()
            .map(OriginalPrice::amount)
            .filter(amount -> listing.price().map(p -> !p.isSameAmountAs(amount)).orElse(true))
            .map(Prices::format);
    return original.map(text -> price.isEmpty() ? text : price + " (" + text + ")").orElse(price);
  }

  private static String condition(Listing listing) {
    String media = listing.condition().value();
    String sleeve = listing.sleeveCondition().map(SleeveCondition::value).orElse("");
    return sleeve.isEmpty() ? media : media + ", sleeve " + sleeve;
  }

  private static String seller(ListingSeller seller) {
    String rating =
        seller
            .stats()
            .map(stats -> " (" + stats.rating() + "% of " + stats.total() + " ratings)")
            .orElse("");
    return seller.username() + rating;
  }
}
