package dev.needledrop.discogs.testkit;

import dev.needledrop.discogs.testkit.internal.images.ImageStore;
import java.net.URI;

/**
 * The images a {@link StubDiscogsServer} serves at signed URLs, as Discogs serves its images: issue
 * one, put its URL in a seeded record, and fetch it like any image URL. A URL changed in any way
 * answers 404. Fetches need a User-Agent and count against the rate limit. Thread-safe.
 */
public final class StubImages {

  private final ImageStore store;

  StubImages(ImageStore store) {
    this.store = store;
  }

  /**
   * Serves the bytes under the name and returns the signed URL, such as {@code
   * http://127.0.0.1:53211/fake-images/R-249504-1.jpeg?signature=...}.
   *
   * @param name letters, digits, {@code .}, {@code _} or {@code -}
   * @param contentType such as {@code image/jpeg}
   */
  public URI issue(String name, String contentType, byte[] bytes) {
    return store.issue(name, contentType, bytes);
  }
}
