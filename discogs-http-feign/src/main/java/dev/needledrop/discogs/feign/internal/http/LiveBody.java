package dev.needledrop.discogs.feign.internal.http;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;

/**
 * An answer's body read as it arrives: the batches received so far, then each batch the JDK
 * delivers, asking for the next one as soon as one is taken, so that at most two batches are held
 * whatever the body's length. Closing it before the end stops the transfer, and the JDK closes the
 * connection; {@link #expire} closes it from another thread when the attempt's time is up, and the
 * reader then fails with an {@link HttpTimeoutException}. The watch on the deadline is given back
 * once the body ends, fails or is closed. One reader at a time.
 */
final class LiveBody extends ChunkedInputStream {

  private static final Arrival END = new Arrival(List.of(), null);
  private static final Arrival CLOSED = new Arrival(List.of(), null);

  private final Flow.Subscription subscription;
  private final BlockingQueue<Arrival> arrivals = new LinkedBlockingQueue<>();
  private final Watchdog.Watch watch;
  private Iterator<ByteBuffer> batch;
  private ByteBuffer current;
  private boolean asked;
  private boolean ended;
  private volatile boolean closed;
  private volatile String expiry;

  LiveBody(List<ByteBuffer> start, Flow.Subscription subscription, Watchdog.Watch watch) {
    this.batch = new ArrayList<>(start).iterator();
    this.subscription = subscription;
    this.watch = watch;
  }

  /** What the JDK delivered: a batch of buffers, or the failure that ended the body. */
  private record Arrival(List<ByteBuffer> batch, Throwable failure) {}

  /** Takes a batch the JDK delivered. */
  void arrived(List<ByteBuffer> buffers) {
    arrivals.add(new Arrival(buffers, null));
  }

  /** Takes the end of the body. */
  void ended() {
    arrivals.add(END);
  }

  /** Takes the failure that ended the body. */
  void failed(Throwable failure) {
    arrivals.add(new Arrival(List.of(), failure));
  }

  /** Closes the body because the time to read it is up; the reader fails with the reason. */
  void expire(String reason) {
    expiry = reason;
    close();
  }

  @Override
  public int available() {
    ByteBuffer buffer = current;
    return closed || buffer == null ? 0 : buffer.remaining();
  }

  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    if (!ended) {
      synchronized (subscription) {
        subscription.cancel();
      }
    }
    arrivals.add(CLOSED);
    finish();
  }

  // Waits for the next buffer that arrives, failing with the reason when the body was cut.
  @Override
  ByteBuffer buffer() throws IOException {
    while (current == null || !current.hasRemaining()) {
      if (closed) {
        throw closedFailure();
      }
      if (batch.hasNext()) {
        current = batch.next();
      } else if (ended) {
        finish();
        return null;
      } else {
        take();
      }
    }
    return current;
  }

  private void take() throws IOException {
    askForMore();
    Arrival arrival;
    try {
      arrival = arrivals.take();
    } catch (InterruptedException interrupted) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while reading the body");
    }
    asked = false;
    if (arrival == CLOSED) {
      throw closedFailure();
    }
    if (arrival == END) {
      ended = true;
      return;
    }
    if (arrival.failure() != null) {
      finish();
      throw asIoException(arrival.failure());
    }
    batch = arrival.batch().iterator();
    // Read ahead: the next batch travels while this one is read.
    askForMore();
  }

  private void askForMore() {
    if (!asked) {
      asked = true;
      synchronized (subscription) {
        subscription.request(1);
      }
    }
  }

  private IOException closedFailure() {
    String reason = expiry;
    return reason != null
        ? new HttpTimeoutException(reason)
        : new IOException("the body was closed before its end");
  }

  private void finish() {
    if (watch != null) {
      watch.release();
    }
  }

  private static IOException asIoException(Throwable failure) {
    return failure instanceof IOException io ? io : new IOException(failure.toString(), failure);
  }
}
