package dev.needledrop.discogs.testkit.internal.market;

import dev.needledrop.discogs.testkit.internal.http.QueryString;

/**
 * The URLs the marketplace writes: API URLs on {@code https://api.discogs.com} (the stub roots them
 * at itself when it answers) and web pages on {@code https://www.discogs.com}.
 */
final class MarketUrls {

  static final String API = "https://api.discogs.com";
  static final String WEB = "https://www.discogs.com";

  private MarketUrls() {}

  static String listing(long id) {
    return API + "/marketplace/listings/" + id;
  }

  static String order(String id) {
    return API + "/marketplace/orders/" + id;
  }

  static String user(String username) {
    return API + "/users/" + QueryString.encode(username);
  }

  static String export(long id) {
    return API + "/inventory/export/" + id;
  }

  static String upload(long id) {
    return API + "/inventory/upload/" + id;
  }
}
