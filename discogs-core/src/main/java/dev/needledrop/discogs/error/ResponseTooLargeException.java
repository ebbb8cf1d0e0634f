package dev.needledrop.discogs.error;

/**
 * Discogs answered with success, but with a body beyond a limit of this client: more bytes than
 * {@code DiscogsConfig.maxResponseBytes()}, or JSON nested deeper than {@code
 * DiscogsConfig.maxNestingDepth()}. The client stopped reading at the limit, so that an answer gone
 * wrong cannot exhaust memory; the message names the limit and the setting that raises it.
 */
public class ResponseTooLargeException extends UnreadableResponseException {

  private static final long serialVersionUID = 1L;

  private final long limit;
  private final String setting;

  /**
   * Creates the exception for the response that broke the limit.
   *
   * @param limit the limit broken: bytes, or levels of nesting
   * @param setting the {@code DiscogsConfig.Builder} method that raises it, such as {@code
   *     maxResponseBytes}
   */
  public ResponseTooLargeException(
      String method,
      String path,
      int status,
      String contentType,
      String bodyPreview,
      String reason,
      long limit,
      String setting,
      Throwable cause) {
    super(
        method,
        path,
        status,
        contentType,
        bodyPreview,
        reason + " (raise the limit with DiscogsConfig.Builder." + setting + ")",
        cause);
    this.limit = limit;
    this.setting = setting;
  }

  /** Returns the limit the body broke: bytes, or levels of nesting. */
  public long limit() {
    return limit;
  }

  /** Returns the name of the {@code DiscogsConfig.Builder} method that raises the limit. */
  public String setting() {
    return setting;
  }
}
