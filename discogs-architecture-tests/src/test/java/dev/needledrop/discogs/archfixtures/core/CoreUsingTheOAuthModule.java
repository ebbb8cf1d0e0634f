package dev.needledrop.discogs.archfixtures.core;

import dev.needledrop.discogs.archfixtures.oauth.FixtureSigner;

/** Breaks the core rules: a core class reaching into another module. */
public class CoreUsingTheOAuthModule {

  public String sign() {
    return new FixtureSigner().signatureMethod();
  }
}
