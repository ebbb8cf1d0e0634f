package dev.needledrop.discogs.archfixtures.oauth;

import dev.needledrop.discogs.archfixtures.feign.FixtureFeignClient;

/** Breaks the OAuth rule: an OAuth class depending on the Feign adapter. */
public class OAuthUsingTheFeignModule {

  public String call() {
    return new FixtureFeignClient().call();
  }
}
