package dev.needledrop.discogs.feign.internal.http;

import dev.needledrop.discogs.api.Sort;
import dev.needledrop.discogs.api.SortKey;
import dev.needledrop.discogs.paging.PageRequest;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Collects query parameters in order, percent-encoding every value on the way in.
 *
 * <p>The map it builds goes to Feign as already encoded: Feign's own query encoding leaves {@code
 * &} and {@code +} in place in some versions and reads braces as template expressions, so values
 * are never handed to it raw. A space becomes {@code %20}, never {@code +}.
 */
public final class QueryParameters {

  private final Map<String, String> encoded = new LinkedHashMap<>();

  private QueryParameters() {}

  /** Starts an empty set of parameters. */
  public static QueryParameters create() {
    return new QueryParameters();
  }

  /** Returns the value encoded for a query string, as {@link #add} stores it. */
  public static String encodeValue(String value, String name) {
    Objects.requireNonNull(value, name);
    return PercentEncoding.encode(value, name);
  }

  /** Adds a parameter; a later value for the same name replaces the earlier one. */
  public QueryParameters add(String name, String value) {
    encoded.put(name, encodeValue(value, name));
    return this;
  }

  /** Adds a parameter when the value is present. */
  public QueryParameters addIfPresent(String name, Optional<String> value) {
    value.ifPresent(present -> add(name, present));
    return this;
  }

  /** Adds {@code sort} and {@code sort_order} when a sort is given. */
  public <K extends Enum<K> & SortKey> QueryParameters sort(Optional<Sort<K>> sort) {
    sort.ifPresent(
        present ->
            add("sort", present.key().wireName()).add("sort_order", present.order().wireName()));
    return this;
  }

  /** Adds {@code page} and {@code per_page}. */
  public QueryParameters page(PageRequest page) {
    add("page", Integer.toString(page.page()));
    return add("per_page", Integer.toString(page.perPage()));
  }

  /** Returns the encoded parameters in the order they were added. */
  public Map<String, String> toMap() {
    return Collections.unmodifiableMap(new LinkedHashMap<>(encoded));
  }
}
