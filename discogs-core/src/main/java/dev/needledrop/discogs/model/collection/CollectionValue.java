package dev.needledrop.discogs.model.collection;

import dev.needledrop.discogs.model.FormattedMoney;
import java.util.Objects;

/**
 * What a collection is worth by the marketplace's recent sales: the least, the median and the most,
 * in the user's currency. Discogs sends them as display text, such as {@code "$250.00"}; each keeps
 * that text and the money read from it.
 */
public record CollectionValue(
    FormattedMoney minimum, FormattedMoney median, FormattedMoney maximum) {

  /** Creates the value, refusing null parts. */
  public CollectionValue {
    Objects.requireNonNull(minimum, "minimum");
    Objects.requireNonNull(median, "median");
    Objects.requireNonNull(maximum, "maximum");
  }
}
