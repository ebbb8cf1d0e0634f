package dev.needledrop.discogs.oauth.internal;

import java.util.Objects;

/**
 * An {@code Authorization} header value and the signature inside it, kept apart so that error
 * messages can be scrubbed of it.
 *
 * @param value the whole header value, {@code OAuth …}
 * @param signature the {@code oauth_signature}, not encoded
 */
public record SignedHeader(String value, String signature) {

  /** Creates the header, refusing nulls. */
  public SignedHeader {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(signature, "signature");
  }

  @Override
  public String toString() {
    return "SignedHeader[****]";
  }
}
