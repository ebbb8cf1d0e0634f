package dev.needledrop.discogs.model.marketplace;

import dev.needledrop.discogs.internal.Values;
import dev.needledrop.discogs.model.Money;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The prices Discogs suggests for a release, one per media condition, in the seller's currency.
 * Empty when Discogs has no suggestion.
 *
 * @param byCondition the suggested price per condition, best condition first
 */
public record PriceSuggestions(Map<MediaCondition, Money> byCondition) {

  /** Creates the suggestions, ordering them from the best condition to the worst. */
  public PriceSuggestions {
    Map<MediaCondition, Money> ordered = new LinkedHashMap<>();
    Values.map(byCondition).entrySet().stream()
        .sorted(
            Comparator.comparingInt((Map.Entry<MediaCondition, Money> e) -> e.getKey().rank())
                .thenComparing(e -> e.getKey().value()))
        .forEach(e -> ordered.put(Objects.requireNonNull(e.getKey()), e.getValue()));
    byCondition = Collections.unmodifiableMap(ordered);
  }

  /** Returns the suggested price for a condition, when Discogs suggests one. */
  public Optional<Money> forCondition(MediaCondition condition) {
    return Optional.ofNullable(byCondition.get(condition));
  }

  /** Tells whether Discogs suggested nothing. */
  public boolean isEmpty() {
    return byCondition.isEmpty();
  }
}
