package dev.needledrop.discogs.cli;

import dev.needledrop.discogs.model.database.Track;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;

/**
 * Prints a tracklist: positions, titles and durations in columns; headings set apart and
 * underlined; the sub-tracks of an index track indented under its title. A heading titled only
 * {@code -}, which Discogs editors use as a separator, prints as a blank line.
 */
final class Tracklist {

  private static final String INDENT = "  ";
  private static final String GAP = "  ";
  // Titles longer than this push their duration to the right rather than every duration.
  private static final int MAX_TITLE_COLUMN = 64;

  /** One printed line: a heading, or an entry at some depth of nesting. */
  private record Line(int depth, Track track) {

    String title() {
      String artists = Credits.join(track.artists());
      return Credits.headline(artists, track.title());
    }

    int titleWidth() {
      return INDENT.length() * depth + Text.columns(title());
    }
  }

  private Tracklist() {}

  /** Prints the tracklist under a "Tracklist" heading; prints nothing for an empty one. */
  static void print(List<Track> tracklist, PrintWriter out) {
    if (tracklist.isEmpty()) {
      return;
    }
    List<Line> lines = new ArrayList<>();
    tracklist.forEach(track -> flatten(track, 0, lines));
    int positionWidth =
        lines.stream().mapToInt(l -> Text.columns(l.track().position().raw())).max().orElse(0);
    int titleWidth = titleWidth(lines);
    List<String> printed = new ArrayList<>();
    printed.add("");
    printed.add("Tracklist");
    lines.forEach(line -> printed.addAll(render(line, positionWidth, titleWidth)));
    // Separators next to headings would stack blank lines; one is enough.
    for (int i = 0; i < printed.size(); i++) {
      if (i == 0 || !printed.get(i).isEmpty() || !printed.get(i - 1).isEmpty()) {
        out.println(printed.get(i));
      }
    }
  }

  private static int titleWidth(List<Line> lines) {
    int widest =
        lines.stream()
            .filter(l -> !l.track().isHeading())
            .mapToInt(Line::titleWidth)
            .max()
            .orElse(0);
    return Math.min(MAX_TITLE_COLUMN, widest);
  }

  private static void flatten(Track track, int depth, List<Line> lines) {
    lines.add(new Line(depth, track));
    track.subTracks().forEach(sub -> flatten(sub, depth + 1, lines));
  }

  private static List<String> render(Line line, int positionWidth, int titleWidth) {
    Track track = line.track();
    if (track.isHeading()) {
      return heading(track.title().strip());
    }
    String nesting = INDENT.repeat(line.depth());
    String position = Text.pad(track.position().raw(), positionWidth);
    String text = INDENT + position + GAP + nesting + line.title();
    String duration = track.duration().raw().strip();
    if (duration.isEmpty()) {
      return List.of(text.stripTrailing());
    }
    int column = INDENT.length() + positionWidth + GAP.length() + titleWidth;
    return List.of(Text.pad(text, column) + GAP + duration);
  }

  private static List<String> heading(String title) {
    if (title.isEmpty() || title.equals("-")) {
      return List.of("");
    }
    return List.of("", INDENT + title, INDENT + "-".repeat(Text.columns(title)));
  }
}
