package dev.needledrop.discogs.testkit;

/**
 * The shape in which release stats ({@code GET /releases/{id}/stats}) come back: Discogs documents
 * have/want counts but today sends only an offensive flag.
 */
public enum ReleaseStatsShape {
  /** {@code {"is_offensive": false}}: what Discogs sends today; the default. */
  OBSERVED,
  /** {@code {"num_have": 2315, "num_want": 467}}: what the documentation shows. */
  DOCUMENTED
}
