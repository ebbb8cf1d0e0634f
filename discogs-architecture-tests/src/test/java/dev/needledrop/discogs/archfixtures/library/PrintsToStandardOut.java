package dev.needledrop.discogs.archfixtures.library;

/** Breaks the standard-streams rule. */
public class PrintsToStandardOut {

  public void report(String line) {
    System.out.println(line);
  }
}
