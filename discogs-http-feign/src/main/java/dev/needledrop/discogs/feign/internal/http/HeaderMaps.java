package dev.needledrop.discogs.feign.internal.http;

import java.util.Collection;
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
        return header.getValue().stream().findFirst();
      }
    }
    return Optional.empty();
  }
}
