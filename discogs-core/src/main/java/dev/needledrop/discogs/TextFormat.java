package dev.needledrop.discogs;

/**
 * How Discogs renders free-text fields (profiles, notes, comments): with its own markup, as HTML,
 * or as plain text. Chosen through the {@code Accept} header.
 */
public enum TextFormat {
  /** Discogs markup, such as {@code [a=Artist]} and {@code [b]bold[/b]}: the API's default. */
  DISCOGS("discogs"),
  /** Markup rendered to HTML. */
  HTML("html"),
  /** Markup stripped. */
  PLAINTEXT("plaintext");

  private final String flavour;

  TextFormat(String flavour) {
    this.flavour = flavour;
  }

  /** Returns the {@code Accept} header value that asks for this format. */
  public String acceptHeader() {
    return "application/vnd.discogs.v2." + flavour + "+json";
  }
}
