package dev.needledrop.discogs.testkit.internal.images;

import dev.needledrop.discogs.testkit.internal.http.ApiError;
import dev.needledrop.discogs.testkit.internal.http.QueryString;
import dev.needledrop.discogs.testkit.internal.http.StubReply;
import dev.needledrop.discogs.testkit.internal.http.StubRequest;
import dev.needledrop.discogs.testkit.internal.routing.Access;
import dev.needledrop.discogs.testkit.internal.routing.Router;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The images a stub serves under {@code /fake-images/{name}?signature=...}, like Discogs' signed
 * image URLs: any change to the name or the signature answers 404. The signature is an HMAC of the
 * name under a key only this stub knows. Fetches go through the stub's pipeline, so they need a
 * User-Agent and count in the caller's rate-limit window. Thread-safe.
 */
public final class ImageStore {

  /** The path every issued image URL starts with. */
  public static final String PATH = "/fake-images/";

  private final URI origin;
  private final byte[] key = new byte[32];
  private final Map<String, Image> images = new ConcurrentHashMap<>();

  private record Image(String contentType, byte[] bytes) {}

  /** Creates an empty store for a stub at the given origin, with a fresh signing key. */
  public ImageStore(URI origin) {
    this.origin = Objects.requireNonNull(origin, "origin");
    new SecureRandom().nextBytes(key);
  }

  /** Adds the image route to a router. */
  public void register(Router router) {
    router.add("GET", PATH + "{image}", Access.NONE, this::serve);
  }

  /**
   * Holds an image under the name and returns its signed URL on the stub.
   *
   * @throws IllegalArgumentException for a name that is not one plain path segment
   */
  public URI issue(String name, String contentType, byte[] bytes) {
    if (name == null || !name.matches("[A-Za-z0-9._-]{1,200}") || name.matches("\\.+")) {
      throw new IllegalArgumentException(
          "image name must be letters, digits, '.', '_' or '-', such as R-249504-1.jpeg");
    }
    images.put(name, new Image(Objects.requireNonNull(contentType, "contentType"), bytes.clone()));
    return URI.create(origin + PATH + name + "?signature=" + QueryString.encode(sign(name)));
  }

  private StubReply serve(StubRequest request) {
    String name = request.variable("image");
    Optional<String> signature = request.query().first("signature");
    Image image = images.get(name);
    if (image == null || signature.isEmpty() || !matches(signature.get(), sign(name))) {
      throw ApiError.notFound(ApiError.NOT_FOUND);
    }
    return StubReply.bytes(image.contentType(), image.bytes(), Map.of());
  }

  private String sign(String name) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      byte[] digest = mac.doFinal(name.getBytes(StandardCharsets.UTF_8));
      return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    } catch (GeneralSecurityException unavailable) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", unavailable);
    }
  }

  private static boolean matches(String given, String expected) {
    return MessageDigest.isEqual(
        given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
  }
}
