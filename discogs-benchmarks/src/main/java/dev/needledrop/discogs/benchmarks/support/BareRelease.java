package dev.needledrop.discogs.benchmarks.support;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.util.Map;

/**
 * The bare program the CLI's first call is measured against: in a fresh JVM, one GET of a release
 * with the JDK's client and the SDK's headers, its JSON read into a tree and its title printed, as
 * {@code discogs release} prints it among the rest. Arguments: the server's base URL and a token.
 */
public final class BareRelease {

  private BareRelease() {}

  /** Fetches the release from the server the first argument names and prints its title. */
  public static void main(String[] args) throws Exception {
    URI url = URI.create(args[0] + "/releases/" + Calls.RELEASE_ID);
    Map<String, String> headers = Calls.sdkHeaders();
    headers.put("Authorization", "Discogs token=" + args[1]);
    JsonNode release = new BareClient(url, headers).getStreamed();
    System.out.println(release.path("title").asText());
  }
}
