package dev.needledrop.discogs.archfixtures.cli;

import dev.needledrop.discogs.archfixtures.feign.internal.ReleaseDto;

/** Breaks the internal-package rule: a class outside the Feign module using its internals. */
public class CliUsingFeignInternals {

  public String title() {
    return new ReleaseDto(1, "t").title();
  }
}
