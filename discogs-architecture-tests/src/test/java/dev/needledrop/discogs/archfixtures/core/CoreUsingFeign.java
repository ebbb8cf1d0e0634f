package dev.needledrop.discogs.archfixtures.core;

import feign.Request;

/** Breaks the core rules: a core class naming a Feign type. */
public class CoreUsingFeign {

  public String method() {
    return Request.HttpMethod.GET.name();
  }
}
