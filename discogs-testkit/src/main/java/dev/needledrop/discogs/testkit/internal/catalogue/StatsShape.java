package dev.needledrop.discogs.testkit.internal.catalogue;

/** The shape release stats are answered in: what Discogs sends today, or what it documents. */
public enum StatsShape {
  OBSERVED,
  DOCUMENTED
}
