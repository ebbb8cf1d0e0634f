package dev.needledrop.discogs.testkit.data;

import dev.needledrop.discogs.model.database.ItemStats;

/**
 * The parts every entry of a database listing has (an artist's or a label's releases, a master's
 * versions), and their setters, written once for the three builders; every setter replaces the
 * value it names.
 *
 * @param <B> the builder the setters return, so that calls chain
 */
abstract class ListingEntryBuilder<B extends ListingEntryBuilder<B>> {

  String title;
  String catno;
  String status;
  String thumb = "";
  ItemStats stats = TestParts.stats(10, 5);

  ListingEntryBuilder(String title, String catno, String status) {
    this.title = title;
    this.catno = catno;
    this.status = status;
  }

  /** Returns this builder as its own type. */
  abstract B self();

  public B title(String value) {
    title = value;
    return self();
  }

  public B catno(String value) {
    catno = value;
    return self();
  }

  public B status(String value) {
    status = value;
    return self();
  }

  public B thumb(String value) {
    thumb = value;
    return self();
  }

  public B stats(ItemStats value) {
    stats = value;
    return self();
  }
}
