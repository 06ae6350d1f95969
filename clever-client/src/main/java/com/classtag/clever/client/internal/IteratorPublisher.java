package com.classtag.clever.client.internal;

import java.util.Objects;
import java.util.concurrent.Executor;
import java.util.concurrent.Flow;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * A {@link Flow.Publisher} over a fresh pass of a listing per subscriber, read on an executor as
 * demand arrives. Signals to a subscriber are serial: one drain task runs at a time (a
 * work-in-progress counter hands the drain to whichever thread raised it), and it emits no more
 * {@code onNext} than requested.
 */
final class IteratorPublisher<T> implements Flow.Publisher<T> {
  private final Supplier<RecordIterator<T>> source;
  private final Executor executor;

  IteratorPublisher(Supplier<RecordIterator<T>> source, Executor executor) {
    this.source = source;
    this.executor = executor;
  }

  @Override
  public void subscribe(Flow.Subscriber<? super T> subscriber) {
    Objects.requireNonNull(subscriber, "subscriber");
    Subscription<T> subscription = new Subscription<>(subscriber, source, executor);
    subscriber.onSubscribe(subscription);
  }

  private static final class Subscription<T> implements Flow.Subscription, Runnable {
    private final Flow.Subscriber<? super T> subscriber;
    private final Supplier<RecordIterator<T>> source;
    private final Executor executor;
    private final AtomicLong demand = new AtomicLong();
    private final AtomicInteger wip = new AtomicInteger();
    private volatile boolean cancelled;
    private volatile Throwable refused;
    private RecordIterator<T> iterator;
    private boolean done;

    Subscription(
        Flow.Subscriber<? super T> subscriber,
        Supplier<RecordIterator<T>> source,
        Executor executor) {
      this.subscriber = subscriber;
      this.source = source;
      this.executor = executor;
    }

    @Override
    public void request(long n) {
      if (n <= 0) {
        refused =
            new IllegalArgumentException(
                "request(" + n + "): demand must be positive (Reactive Streams §3.9)");
      } else {
        demand.accumulateAndGet(n, (a, b) -> a + b < 0 ? Long.MAX_VALUE : a + b);
      }
      schedule();
    }

    @Override
    public void cancel() {
      cancelled = true;
      schedule();
    }

    private void schedule() {
      if (wip.getAndIncrement() == 0) {
        try {
          executor.execute(this);
        } catch (RejectedExecutionException e) {
          refused = new IllegalStateException("the client is closed", e);
          run();
        }
      }
    }

    @Override
    public void run() {
      int missed = 1;
      do {
        drain();
        missed = wip.addAndGet(-missed);
      } while (missed != 0);
    }

    private void drain() {
      if (done) {
        return;
      }
      if (cancelled) {
        terminate();
        return;
      }
      if (refused != null) {
        terminate();
        subscriber.onError(refused);
        return;
      }
      while (demand.get() > 0 && !cancelled) {
        T item;
        try {
          if (iterator == null) {
            iterator = source.get();
          }
          if (!iterator.hasNext()) {
            terminate();
            subscriber.onComplete();
            return;
          }
          item = iterator.next();
        } catch (RuntimeException e) {
          terminate();
          subscriber.onError(e);
          return;
        }
        demand.decrementAndGet();
        try {
          subscriber.onNext(item);
        } catch (RuntimeException e) {
          // A subscriber must not throw (Reactive Streams §2.13); treat it as a cancellation.
          terminate();
          return;
        }
      }
      if (cancelled) {
        terminate();
      }
    }

    private void terminate() {
      done = true;
      if (iterator != null) {
        iterator.close();
      }
    }
  }
}
