package dev.needledrop.discogs.cli;

import java.net.URI;
import java.util.Optional;

/**
 * The global options of one run, once merged.
 *
 * @param stub whether to start and use the embedded stub
 * @param json whether to print the raw JSON rather than a summary
 * @param verbosity 0 for quiet, 1 for request lines, 2 or more for headers too
 * @param baseUrl another server to call, when given
 * @param noRetry whether to give up at the first failure instead of retrying as the SDK does
 * @param stubUser the user of the stub to act as, when given
 */
record Settings(
    boolean stub,
    boolean json,
    int verbosity,
    Optional<URI> baseUrl,
    boolean noRetry,
    Optional<String> stubUser) {

  /** The settings before any option is read. */
  static final Settings DEFAULT =
      new Settings(false, false, 0, Optional.empty(), false, Optional.empty());
}
