package dev.needledrop.discogs.api;

import dev.needledrop.discogs.model.Download;
import java.nio.file.Path;

/**
 * Fetches the images whose URLs Discogs returns ({@code images[].uri}, {@code thumb}, {@code
 * avatar_url} and the like).
 *
 * <p>Discogs fills these URLs in only for authenticated callers, but the signed URLs themselves
 * need no credentials: credentials are sent only when an image URL lies on the configured API
 * origin, never to another host. Each fetch counts against the rate limit like any other request. A
 * URL that was changed in any way fails with {@link
 * dev.needledrop.discogs.error.NotFoundException}. Implementations are thread-safe.
 */
public interface ImagesApi {

  /**
   * Opens an image for reading as it downloads; the caller closes it.
   *
   * @throws IllegalArgumentException for text that is not an absolute http(s) URL
   */
  Download openImage(String url);

  /** Fetches an image into memory. */
  default byte[] fetchImage(String url) {
    return openImage(url).readAllBytes();
  }

  /**
   * Writes an image to the path, replacing what is there.
   *
   * @return the bytes written
   */
  default long downloadImage(String url, Path target) {
    return openImage(url).saveTo(target);
  }
}
