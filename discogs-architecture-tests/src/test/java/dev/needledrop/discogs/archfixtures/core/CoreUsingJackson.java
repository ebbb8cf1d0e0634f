package dev.needledrop.discogs.archfixtures.core;

import com.fasterxml.jackson.databind.ObjectMapper;

/** Breaks the core rules: a core class reading JSON with Jackson. */
public class CoreUsingJackson {

  public Object mapper() {
    return new ObjectMapper();
  }
}
