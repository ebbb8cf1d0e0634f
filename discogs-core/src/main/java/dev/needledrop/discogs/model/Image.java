package dev.needledrop.discogs.model;

import dev.needledrop.discogs.internal.Values;

/**
 * An image of a release, master, artist or label.
 *
 * <p>Discogs fills in the URLs only for authenticated callers; anonymous responses keep the image
 * with its size but blank URLs. The URLs are signed: treat them as opaque.
 *
 * @param type {@code primary} or {@code secondary}
 * @param uri the full-size image URL, empty when Discogs withheld it
 * @param uri150 the 150-pixel thumbnail URL, empty when withheld
 */
public record Image(String type, String uri, String uri150, int width, int height) {

  /** Creates an image, reading absent texts as empty. */
  public Image {
    type = Values.text(type);
    uri = Values.text(uri);
    uri150 = Values.text(uri150);
  }

  /** Tells whether this is the primary image. */
  public boolean isPrimary() {
    return type.equals("primary");
  }

  /** Tells whether Discogs withheld the URLs (as it does for anonymous callers). */
  public boolean isWithheld() {
    return uri.isEmpty();
  }
}
