package dev.needledrop.discogs.cli;

import java.io.PrintWriter;
import java.util.OptionalLong;
import java.util.function.LongConsumer;

/**
 * Shows a download's progress on one line of standard error, rewritten in place with a carriage
 * return: {@code downloading inventory.csv: 45.6 KB of 91.2 KB (50%)}; ended with a line break.
 */
final class DownloadProgress implements LongConsumer {

  private final PrintWriter err;
  private final String name;
  private final OptionalLong total;
  private long lastShown = -1;

  DownloadProgress(PrintWriter err, String name, OptionalLong total) {
    this.err = err;
    this.name = name;
    this.total = total;
  }

  /** Shows the bytes copied so far, when the shown figure changes. */
  @Override
  public void accept(long copied) {
    long shown = total.isPresent() && total.getAsLong() > 0 ? percent(copied) : copied / 1024;
    if (shown != lastShown) {
      lastShown = shown;
      err.print("\r" + line(copied));
      err.flush();
    }
  }

  /** Ends the progress line with the final count. */
  void finish(long copied) {
    err.println("\r" + line(copied));
    err.flush();
  }

  private String line(long copied) {
    String size =
        total.isPresent() && total.getAsLong() > 0
            ? MarketText.bytes(copied)
                + " of "
                + MarketText.bytes(total.getAsLong())
                + " ("
                + percent(copied)
                + "%)"
            : MarketText.bytes(copied);
    return "downloading " + name + ": " + size;
  }

  private long percent(long copied) {
    return Math.min(100, copied * 100 / total.getAsLong());
  }
}
