package dev.needledrop.discogs.testkit.data;

import dev.needledrop.discogs.model.Image;
import java.util.List;

/**
 * The parts a label shares with an artist, and their setters, written once for both builders; every
 * setter replaces the value it names.
 *
 * @param <B> the builder the setters return, so that calls chain
 */
abstract class ArtistLikeBuilder<B extends ArtistLikeBuilder<B>> {

  String name;
  String profile;
  String uri;
  List<String> urls = List.of();
  List<Image> images = List.of();
  String dataQuality = "Needs Vote";

  ArtistLikeBuilder(String name, String profile, String uri) {
    this.name = name;
    this.profile = profile;
    this.uri = uri;
  }

  /** Returns this builder as its own type. */
  abstract B self();

  public B name(String value) {
    name = value;
    return self();
  }

  public B profile(String value) {
    profile = value;
    return self();
  }

  public B uri(String value) {
    uri = value;
    return self();
  }

  public B urls(String... values) {
    urls = List.of(values);
    return self();
  }

  public B images(Image... values) {
    images = List.of(values);
    return self();
  }

  public B dataQuality(String value) {
    dataQuality = value;
    return self();
  }
}
