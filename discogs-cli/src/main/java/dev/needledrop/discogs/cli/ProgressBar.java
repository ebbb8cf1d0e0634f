package dev.needledrop.discogs.cli;

import java.io.PrintWriter;

/**
 * A progress bar on standard error, such as {@code exporting [##########..........] 50%
 * 5000/10000}, redrawn in place (with a carriage return) each time the percentage moves, and ended
 * with a line break. Not thread-safe.
 */
final class ProgressBar {

  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final String label;
  private long total = -1;
  private long done;
  private int drawnPercent = -1;

  ProgressBar(PrintWriter err, String label) {
    this.err = err;
    this.label = label;
  }

  /** Sets how many steps there are, once known; the bar shows from then on. */
  void total(long steps) {
    if (total < 0) {
      total = Math.max(steps, 0);
      draw();
    }
  }

  /** Counts one step done. */
  void step() {
    done++;
    draw();
  }

  /** Ends the bar's line, showing it full when every step was done. */
  void finish() {
    total(done);
    drawnPercent = -1;
    draw();
    err.println();
    err.flush();
  }

  private void draw() {
    if (total < 0) {
      return;
    }
    int percent = total == 0 ? 100 : (int) Math.min(100, done * 100 / total);
    if (percent == drawnPercent) {
      return;
    }
    drawnPercent = percent;
    int filled = percent * WIDTH / 100;
    err.print(
        "\r"
            + label
            + " ["
            + "#".repeat(filled)
            + ".".repeat(WIDTH - filled)
            + "] "
            + String.format("%3d%%", percent)
            + " "
            + done
            + "/"
            + total);
    err.flush();
  }
}
