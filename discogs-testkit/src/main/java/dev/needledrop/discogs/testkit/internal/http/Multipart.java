package dev.needledrop.discogs.testkit.internal.http;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of a {@code multipart/form-data} body, as a browser or an HTTP client sends them: each
 * with its field name, its file name when it carries a file, and its bytes exactly as sent.
 */
public final class Multipart {

  private static final Pattern BOUNDARY =
      Pattern.compile("(?i)boundary=(?:\"([^\"]+)\"|([^;\\s]+))");
  private static final Pattern NAME = Pattern.compile("(?i)\\bname=\"([^\"]*)\"");
  private static final Pattern FILENAME = Pattern.compile("(?i)\\bfilename=\"([^\"]*)\"");
  private static final String HEADER_END = "\r\n\r\n";

  private final List<Part> parts;

  private Multipart(List<Part> parts) {
    this.parts = List.copyOf(parts);
  }

  /** One part: its field name, its file name (empty when none) and its content. */
  public record Part(String name, String filename, byte[] content) {

    /** Creates the part, copying the content. */
    public Part {
      content = content.clone();
    }

    @Override
    public byte[] content() {
      return content.clone();
    }
  }

  /**
   * Parses a body sent with the given content type.
   *
   * @return the parts, or empty when the content type is not multipart or names no boundary
   */
  public static Optional<Multipart> parse(String contentType, byte[] body) {
    if (!contentType.toLowerCase(Locale.ROOT).startsWith("multipart/form-data")) {
      return Optional.empty();
    }
    Matcher boundary = BOUNDARY.matcher(contentType);
    if (!boundary.find()) {
      return Optional.empty();
    }
    String delimiter = "--" + (boundary.group(1) != null ? boundary.group(1) : boundary.group(2));
    return Optional.of(
        new Multipart(parts(new String(body, StandardCharsets.ISO_8859_1), delimiter)));
  }

  /** Returns the first part with the field name. */
  public Optional<Part> part(String name) {
    return parts.stream().filter(part -> part.name().equals(name)).findFirst();
  }

  // ISO-8859-1 maps each byte to one char and back, so the content's bytes survive untouched.
  private static List<Part> parts(String body, String delimiter) {
    List<Part> parts = new ArrayList<>();
    int start = body.indexOf(delimiter);
    while (start >= 0) {
      int contentStart = start + delimiter.length();
      if (body.startsWith("--", contentStart)) {
        break;
      }
      int next = body.indexOf("\r\n" + delimiter, contentStart);
      if (next < 0) {
        break;
      }
      parsePart(body.substring(contentStart, next)).ifPresent(parts::add);
      start = next + 2;
    }
    return parts;
  }

  private static Optional<Part> parsePart(String raw) {
    String text = raw.startsWith("\r\n") ? raw.substring(2) : raw;
    int headerEnd = text.indexOf(HEADER_END);
    if (headerEnd < 0) {
      return Optional.empty();
    }
    String headers = text.substring(0, headerEnd);
    byte[] content =
        text.substring(headerEnd + HEADER_END.length()).getBytes(StandardCharsets.ISO_8859_1);
    Matcher name = NAME.matcher(headers);
    if (!name.find()) {
      return Optional.empty();
    }
    Matcher filename = FILENAME.matcher(headers);
    String file = filename.find() ? decode(filename.group(1)) : "";
    return Optional.of(new Part(decode(name.group(1)), file, content));
  }

  // Header text arrived as UTF-8 bytes read one byte per char; turn them back into UTF-8 text.
  private static String decode(String latin1) {
    return new String(latin1.getBytes(StandardCharsets.ISO_8859_1), StandardCharsets.UTF_8);
  }
}
