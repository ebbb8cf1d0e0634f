package dev.needledrop.discogs.error;

/** Keeps secrets out of exception messages. */
final class Redaction {

  private static final int PREVIEW_LIMIT = 200;

  private Redaction() {}

  /** Drops the query, which may hold {@code token}, {@code key} or {@code secret} parameters. */
  static String pathOnly(String path) {
    if (path == null) {
      return "";
    }
    int query = path.indexOf('?');
    return query < 0 ? path : path.substring(0, query);
  }

  /** Returns a short, single-line preview of a response body. */
  static String preview(String body) {
    if (body == null) {
      return "";
    }
    String oneLine = body.replaceAll("\\s+", " ").trim();
    return oneLine.length() <= PREVIEW_LIMIT ? oneLine : oneLine.substring(0, PREVIEW_LIMIT) + "…";
  }
}
