package dev.needledrop.discogs.feign.internal.codec;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;

/**
 * A {@code multipart/form-data} body holding one file part, as Discogs' inventory uploads expect:
 * the part is named {@code upload} and carries the CSV file with its name.
 *
 * <p>The boundary is random and checked not to occur in the file, so no file content can end the
 * part early.
 */
public final class MultipartForm {

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final String CRLF = "\r\n";

  private final String boundary;
  private final byte[] body;

  private MultipartForm(String boundary, byte[] body) {
    this.boundary = boundary;
    this.body = body;
  }

  /**
   * Returns a form with one file part.
   *
   * @param partName the form field name, such as {@code upload}
   * @param filename the file name sent in the part's {@code Content-Disposition}
   * @param contentType the part's content type, such as {@code text/csv}
   */
  public static MultipartForm ofFile(
      String partName, String filename, String contentType, byte[] content) {
    Objects.requireNonNull(content, "content");
    String boundary = freshBoundary(content);
    ByteArrayOutputStream out = new ByteArrayOutputStream(content.length + 256);
    write(out, "--" + boundary + CRLF);
    write(
        out,
        "Content-Disposition: form-data; name=\""
            + partName
            + "\"; filename=\""
            + filename
            + "\""
            + CRLF);
    write(out, "Content-Type: " + contentType + CRLF + CRLF);
    out.writeBytes(content);
    write(out, CRLF + "--" + boundary + "--" + CRLF);
    return new MultipartForm(boundary, out.toByteArray());
  }

  /** Returns the {@code Content-Type} header value naming the boundary. */
  public String contentType() {
    return "multipart/form-data; boundary=" + boundary;
  }

  /** Returns a copy of the encoded body. */
  public byte[] body() {
    return body.clone();
  }

  private static String freshBoundary(byte[] content) {
    String text = new String(content, StandardCharsets.ISO_8859_1);
    while (true) {
      byte[] random = new byte[16];
      RANDOM.nextBytes(random);
      String boundary = "needledrop-" + HexFormat.of().formatHex(random);
      if (!text.contains(boundary)) {
        return boundary;
      }
    }
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
  }
}
