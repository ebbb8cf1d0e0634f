package dev.needledrop.discogs.feign.internal.http;

import java.io.InputStream;

/**
 * What had arrived of an answer's body when the attempt handed the answer over: all of it, for a
 * body short enough to hold, or its start followed by the rest as it comes.
 */
sealed interface AnswerBody {

  /** Returns the body as a stream, from its first byte. */
  InputStream stream();

  /** The whole body, received within the attempt. */
  record Whole(byte[] bytes) implements AnswerBody {

    @Override
    public InputStream stream() {
      return new java.io.ByteArrayInputStream(bytes);
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
