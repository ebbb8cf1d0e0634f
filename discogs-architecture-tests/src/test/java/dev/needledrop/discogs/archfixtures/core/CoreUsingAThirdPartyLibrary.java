package dev.needledrop.discogs.archfixtures.core;

import picocli.CommandLine;

/** Breaks the only-the-JDK rule: a core class using a library that is not an adapter's. */
public class CoreUsingAThirdPartyLibrary {

  public String ansi() {
    return CommandLine.Help.Ansi.OFF.name();
  }
}
