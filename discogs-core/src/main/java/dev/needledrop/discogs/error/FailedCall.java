package dev.needledrop.discogs.error;

import dev.needledrop.discogs.ratelimit.RateLimitSnapshot;
import java.util.Objects;
import java.util.Optional;

/**
 * What is known of a call Discogs answered with an error status.
 *
 * @param method the HTTP method
 * @param path the request path, never with its query (which may hold credentials)
 * @param status the HTTP status
 * @param serverMessage the {@code message} of the JSON error body, empty when there was none
 * @param bodyPreview the start of a body that was not a JSON error (such as an HTML page)
 * @param rateLimit the rate-limit state the response reported, when it did
 */
public record FailedCall(
    String method,
    String path,
    int status,
    String serverMessage,
    String bodyPreview,
    Optional<RateLimitSnapshot> rateLimit) {

  /** Creates the description, dropping any query from the path. */
  public FailedCall {
    Objects.requireNonNull(method, "method");
    path = Redaction.pathOnly(path);
    serverMessage = serverMessage == null ? "" : serverMessage;
    bodyPreview = Redaction.preview(bodyPreview);
    rateLimit = rateLimit == null ? Optional.empty() : rateLimit;
  }

  /** Returns the one-line description used as the exception message. */
  String describe() {
    StringBuilder text = new StringBuilder();
    text.append(method).append(' ').append(path).append(" answered ").append(status);
    if (!serverMessage.isEmpty()) {
      text.append(": ").append(serverMessage);
    } else if (!bodyPreview.isEmpty()) {
      text.append(" — body starts: ").append(bodyPreview);
    } else {
      text.append(" with an empty body");
    }
    return text.toString();
  }
}
