package dev.needledrop.discogs.feign.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.util.zip.GZIPInputStream;

/**
 * Inflates a gzip response body as it is read.
 *
 * <p>The gzip header is only read on the first read, so that a corrupt body fails where the body is
 * read (and can be reported as unreadable) rather than while the response is being received. An
 * empty body, as servers send with a 204 even when they announce gzip, reads as empty.
 */
final class InflatingInputStream extends InputStream {

  static final int BUFFER_SIZE = 8192;

  private final InputStream compressed;
  private final int bufferSize;
  private InputStream inflated;

  InflatingInputStream(InputStream compressed) {
    this(compressed, BUFFER_SIZE);
  }

  /** Inflates the stream, reading the compressed bytes through a buffer of the given size. */
  InflatingInputStream(InputStream compressed, int bufferSize) {
    this.compressed = compressed;
    this.bufferSize = bufferSize;
  }

  @Override
  public int read() throws IOException {
    return inflated().read();
  }

  @Override
  public int read(byte[] buffer, int offset, int length) throws IOException {
    return inflated().read(buffer, offset, length);
  }

  @Override
  public void close() throws IOException {
    if (inflated != null) {
      inflated.close();
    } else {
      compressed.close();
    }
  }

  private InputStream inflated() throws IOException {
    if (inflated == null) {
      PushbackInputStream source = new PushbackInputStream(compressed, 1);
      int first = source.read();
      if (first < 0) {
        inflated = source;
      } else {
        source.unread(first);
        inflated = new GZIPInputStream(source, bufferSize);
      }
    }
    return inflated;
  }
}
