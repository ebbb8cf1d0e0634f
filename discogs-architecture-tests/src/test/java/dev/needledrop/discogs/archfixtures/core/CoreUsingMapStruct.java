package dev.needledrop.discogs.archfixtures.core;

import org.mapstruct.ReportingPolicy;

/** Breaks the core rules: a core class using MapStruct. */
public class CoreUsingMapStruct {

  public String policy() {
    return ReportingPolicy.ERROR.name();
  }
}
