package dev.needledrop.discogs.testkit.internal.database;

import dev.needledrop.discogs.api.Sort;
import dev.needledrop.discogs.api.SortKey;
import dev.needledrop.discogs.api.SortOrder;
import dev.needledrop.discogs.testkit.internal.http.ApiError;
import dev.needledrop.discogs.testkit.internal.http.StubRequest;
import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Reads {@code sort} and {@code sort_order}, refusing values Discogs does not list with 422;
 * without {@code sort} the listing keeps its own order and {@code sort_order} is ignored.
 */
public final class SortParameters {

  private SortParameters() {}

  public static <K extends Enum<K> & SortKey> Optional<Sort<K>> read(
      StubRequest request, Class<K> keys) {
    Optional<String> sort = request.parameter("sort");
    if (sort.isEmpty()) {
      return Optional.empty();
    }
    K key =
        Arrays.stream(keys.getEnumConstants())
            .filter(candidate -> candidate.wireName().equals(sort.get()))
            .findFirst()
            .orElseThrow(
                () -> ApiError.unprocessable("Invalid sort: expected one of " + names(keys) + "."));
    return Optional.of(new Sort<>(key, order(request)));
  }

  private static SortOrder order(StubRequest request) {
    String order = request.parameter("sort_order").orElse("asc");
    return Arrays.stream(SortOrder.values())
        .filter(candidate -> candidate.wireName().equals(order))
        .findFirst()
        .orElseThrow(() -> ApiError.unprocessable("Invalid sort_order: expected asc or desc."));
  }

  private static <K extends Enum<K> & SortKey> String names(Class<K> keys) {
    return Arrays.stream(keys.getEnumConstants())
        .map(SortKey::wireName)
        .collect(Collectors.joining(", "));
  }
}
