package dev.needledrop.discogs.cli;

import dev.needledrop.discogs.testkit.StubDiscogsServer;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The users the embedded stub knows, whom {@code --stub-user} can act as, with their tokens. */
final class StubUsers {

  /** The user a {@code --stub} run acts as when {@code --stub-user} is not given. */
  static final String DEFAULT = StubDiscogsServer.DEFAULT_USERNAME;

  private static final Map<String, String> TOKENS = tokens();

  private StubUsers() {}

  /**
   * Returns the personal token of the stub's user.
   *
   * @throws IllegalArgumentException naming the known users when the stub does not know the user
   */
  static String token(String username) {
    String token = TOKENS.get(username);
    if (token == null) {
      throw new IllegalArgumentException(
          "--stub-user must be one of "
              + String.join(", ", TOKENS.keySet())
              + ", the users the stub knows, but was '"
              + username
              + "'");
    }
    return token;
  }

  private static Map<String, String> tokens() {
    Map<String, String> tokens = new LinkedHashMap<>();
    tokens.put(StubDiscogsServer.DEFAULT_USERNAME, StubDiscogsServer.USER_TOKEN);
    tokens.put(StubDiscogsServer.SELLER_USERNAME, StubDiscogsServer.SELLER_TOKEN);
    tokens.put(StubDiscogsServer.OTHER_USERNAME, StubDiscogsServer.OTHER_USER_TOKEN);
    return Collections.unmodifiableMap(tokens);
  }
}
