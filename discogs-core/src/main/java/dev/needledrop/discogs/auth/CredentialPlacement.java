package dev.needledrop.discogs.auth;

/** Where key/secret and token credentials travel. */
public enum CredentialPlacement {
  /** In the {@code Authorization} header: the default, kept out of URLs and logs. */
  HEADER,
  /**
   * In the query string ({@code token=}, {@code key=&secret=}), only for environments that strip
   * headers; URLs end up in proxy and server logs.
   */
  QUERY
}
