package dev.needledrop.discogs.feign.internal.http;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;

/** Reads a body held in buffers, in order, consuming them as it goes. One reader. */
final class BuffersInputStream extends InputStream {

  private final Iterator<ByteBuffer> buffers;
  private ByteBuffer current;

  BuffersInputStream(List<ByteBuffer> buffers) {
    this.buffers = buffers.iterator();
  }

  @Override
  public int read() {
    ByteBuffer buffer = buffer();
    return buffer == null ? -1 : buffer.get() & 0xff;
  }

  @Override
  public int read(byte[] target, int offset, int length) {
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

  @Override
  public int available() {
    return current == null ? 0 : current.remaining();
  }

  // Returns a buffer with bytes left, or null at the end.
  private ByteBuffer buffer() {
    while (current == null || !current.hasRemaining()) {
      if (!buffers.hasNext()) {
        return null;
      }
      current = buffers.next();
    }
    return current;
  }
}
