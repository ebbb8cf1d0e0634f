package dev.needledrop.discogs.archfixtures.feign;

import feign.Response;

/** Keeps to the signature rule: a class users cannot see may show Feign types. */
class PackagePrivateAdapter {

  public int status(Response response) {
    return response.status();
  }
}
