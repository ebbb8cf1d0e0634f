package dev.needledrop.discogs.archfixtures.cli;

/** A second CLI class, which the first may use. */
public class FixtureConsole {

  public String greeting() {
    return "hello";
  }
}
