package dev.needledrop.discogs.testkit.internal.http;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** A finished answer: status, headers in order, and body bytes (empty for none). */
record Outgoing(int status, Map<String, String> headers, byte[] body) {

  Outgoing {
    headers = Collections.unmodifiableMap(new LinkedHashMap<>(headers));
    body = body.clone();
  }

  @Override
  public byte[] body() {
    return body.clone();
  }
}
