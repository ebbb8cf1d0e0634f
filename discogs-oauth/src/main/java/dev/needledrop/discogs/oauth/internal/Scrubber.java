package dev.needledrop.discogs.oauth.internal;

import dev.needledrop.discogs.internal.SecretScrubber;
import java.util.Collection;

/**
 * Removes credentials from text that came back from the server before it reaches an exception: an
 * OAuth server may echo the request's header, signature base string or parameters in its error
 * body. Immutable.
 *
 * <p>The flow's view of the core's {@link SecretScrubber}, so that the flow and the API adapter
 * hide secrets by the same rules.
 */
public final class Scrubber {

  private final SecretScrubber scrubber;

  private Scrubber(SecretScrubber scrubber) {
    this.scrubber = scrubber;
  }

  /** Returns a scrubber for the given sensitive values; blank values are ignored. */
  public static Scrubber hiding(Collection<String> sensitiveValues) {
    return new Scrubber(SecretScrubber.hiding(sensitiveValues));
  }

  /** Returns the text with every sensitive value and every echoed OAuth parameter hidden. */
  public String scrub(String text) {
    return scrubber.scrub(text);
  }

  @Override
  public String toString() {
    return "Scrubber[" + scrubber + "]";
  }
}
