package dev.needledrop.discogs.cli;

import java.io.PrintWriter;

/**
 * A progress bar on standard error, such as {@code exporting [##########..........] 50%
 * 5000/10000}. On a terminal it is redrawn in place (with a carriage return) each time the
 * percentage moves and ended with a line break; elsewhere, such as in a log file, it is one line
 * when the total is known and one at the end. Not thread-safe.
 */
final class ProgressBar {

  private static final int WIDTH = 30;

  private final PrintWriter err;
  private final String label;
  private final boolean redraw;
  private long total = -1;
  private long done;
  private int drawnPercent = -1;

  /**
   * Creates a bar.
   *
   * @param redraw whether standard error is a terminal, where the bar is redrawn in place
   */
  ProgressBar(PrintWriter err, String label, boolean redraw) {
    this.err = err;
    this.label = label;
    this.redraw = redraw;
  }

  /** Sets how many steps there are, once known; the bar shows from then on. */
  void total(long steps) {
    if (total < 0) {
      total = Math.max(steps, 0);
      if (redraw) {
        draw();
      } else {
        err.println(label + " " + done + "/" + total);
        err.flush();
      }
    }
  }

  /** Counts one step done. */
  void step() {
    done++;
    if (redraw) {
      draw();
    }
  }

  /** Ends the bar's line, showing it full when every step was done. */
  void finish() {
    if (!redraw) {
      total(done);
      err.println(label + " " + done + "/" + total + " (" + percent() + "%)");
      err.flush();
      return;
    }
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
    int percent = percent();
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

  private int percent() {
    return total <= 0 ? 100 : (int) Math.min(100, done * 100 / total);
  }
}
