package dev.needledrop.discogs.archfixtures.oauth;

import dev.needledrop.discogs.auth.OAuthCredentials;

/** Keeps to the OAuth rule: an OAuth class built on the core alone. */
public class FixtureSigner {

  public String signatureMethod() {
    return OAuthCredentials.SignatureMethod.PLAINTEXT.name();
  }
}
