package dev.needledrop.discogs.testkit.internal.userdata;

import java.math.BigDecimal;
import java.util.Objects;

/** What a collection is worth, as amounts in whatever currency the owner uses. */
public record Worth(BigDecimal minimum, BigDecimal median, BigDecimal maximum) {

  /** A collection worth nothing. */
  public static final Worth NOTHING =
      new Worth(new BigDecimal("0.00"), new BigDecimal("0.00"), new BigDecimal("0.00"));

  /** Creates the amounts. */
  public Worth {
    Objects.requireNonNull(minimum, "minimum");
    Objects.requireNonNull(median, "median");
    Objects.requireNonNull(maximum, "maximum");
  }
}
