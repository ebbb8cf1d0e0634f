package dev.needledrop.discogs.testkit.data;

import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.model.Timestamp;
import dev.needledrop.discogs.model.Username;
import dev.needledrop.discogs.model.user.UserProfile;
import dev.needledrop.discogs.testkit.internal.userdata.DefaultProfiles;
import java.util.Optional;
import java.util.OptionalInt;

/** Builds {@link UserProfile} records with sensible defaults, as a new account starts. */
public final class TestProfiles {

  private TestProfiles() {}

  /**
   * Starts the profile of a user as a new account has it, seen by its owner: empty texts, US
   * dollars, an e-mail address and no ratings.
   */
  public static Builder profile(String username, long id) {
    return new Builder(DefaultProfiles.of(username, id));
  }

  /** Starts from an existing profile, to change some of its parts. */
  public static Builder from(UserProfile profile) {
    return new Builder(profile);
  }

  /** Builds a profile; every setter replaces the value it names. */
  public static final class Builder {
    private long id;
    private Username username;
    private String uri;
    private String name;
    private String profile;
    private String homePage;
    private String location;
    private Optional<Timestamp> registered;
    private double rank;
    private int numPending;
    private int numForSale;
    private int numLists;
    private int releasesContributed;
    private int releasesRated;
    private double ratingAvg;
    private String avatarUrl;
    private String bannerUrl;
    private Optional<Currency> currency;
    private Optional<Boolean> activated;
    private Optional<Boolean> marketplaceSuspended;
    private Optional<Boolean> staff;
    private double buyerRating;
    private double buyerRatingStars;
    private int buyerNumRatings;
    private double sellerRating;
    private double sellerRatingStars;
    private int sellerNumRatings;
    private OptionalInt numCollection;
    private OptionalInt numWantlist;
    private Optional<String> email;
    private OptionalInt numUnread;

    private Builder(UserProfile source) {
      this.id = source.id();
      this.username = source.username();
      this.uri = source.uri();
      this.name = source.name();
      this.profile = source.profile();
      this.homePage = source.homePage();
      this.location = source.location();
      this.registered = source.registered();
      this.rank = source.rank();
      this.numPending = source.numPending();
      this.numForSale = source.numForSale();
      this.numLists = source.numLists();
      this.releasesContributed = source.releasesContributed();
      this.releasesRated = source.releasesRated();
      this.ratingAvg = source.ratingAvg();
      this.avatarUrl = source.avatarUrl();
      this.bannerUrl = source.bannerUrl();
      this.currency = source.currency();
      this.activated = source.activated();
      this.marketplaceSuspended = source.marketplaceSuspended();
      this.staff = source.staff();
      this.buyerRating = source.buyerRating();
      this.buyerRatingStars = source.buyerRatingStars();
      this.buyerNumRatings = source.buyerNumRatings();
      this.sellerRating = source.sellerRating();
      this.sellerRatingStars = source.sellerRatingStars();
      this.sellerNumRatings = source.sellerNumRatings();
      this.numCollection = source.numCollection();
      this.numWantlist = source.numWantlist();
      this.email = source.email();
      this.numUnread = source.numUnread();
    }

    public Builder name(String value) {
      name = value;
      return this;
    }

    public Builder profile(String value) {
      profile = value;
      return this;
    }

    public Builder homePage(String value) {
      homePage = value;
      return this;
    }

    public Builder location(String value) {
      location = value;
      return this;
    }

    public Builder avatarUrl(String value) {
      avatarUrl = value;
      return this;
    }

    public Builder rank(double value) {
      rank = value;
      return this;
    }

    public Builder numForSale(int value) {
      numForSale = value;
      return this;
    }

    public Builder releasesContributed(int value) {
      releasesContributed = value;
      return this;
    }

    public Builder ratingAvg(double value) {
      ratingAvg = value;
      return this;
    }

    public Builder registered(String value) {
      registered = Optional.of(Timestamp.of(value));
      return this;
    }

    public Builder currency(Currency value) {
      currency = Optional.of(value);
      return this;
    }

    public Builder noCurrency() {
      currency = Optional.empty();
      return this;
    }

    public Builder numLists(int value) {
      numLists = value;
      return this;
    }

    /** Sets the collection and wantlist counts, as the owner or anyone sees public ones. */
    public Builder counts(int collection, int wantlist) {
      numCollection = OptionalInt.of(collection);
      numWantlist = OptionalInt.of(wantlist);
      return this;
    }

    /** Sets the collection count, or leaves it out when empty. */
    public Builder numCollection(OptionalInt value) {
      numCollection = value;
      return this;
    }

    /** Sets the wantlist count, or leaves it out when empty. */
    public Builder numWantlist(OptionalInt value) {
      numWantlist = value;
      return this;
    }

    /** Leaves out the collection and wantlist counts, as others see private ones. */
    public Builder noCounts() {
      numCollection = OptionalInt.empty();
      numWantlist = OptionalInt.empty();
      return this;
    }

    /** Sets the parts only the owner sees. */
    public Builder ownerOnly(String emailAddress, int unread) {
      email = Optional.of(emailAddress);
      numUnread = OptionalInt.of(unread);
      return this;
    }

    /** Leaves out the parts only the owner sees, as other callers get the profile. */
    public Builder publicView() {
      email = Optional.empty();
      numUnread = OptionalInt.empty();
      return this;
    }

    public UserProfile build() {
      return new UserProfile(
          id,
          username,
          uri,
          name,
          profile,
          homePage,
          location,
          registered,
          rank,
          numPending,
          numForSale,
          numLists,
          releasesContributed,
          releasesRated,
          ratingAvg,
          avatarUrl,
          bannerUrl,
          currency,
          activated,
          marketplaceSuspended,
          staff,
          buyerRating,
          buyerRatingStars,
          buyerNumRatings,
          sellerRating,
          sellerRatingStars,
          sellerNumRatings,
          numCollection,
          numWantlist,
          email,
          numUnread);
    }
  }
}
