package dev.needledrop.discogs.feign.internal.http;

import java.nio.ByteBuffer;
import java.util.Iterator;
import java.util.List;

/** Reads a body held in buffers, in order, consuming them as it goes. One reader. */
final class BuffersInputStream extends ChunkedInputStream {

  private final Iterator<ByteBuffer> buffers;
  private ByteBuffer current;

  BuffersInputStream(List<ByteBuffer> buffers) {
    this.buffers = buffers.iterator();
  }

  @Override
  public int available() {
    return current == null ? 0 : current.remaining();
  }

  @Override
  ByteBuffer buffer() {
    while (current == null || !current.hasRemaining()) {
      if (!buffers.hasNext()) {
        return null;
      }
      current = buffers.next();
    }
    return current;
  }
}
