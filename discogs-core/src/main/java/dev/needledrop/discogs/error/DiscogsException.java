package dev.needledrop.discogs.error;

import java.util.OptionalInt;

/**
 * The root of every exception this SDK throws; unchecked.
 *
 * <p>Two branches hang from it: {@link DiscogsClientException} when the call could not be made or
 * its answer could not be read, and {@link DiscogsServiceException} when Discogs answered with an
 * error status. Messages never carry a credential.
 */
public class DiscogsException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private int resumePage;

  /** Creates an exception with a message and an optional cause. */
  public DiscogsException(String message, Throwable cause) {
    super(message, cause);
  }

  /**
   * Returns the page a lazy stream over a paginated call was fetching when this failure stopped it:
   * start a new stream there to go on. Empty for failures outside a stream.
   */
  public OptionalInt resumePage() {
    return resumePage == 0 ? OptionalInt.empty() : OptionalInt.of(resumePage);
  }

  /** Records the page a lazy stream failed on; called by the stream, not by users. */
  public void markResumePage(int page) {
    if (page < 1) {
      throw new IllegalArgumentException("page must be 1 or more, but was " + page);
    }
    this.resumePage = page;
  }

  @Override
  public String getMessage() {
    String message = super.getMessage();
    return resumePage == 0 ? message : message + " (stream stopped at page " + resumePage + ")";
  }
}
