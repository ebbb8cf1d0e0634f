package dev.needledrop.discogs.testkit.internal.search;

import dev.needledrop.discogs.api.SearchQuery;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What a search asks for: free text, a kind, and field filters, matched case-insensitively.
 *
 * <p>Every word of the free text must occur in some field; every field filter must occur, as a
 * whole, in one of that field's texts. Only the parameters of the Discogs search table count;
 * others (paging, credentials) are ignored.
 */
public final class SearchCriteria {

  private static final List<String> FILTERS =
      Arrays.stream(SearchQuery.Field.values())
          .filter(field -> field != SearchQuery.Field.QUERY && field != SearchQuery.Field.TYPE)
          .map(SearchQuery.Field::wireName)
          .toList();

  private final List<String> words;
  private final Optional<String> type;
  private final Map<String, String> filters;

  private SearchCriteria(List<String> words, Optional<String> type, Map<String, String> filters) {
    this.words = words;
    this.type = type;
    this.filters = filters;
  }

  /** Reads the criteria from request parameters, given by wire name; blank values are ignored. */
  public static SearchCriteria from(Function<String, Optional<String>> parameter) {
    List<String> words =
        parameter.apply("q").map(SearchCriteria::fold).stream()
            .flatMap(q -> Arrays.stream(q.split("\\s+")))
            .filter(word -> !word.isEmpty())
            .toList();
    Optional<String> type = parameter.apply("type").map(SearchCriteria::fold);
    Map<String, String> filters = new LinkedHashMap<>();
    for (String name : FILTERS) {
      parameter.apply(name).map(SearchCriteria::fold).ifPresent(value -> filters.put(name, value));
    }
    return new SearchCriteria(words, type.filter(t -> !t.isEmpty()), filters);
  }

  /** Tells whether the document matches the kind, every word and every filter. */
  public boolean matches(SearchDocument document) {
    if (type.isPresent() && !type.get().equals(document.type())) {
      return false;
    }
    for (String word : words) {
      if (!containsAnywhere(document, word)) {
        return false;
      }
    }
    return filters.entrySet().stream()
        .allMatch(filter -> contains(document.values(filter.getKey()), filter.getValue()));
  }

  private static boolean containsAnywhere(SearchDocument document, String word) {
    return document.fields().values().stream().anyMatch(texts -> contains(texts, word));
  }

  private static boolean contains(List<String> texts, String wanted) {
    return texts.stream().anyMatch(text -> fold(text).contains(wanted));
  }

  private static String fold(String text) {
    return text.trim().toLowerCase(Locale.ROOT);
  }
}
