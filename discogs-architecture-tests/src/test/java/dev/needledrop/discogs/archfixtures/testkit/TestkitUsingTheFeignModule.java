package dev.needledrop.discogs.archfixtures.testkit;

import dev.needledrop.discogs.archfixtures.feign.FixtureFeignClient;

/** Breaks the testkit rule: a testkit class depending on the Feign adapter. */
public class TestkitUsingTheFeignModule {

  public String call() {
    return new FixtureFeignClient().call();
  }
}
