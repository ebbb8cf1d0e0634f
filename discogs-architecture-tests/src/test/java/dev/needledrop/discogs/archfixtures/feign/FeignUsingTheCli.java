package dev.needledrop.discogs.archfixtures.feign;

import dev.needledrop.discogs.archfixtures.cli.FixtureCommand;

/** Breaks the CLI rule: a library class depending on the command line. */
public class FeignUsingTheCli {

  public void run() {
    new FixtureCommand().run();
  }
}
