package dev.needledrop.discogs.testkit.internal.search;

import com.fasterxml.jackson.databind.node.ObjectNode;

/** The {@code user_data} a search result carries for a user caller. */
public final class UserData {

  private UserData() {}

  /**
   * Adds {@code user_data} saying the user neither wants nor has the result, unless the result
   * already says; the test doubles hold no collections or wantlists yet.
   */
  public static void addIfMissing(ObjectNode result) {
    if (!result.path("user_data").isObject()) {
      ObjectNode userData = result.putObject("user_data");
      userData.put("in_wantlist", false);
      userData.put("in_collection", false);
    }
  }
}
