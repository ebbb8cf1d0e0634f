package dev.needledrop.discogs.feign.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Objects;

/**
 * An input stream over a body that arrives as a run of byte buffers: subclasses say where the next
 * buffer comes from, this class hands out its bytes without copying them into a new array.
 */
abstract class ChunkedInputStream extends InputStream {

  /** Returns a buffer with bytes left, or null at the end of the body. */
  abstract ByteBuffer buffer() throws IOException;

  @Override
  public int read() throws IOException {
    ByteBuffer buffer = buffer();
    return buffer == null ? -1 : buffer.get() & 0xff;
  }

  @Override
  public int read(byte[] target, int offset, int length) throws IOException {
    Objects.checkFromIndexSize(offset, length, target.length);
    if (length == 0) {
      return 0;
    }
    ByteBuffer buffer = buffer();
    if (buffer == null) {
      return -1;
    }
    int count = Math.min(length, buffer.remaining());
    buffer.get(target, offset, count);
    return count;
  }
}
