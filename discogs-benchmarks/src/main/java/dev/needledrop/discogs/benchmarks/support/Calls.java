package dev.needledrop.discogs.benchmarks.support;

import dev.needledrop.discogs.DiscogsConfig;
import dev.needledrop.discogs.TextFormat;
import dev.needledrop.discogs.auth.PersonalAccessToken;
import dev.needledrop.discogs.ratelimit.RateLimiter;
import dev.needledrop.discogs.testkit.StubDiscogsServer;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the SDK and the bare client send in the benchmarks, so that both send the same request. */
public final class Calls {

  /** The User-Agent of both clients. */
  public static final String USER_AGENT =
      "NeedledropBenchmarks/1.0 +https://example.com/needledrop";

  /** The release every per-call benchmark asks for. */
  public static final long RELEASE_ID = 249504;

  /** The path and query the SDK sends for the release, in US dollars by default. */
  public static final String RELEASE_TARGET = "/releases/" + RELEASE_ID + "?curr_abbr=USD";

  private Calls() {}

  /** Returns the URL of the release on the server. */
  public static URI releaseUrl(URI baseUrl) {
    return URI.create(baseUrl + RELEASE_TARGET);
  }

  /** Returns the headers the SDK sends with its default settings and the stub user's token. */
  public static Map<String, String> sdkHeaders() {
    Map<String, String> headers = new LinkedHashMap<>();
    headers.put("User-Agent", USER_AGENT);
    headers.put("Accept", TextFormat.DISCOGS.acceptHeader());
    headers.put("Authorization", "Discogs token=" + StubDiscogsServer.USER_TOKEN);
    return headers;
  }

  /**
   * Returns the SDK's configuration for the server: the stub user's token and a limiter that never
   * makes a call wait; retries and timeouts as by default.
   */
  public static DiscogsConfig.Builder sdkConfig(URI baseUrl) {
    return DiscogsConfig.builder(USER_AGENT)
        .baseUrl(baseUrl)
        .credentials(PersonalAccessToken.of(StubDiscogsServer.USER_TOKEN))
        .rateLimiter(RateLimiter.unlimited());
  }
}
