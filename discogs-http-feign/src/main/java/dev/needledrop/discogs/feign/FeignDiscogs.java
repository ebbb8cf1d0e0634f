package dev.needledrop.discogs.feign;

import dev.needledrop.discogs.Discogs;
import dev.needledrop.discogs.DiscogsConfig;
import dev.needledrop.discogs.feign.internal.FeignDiscogsClient;
import dev.needledrop.discogs.feign.internal.FeignRawClient;

/**
 * Creates Discogs clients that talk HTTP through Feign.
 *
 * <pre>{@code
 * DiscogsConfig config = DiscogsConfig.builder("MyCollectionApp/1.0 +https://example.com")
 *     .credentials(PersonalAccessToken.of(token))
 *     .build();
 * try (Discogs discogs = FeignDiscogs.create(config)) {
 *   Release release = discogs.database().release(ReleaseId.of(249504));
 * }
 * }</pre>
 */
public final class FeignDiscogs {

  private FeignDiscogs() {}

  /**
   * Returns a thread-safe client for the configuration, with its own connections and threads; close
   * it when done. Calls are paced by the configuration's rate limiter (by default the one shared by
   * every client of the JVM with the same base URL and credentials), retried by its retry policy
   * and bounded by its timeouts.
   *
   * <p>Credentials go only to the base URL's origin: the adapter follows redirects of GET and HEAD
   * itself and sends nothing secret to another scheme, host or port. OAuth credentials are signed
   * anew for every attempt and redirect by the signer of the {@code discogs-oauth} module, found
   * with {@link java.util.ServiceLoader}. A call needing more than the credentials give fails with
   * a {@link dev.needledrop.discogs.error.CredentialsRequiredException} before anything is sent.
   *
   * @throws IllegalStateException for OAuth credentials when the discogs-oauth module, which signs
   *     them, is not on the class path
   */
  public static Discogs create(DiscogsConfig config) {
    return FeignDiscogsClient.create(config);
  }

  /**
   * Returns a client that GETs any path and hands back the body as text, through the same stack as
   * the clients of {@link #create}; it has its own connections and threads, so close it when done.
   *
   * @throws IllegalStateException for OAuth credentials when the discogs-oauth module, which signs
   *     them, is not on the class path
   */
  public static RawDiscogs raw(DiscogsConfig config) {
    return new RawDiscogs(FeignRawClient.create(config));
  }
}
