package dev.needledrop.discogs.testkit.internal.http;

import java.time.Duration;
import java.util.List;
import java.util.Map;

/** An answer sent exactly as given, after an optional delay, instead of the stub's own. */
public record CannedAnswer(
    int status, List<Map.Entry<String, String>> headers, byte[] body, Duration delay) {

  /** Creates the answer, copying its parts. */
  public CannedAnswer {
    headers = List.copyOf(headers);
    body = body.clone();
  }

  @Override
  public byte[] body() {
    return body.clone();
  }
}
