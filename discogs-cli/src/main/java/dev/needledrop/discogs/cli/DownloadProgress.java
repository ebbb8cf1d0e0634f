package dev.needledrop.discogs.cli;

import java.io.PrintWriter;
import java.util.OptionalLong;
import java.util.function.LongConsumer;

/**
 * Shows a download's progress on standard error: on a terminal, one line rewritten in place with a
 * carriage return, {@code downloading inventory.csv: 45.6 KB of 91.2 KB (50%)}, ended with a line
 * break; elsewhere, such as in a log file, one line at the start and one at the end.
 */
final class DownloadProgress implements LongConsumer {

  private final PrintWriter err;
  private final String name;
  private final OptionalLong total;
  private final boolean redraw;
  private long lastShown = -1;

  /**
   * Starts showing a download, saying so at once when standard error is not a terminal.
   *
   * @param redraw whether standard error is a terminal, where the line is redrawn in place
   */
  DownloadProgress(PrintWriter err, String name, OptionalLong total, boolean redraw) {
    this.err = err;
    this.name = name;
    this.total = total;
    this.redraw = redraw;
    if (!redraw) {
      err.println("downloading " + name + (known() ? " (" + MarketText.bytes(size()) + ")" : ""));
      err.flush();
    }
  }

  /** Shows the bytes copied so far, when the shown figure changes (on a terminal only). */
  @Override
  public void accept(long copied) {
    if (!redraw) {
      return;
    }
    long shown = known() ? percent(copied) : copied / 1024;
    if (shown != lastShown) {
      lastShown = shown;
      err.print("\r" + line(copied));
      err.flush();
    }
  }

  /** Ends the progress with the final count. */
  void finish(long copied) {
    if (redraw) {
      err.println("\r" + line(copied));
    } else {
      err.println("downloaded " + name + ": " + MarketText.bytes(copied));
    }
    err.flush();
  }

  private String line(long copied) {
    String size =
        known()
            ? MarketText.bytes(copied)
                + " of "
                + MarketText.bytes(size())
                + " ("
                + percent(copied)
                + "%)"
            : MarketText.bytes(copied);
    return "downloading " + name + ": " + size;
  }

  private boolean known() {
    return total.isPresent() && total.getAsLong() > 0;
  }

  private long size() {
    return total.getAsLong();
  }

  private long percent(long copied) {
    return Math.min(100, copied * 100 / size());
  }
}
