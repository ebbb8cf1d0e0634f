package dev.needledrop.discogs.error;

/**
 * Discogs answered with success, but not with what the call expects: an HTML page, an empty body or
 * malformed JSON where JSON was due.
 */
public class UnreadableResponseException extends DiscogsClientException {

  private static final long serialVersionUID = 1L;

  private final int status;
  private final String contentType;
  private final String bodyPreview;

  /** Creates an exception for the response that could not be read. */
  public UnreadableResponseException(
      String method,
      String path,
      int status,
      String contentType,
      String bodyPreview,
      String reason,
      Throwable cause) {
    super(
        method
            + " "
            + Redaction.pathOnly(path)
            + " answered "
            + status
            + " with an unreadable body ("
            + (contentType == null || contentType.isBlank() ? "no content type" : contentType)
            + "): "
            + reason
            + previewSuffix(bodyPreview),
        cause);
    this.status = status;
    this.contentType = contentType == null ? "" : contentType;
    this.bodyPreview = Redaction.preview(bodyPreview);
  }

  /** Returns the HTTP status of the response. */
  public int status() {
    return status;
  }

  /** Returns the response's content type, empty when none was sent. */
  public String contentType() {
    return contentType;
  }

  /** Returns the start of the body, on one line. */
  public String bodyPreview() {
    return bodyPreview;
  }

  private static String previewSuffix(String body) {
    String preview = Redaction.preview(body);
    return preview.isEmpty() ? " (empty body)" : " — body starts: " + preview;
  }
}
