package dev.needledrop.discogs.feign.internal.http;

import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Receives an answer's body for the JDK's client: it collects a body of up to {@code holdLimit}
 * bytes whole, and hands a longer one over as a {@link LiveBody} as soon as it grows past the
 * limit, so that a short answer is complete (and its connection free) when the attempt ends while a
 * long one never sits whole in memory. Once the attempt's time is up ({@link #expire}), the body
 * fails with an {@link HttpTimeoutException} and the transfer stops.
 *
 * <p>The JDK signals one batch at a time, in order, from its own threads; {@link #expire} and
 * {@link #abort()} may be called from any thread.
 */
final class AnswerBodySubscriber implements HttpResponse.BodySubscriber<AnswerBody> {

  private final int holdLimit;
  private final CompletableFuture<AnswerBody> body = new CompletableFuture<>();
  private final List<ByteBuffer> received = new ArrayList<>(2);
  private long size;
  private Watchdog.Watch watch;
  private volatile Flow.Subscription subscription;
  private volatile LiveBody live;
  private volatile String expiry;

  AnswerBodySubscriber(int holdLimit) {
    this.holdLimit = holdLimit;
  }

  /** Gives the subscriber the watch on its deadline, which it gives back once the body is done. */
  void watchedBy(Watchdog.Watch deadline) {
    this.watch = deadline;
  }

  @Override
  public CompletionStage<AnswerBody> getBody() {
    return body;
  }

  @Override
  public void onSubscribe(Flow.Subscription subscription) {
    this.subscription = subscription;
    subscription.request(1);
  }

  @Override
  public void onNext(List<ByteBuffer> batch) {
    LiveBody streaming = live;
    if (streaming != null) {
      streaming.arrived(batch);
      return;
    }
    for (ByteBuffer buffer : batch) {
      received.add(buffer);
      size += buffer.remaining();
    }
    if (size > holdLimit) {
      goLive();
    } else {
      subscription.request(1);
    }
  }

  @Override
  public void onError(Throwable failure) {
    LiveBody streaming = live;
    if (streaming != null) {
      streaming.failed(failure);
    } else {
      release();
      body.completeExceptionally(failure);
    }
  }

  @Override
  public void onComplete() {
    LiveBody streaming = live;
    if (streaming != null) {
      streaming.ended();
    } else {
      release();
      body.complete(new AnswerBody.Whole(received, Math.toIntExact(size)));
    }
  }

  /** Fails the body for the reason, its time being up, and stops the transfer. */
  void expire(String reason) {
    expiry = reason;
    LiveBody streaming = live;
    if (streaming != null) {
      streaming.expire(reason);
    } else if (body.completeExceptionally(new HttpTimeoutException(reason))) {
      abort();
    }
  }

  /** Returns why the body was cut short from outside (its time was up), if it was. */
  Optional<String> expiry() {
    return Optional.ofNullable(expiry);
  }

  /** Stops receiving a body no longer wanted; the JDK then closes its connection. */
  void abort() {
    release();
    Flow.Subscription current = subscription;
    if (current != null) {
      current.cancel();
    }
  }

  // The live body is published before the answer, so that an expiry racing with it reaches it.
  private void goLive() {
    LiveBody streaming = new LiveBody(received, subscription, watch);
    live = streaming;
    body.complete(new AnswerBody.Streaming(streaming));
    String reason = expiry;
    if (reason != null) {
      streaming.expire(reason);
    }
  }

  private void release() {
    if (watch != null) {
      watch.release();
    }
  }
}
