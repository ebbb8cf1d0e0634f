package dev.needledrop.discogs.model.user;

import dev.needledrop.discogs.internal.Values;
import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.model.Timestamp;
import dev.needledrop.discogs.model.Username;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * A user's public profile, with the parts only the user sees when the user asks for it.
 *
 * <p>Counts of the collection and the wantlist are present only for their owner or when they are
 * public; the e-mail address and the unread message count only for the user. Texts Discogs left out
 * read as empty, numbers as zero.
 *
 * @param id the user's id
 * @param uri the user's page on the Discogs website
 * @param name the user's real name, empty when not given
 * @param profile the profile text, with Discogs markup unless another text format was asked for
 * @param registered when the user joined
 * @param rank the user's contribution rank
 * @param numPending submissions waiting for votes
 * @param numLists lists the caller may see: private ones count only for the user
 * @param currency the currency the user trades and sees prices in, when set
 * @param activated whether the account is activated, when Discogs says
 * @param marketplaceSuspended whether selling is suspended, when Discogs says
 * @param staff whether the user works for Discogs, when Discogs says
 * @param buyerRating the buyer rating, 0 to 100 percent
 * @param buyerRatingStars the buyer rating, 0 to 5 stars
 * @param numCollection copies in the collection, for the user or when the collection is public
 * @param numWantlist entries on the wantlist, for the user or when the wantlist is public
 * @param email the e-mail address, for the user only
 * @param numUnread unread messages, for the user only
 */
public record UserProfile(
    long id,
    Username username,
    String uri,
    String name,
    String profile,
    String homePage,
    String location,
    Optional<Timestamp> registered,
    double rank,
    int numPending,
    int numForSale,
    int numLists,
    int releasesContributed,
    int releasesRated,
    double ratingAvg,
    String avatarUrl,
    String bannerUrl,
    Optional<Currency> currency,
    Optional<Boolean> activated,
    Optional<Boolean> marketplaceSuspended,
    Optional<Boolean> staff,
    double buyerRating,
    double buyerRatingStars,
    int buyerNumRatings,
    double sellerRating,
    double sellerRatingStars,
    int sellerNumRatings,
    OptionalInt numCollection,
    OptionalInt numWantlist,
    Optional<String> email,
    OptionalInt numUnread) {

  /** Creates a profile, reading absent parts as empty and negative counts as zero. */
  public UserProfile {
    if (id <= 0) {
      throw new IllegalArgumentException("user id must be positive, but was " + id);
    }
    Objects.requireNonNull(username, "username");
    uri = Values.text(uri);
    name = Values.text(name);
    profile = Values.text(profile);
    homePage = Values.text(homePage);
    location = Values.text(location);
    registered = Values.optional(registered);
    numPending = Values.count(numPending);
    numForSale = Values.count(numForSale);
    numLists = Values.count(numLists);
    releasesContributed = Values.count(releasesContributed);
    releasesRated = Values.count(releasesRated);
    avatarUrl = Values.text(avatarUrl);
    bannerUrl = Values.text(bannerUrl);
    currency = Values.optional(currency);
    activated = Values.optional(activated);
    marketplaceSuspended = Values.optional(marketplaceSuspended);
    staff = Values.optional(staff);
    buyerNumRatings = Values.count(buyerNumRatings);
    sellerNumRatings = Values.count(sellerNumRatings);
    numCollection = Values.optional(numCollection);
    numWantlist = Values.optional(numWantlist);
    email = Values.optional(email);
    numUnread = Values.optional(numUnread);
  }
}
