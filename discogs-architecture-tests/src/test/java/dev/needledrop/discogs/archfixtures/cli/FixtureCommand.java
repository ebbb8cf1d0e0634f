package dev.needledrop.discogs.archfixtures.cli;

/** Keeps to the rules: the CLI may print, and may use the rest of the CLI. */
public class FixtureCommand {

  public void run() {
    System.out.println(new FixtureConsole().greeting());
  }
}
