package dev.needledrop.discogs.feign.internal.http;

import java.util.Collection;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;

/** Reads response headers by name, ignoring case as HTTP requires. */
public final class HeaderMaps {

  private HeaderMaps() {}

  /** Returns the first value of the named header, when present. */
  public static Optional<String> first(
      Map<String, ? extends Collection<String>> headers, String name) {
    for (Map.Entry<String, ? extends Collection<String>> header : headers.entrySet()) {
      if (header.getKey() != null && header.getKey().equalsIgnoreCase(name)) {
        // Read on every answer, several times: an iterator costs less than a stream.
        Iterator<String> values = header.getValue().iterator();
        return values.hasNext() ? Optional.ofNullable(values.next()) : Optional.empty();
      }
    }
    return Optional.empty();
  }
}
