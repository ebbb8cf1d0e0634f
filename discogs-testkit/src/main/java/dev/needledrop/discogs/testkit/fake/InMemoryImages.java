package dev.needledrop.discogs.testkit.fake;

import dev.needledrop.discogs.api.ImagesApi;
import dev.needledrop.discogs.model.Download;
import dev.needledrop.discogs.testkit.internal.http.ApiError;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalLong;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An in-memory {@link ImagesApi}: serves the bytes put under an exact URL, and answers any other
 * URL (a changed one included) with {@link dev.needledrop.discogs.error.NotFoundException}, as
 * Discogs does for a tampered signed URL. Text that is not an absolute http(s) URL is refused with
 * an {@link IllegalArgumentException}, as the HTTP adapter refuses it. Thread-safe.
 */
public final class InMemoryImages implements ImagesApi {

  private record Image(String contentType, byte[] bytes) {}

  private final Map<String, Image> images = new ConcurrentHashMap<>();
  private final AtomicInteger fetches = new AtomicInteger();

  /** Serves the bytes at exactly this URL, with their content type. */
  public InMemoryImages put(String url, String contentType, byte[] bytes) {
    images.put(requireWebUrl(url).toString(), new Image(contentType, bytes.clone()));
    return this;
  }

  /** Returns how many images were asked for, found or not. */
  public int fetchCount() {
    return fetches.get();
  }

  @Override
  public Download openImage(String url) {
    URI target = requireWebUrl(url);
    fetches.incrementAndGet();
    String path =
        target.getRawPath() == null || target.getRawPath().isEmpty() ? "/" : target.getRawPath();
    Image image = images.get(target.toString());
    if (image == null) {
      throw Failures.notFound(path, ApiError.NOT_FOUND);
    }
    return Download.builder("GET", path, new ByteArrayInputStream(image.bytes()))
        .contentType(image.contentType())
        .contentLength(OptionalLong.of(image.bytes().length))
        .build();
  }

  private static URI requireWebUrl(String url) {
    Objects.requireNonNull(url, "url");
    try {
      URI parsed = new URI(url.trim());
      String scheme = parsed.getScheme() == null ? "" : parsed.getScheme().toLowerCase(Locale.ROOT);
      boolean web =
          (scheme.equals("http") || scheme.equals("https"))
              && parsed.getHost() != null
              && parsed.getRawUserInfo() == null;
      if (!web) {
        throw new IllegalArgumentException(
            "image url must be an absolute http or https URL without user info");
      }
      return parsed;
    } catch (URISyntaxException malformed) {
      throw new IllegalArgumentException("image url is not a valid URL", malformed);
    }
  }
}
