package dev.needledrop.discogs.feign.internal.codec;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Objects;

/**
 * A successful answer's body read as it arrives: it keeps the body's first bytes, to tell what the
 * body starts with and to show them in reports, and fails with a {@link LimitExceeded} rather than
 * read past its limit. One reader; closing it closes the body.
 */
final class BodyInput extends InputStream {

  // Enough for a report's preview (Redaction shows 200 characters) and to see where JSON starts.
  private static final int START_BYTES = 1024;

  private final InputStream body;
  private final long limit;
  private final byte[] start = new byte[START_BYTES];
  private int startLength = -1;
  private int startServed;
  private long served;

  BodyInput(InputStream body, long limit) {
    this.body = Objects.requireNonNull(body, "body");
    this.limit = limit;
  }

  /** The body is longer than the limit; the reader stopped there. */
  static final class LimitExceeded extends IOException {

    private static final long serialVersionUID = 1L;

    private final long limit;

    LimitExceeded(long limit) {
      super("the body is longer than " + limit + " bytes");
      this.limit = limit;
    }

    long limit() {
      return limit;
    }
  }

  /** Returns the first byte that is not JSON white space, or -1 for a body without one. */
  int firstNonBlank() throws IOException {
    fillStart();
    for (int i = 0; i < startLength; i++) {
      byte next = start[i];
      if (next != ' ' && next != '\t' && next != '\n' && next != '\r') {
        return next & 0xff;
      }
    }
    return -1;
  }

  /** Tells whether the body holds no byte at all. */
  boolean isEmpty() throws IOException {
    fillStart();
    return startLength == 0;
  }

  /** Returns the start of the body as text in the charset, as much of it as was read. */
  String startText(Charset charset) {
    return startLength <= 0 ? "" : new String(start, 0, startLength, charset);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] target, int offset, int length) throws IOException {
    Objects.checkFromIndexSize(offset, length, target.length);
    if (length == 0) {
      return 0;
    }
    fillStart();
    if (startServed < startLength) {
      int count = Math.min(length, startLength - startServed);
      System.arraycopy(start, startServed, target, offset, count);
      startServed += count;
      return count;
    }
    int count = body.read(target, offset, length);
    if (count > 0) {
      count(count);
    }
    return count;
  }

  @Override
  public void close() throws IOException {
    body.close();
  }

  private void fillStart() throws IOException {
    if (startLength >= 0) {
      return;
    }
    int length = 0;
    for (int read = 0; read >= 0 && length < START_BYTES; length += Math.max(read, 0)) {
      read = body.read(start, length, START_BYTES - length);
    }
    startLength = length;
    count(length);
  }

  private void count(int bytes) throws LimitExceeded {
    served += bytes;
    if (served > limit) {
      throw new LimitExceeded(limit);
    }
  }
}
