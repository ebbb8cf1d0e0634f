package dev.needledrop.discogs.archfixtures.library;

/** Breaks the standard-streams rule through the error stream. */
public class PrintsToStandardErr {

  public void report(String line) {
    System.err.println(line);
  }
}
