package dev.needledrop.discogs.feign.internal.http;

import java.io.InputStream;
import java.nio.ByteBuffer;
import java.util.List;

/**
 * What had arrived of an answer's body when the attempt handed the answer over: all of it, for a
 * body short enough to hold, or its start followed by the rest as it comes.
 */
sealed interface AnswerBody {

  /** Returns the body as a stream, from its first byte; a body is read once. */
  InputStream stream();

  /**
   * The whole body, received within the attempt, in the buffers the JDK delivered it in: reading it
   * needs no copy of its own.
   *
   * @param buffers the body's bytes, in order
   * @param length the body's length in bytes
   */
  record Whole(List<ByteBuffer> buffers, int length) implements AnswerBody {

    @Override
    public InputStream stream() {
      return new BuffersInputStream(buffers);
    }

    /** Returns the body's bytes in one array, for a body that may be read more than once. */
    byte[] bytes() {
      byte[] bytes = new byte[length];
      int at = 0;
      for (ByteBuffer buffer : buffers) {
        int count = buffer.remaining();
        buffer.duplicate().get(bytes, at, count);
        at += count;
      }
      return bytes;
    }
  }

  /** A body too long to hold, read as it arrives. */
  record Streaming(LiveBody live) implements AnswerBody {

    @Override
    public InputStream stream() {
      return live;
    }
  }
}
