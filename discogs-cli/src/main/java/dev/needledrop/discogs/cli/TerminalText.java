package dev.needledrop.discogs.cli;

import java.io.FilterWriter;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;

/**
 * Keeps text from a server from steering the user's terminal: control characters are written as a
 * backslash, a {@code u} and four hex digits instead of being obeyed. Covers C0 controls but for
 * the tab and the line separator the command itself prints, DEL, C1 controls, and the bidirectional
 * overrides and isolates that reorder what a line shows.
 *
 * <p>Applied where human-readable output is written, once for every command: the summaries and the
 * failure line. Not applied to {@code --json}, which stays as Discogs sent it, nor to files.
 */
final class TerminalText extends FilterWriter {

  private static final boolean CARRIAGE_RETURN_ENDS_LINES = System.lineSeparator().contains("\r");

  private TerminalText(Writer out) {
    super(out);
  }

  /** Returns a writer that neutralises control characters on their way to the given one. */
  static PrintWriter over(Writer out) {
    return new PrintWriter(new TerminalText(out));
  }

  /** Returns the text with every control character written as its escape. */
  static String neutralised(String text) {
    StringBuilder safe = null;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isSteering(c)) {
        if (safe == null) {
          safe = new StringBuilder(text.length() + 8).append(text, 0, i);
        }
        safe.append(String.format("\\u%04x", (int) c));
      } else if (safe != null) {
        safe.append(c);
      }
    }
    return safe == null ? text : safe.toString();
  }

  /** Tells whether the character would steer a terminal rather than show as text. */
  static boolean isSteering(char c) {
    if (c == '\n' || c == '\t' || (c == '\r' && CARRIAGE_RETURN_ENDS_LINES)) {
      return false;
    }
    return c < 0x20
        || (c >= 0x7f && c <= 0x9f)
        || (c >= '\u202a' && c <= '\u202e')
        || (c >= '\u2066' && c <= '\u2069');
  }

  @Override
  public void write(int c) throws IOException {
    out.write(neutralised(String.valueOf((char) c)));
  }

  @Override
  public void write(char[] buffer, int offset, int length) throws IOException {
    out.write(neutralised(new String(buffer, offset, length)));
  }

  @Override
  public void write(String text, int offset, int length) throws IOException {
    out.write(neutralised(text.substring(offset, offset + length)));
  }
}
