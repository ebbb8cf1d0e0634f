package dev.needledrop.discogs.cli;

import dev.needledrop.discogs.model.Money;
import java.util.Optional;

/** How the marketplace commands write amounts and byte counts. */
final class MarketText {

  private MarketText() {}

  /**
   * Returns an amount rounded to its currency's decimals, such as {@code 21.00 EUR} for a converted
   * 20.9971; empty for none.
   */
  static String money(Optional<Money> money) {
    return money.map(Prices::format).orElse("");
  }

  /** Returns a byte count readably, such as {@code 812 B} or {@code 45.6 KB}. */
  static String bytes(long count) {
    if (count < 1024) {
      return count + " B";
    }
    double kilobytes = count / 1024.0;
    return kilobytes < 1024
        ? Text.decimal(kilobytes).replaceFirst("0$", "") + " KB"
        : Text.decimal(kilobytes / 1024).replaceFirst("0$", "") + " MB";
  }
}
