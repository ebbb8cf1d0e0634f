package dev.needledrop.discogs.testkit.internal.http;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The text flavour a caller asks for in {@code Accept}; anything else means {@code discogs}. */
public enum MediaFlavour {
  DISCOGS,
  HTML,
  PLAINTEXT;

  private static final Pattern VENDOR_TYPE =
      Pattern.compile("application/vnd\\.discogs\\.v2\\.(discogs|html|plaintext)\\+json");

  /** Returns the flavour of the first Discogs media type in the header, or {@code discogs}. */
  public static MediaFlavour fromAccept(String accept) {
    Matcher matcher = VENDOR_TYPE.matcher(accept.toLowerCase(Locale.ROOT));
    return matcher.find() ? valueOf(matcher.group(1).toUpperCase(Locale.ROOT)) : DISCOGS;
  }

  /**
   * Returns the {@code X-Discogs-Media-Type} value reporting this flavour, such as {@code
   * discogs.v2}.
   */
  public String mediaTypeHeader() {
    return name().toLowerCase(Locale.ROOT) + ".v2";
  }
}
