package dev.needledrop.discogs.testkit.internal.search;

/** Turns a title into the slug Discogs puts in page paths, such as {@code Rick-Astley-Title}. */
public final class Slug {

  private Slug() {}

  /** Returns the slug: letters and digits kept, every other run replaced by one dash. */
  public static String of(String text) {
    String dashed = text.replaceAll("[^\\p{L}\\p{N}]+", "-");
    return dashed.replaceAll("^-+|-+$", "");
  }

  /** Returns a site-relative page path such as {@code /release/123-Artist-Title}. */
  public static String path(String kind, long id, String title) {
    String slug = of(title);
    return "/" + kind + "/" + id + (slug.isEmpty() ? "" : "-" + slug);
  }
}
