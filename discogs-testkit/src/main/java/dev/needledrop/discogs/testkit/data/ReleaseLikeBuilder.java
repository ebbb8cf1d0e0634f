package dev.needledrop.discogs.testkit.data;

import dev.needledrop.discogs.model.Currency;
import dev.needledrop.discogs.model.Image;
import dev.needledrop.discogs.model.Money;
import dev.needledrop.discogs.model.database.ArtistCredit;
import dev.needledrop.discogs.model.database.Track;
import dev.needledrop.discogs.model.database.Video;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The parts a master shares with a release, and their setters, written once for both builders;
 * every setter replaces the value it names.
 *
 * @param <B> the builder the setters return, so that calls chain
 */
abstract class ReleaseLikeBuilder<B extends ReleaseLikeBuilder<B>> {

  String title;
  String uri;
  List<ArtistCredit> artists = List.of(TestParts.artist(1, "Test Artist"));
  List<String> genres = List.of("Electronic");
  List<String> styles = List.of("Techno");
  OptionalInt year = OptionalInt.of(1999);
  List<Track> tracklist;
  List<Image> images = List.of();
  List<Video> videos = List.of();
  String dataQuality;
  String notes = "";
  // Discogs sends the count on every current record, 0 when nothing is for sale.
  OptionalInt numForSale = OptionalInt.of(0);
  Optional<Money> lowestPrice = Optional.empty();

  ReleaseLikeBuilder(String title, String uri, String dataQuality, List<Track> tracklist) {
    this.title = title;
    this.uri = uri;
    this.dataQuality = dataQuality;
    this.tracklist = tracklist;
  }

  /** Returns this builder as its own type. */
  abstract B self();

  public B title(String value) {
    title = value;
    return self();
  }

  public B uri(String value) {
    uri = value;
    return self();
  }

  public B artists(ArtistCredit... values) {
    artists = List.of(values);
    return self();
  }

  public B genres(String... values) {
    genres = List.of(values);
    return self();
  }

  public B styles(String... values) {
    styles = List.of(values);
    return self();
  }

  public B year(int value) {
    year = OptionalInt.of(value);
    return self();
  }

  public B tracklist(Track... values) {
    tracklist = List.of(values);
    return self();
  }

  public B images(Image... values) {
    images = List.of(values);
    return self();
  }

  public B videos(Video... values) {
    videos = List.of(values);
    return self();
  }

  public B dataQuality(String value) {
    dataQuality = value;
    return self();
  }

  public B notes(String value) {
    notes = value;
    return self();
  }

  /** Puts copies on sale, the cheapest at the price (text such as {@code "12.5"}). */
  public B forSale(int copies, String lowestAmount, Currency currency) {
    numForSale = OptionalInt.of(copies);
    lowestPrice = Optional.of(new Money(new BigDecimal(lowestAmount), currency));
    return self();
  }

  /**
   * Sets the number of copies for sale, keeping the lowest price; empty models a record from before
   * Discogs sent the count.
   */
  public B numForSale(OptionalInt value) {
    numForSale = value;
    return self();
  }

  /** Sets the lowest price, keeping the number of copies on sale. */
  public B lowestPrice(Money value) {
    lowestPrice = Optional.of(value);
    return self();
  }

  /** Takes every copy off sale. */
  public B notForSale() {
    numForSale = OptionalInt.of(0);
    lowestPrice = Optional.empty();
    return self();
  }
}
