package com.classtag.clever.client.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A response body as a stream, with a deadline on the time spent waiting for its bytes that the
 * reading thread enforces itself. {@code HttpRequest.timeout} stops at the response headers
 * (JDK-8258397), so a body that stalls needs a deadline of its own; and one kept by another thread
 * (a watchdog closing the stream) dies with that thread, leaving the reader blocked forever. So
 * this stream subscribes to the body's buffers and the reader waits for each with a timed poll of
 * the time left: nothing but the reading thread has to stay alive for the deadline to hold.
 *
 * <p>Only time blocked inside {@code read} counts, so a caller that processes records slowly
 * between reads is never cut off; a stalled or trickling body is. One list of buffers is requested
 * at a time, so at most one is held beyond what the reader has taken. Every failure is remembered,
 * so that a parse error the network caused can be reported as I/O rather than as bad data.
 *
 * <p>It also stops a body at a number of bytes ({@link LimitExceeded}), so that no server can make
 * a reader take more.
 *
 * <p>Time is measured with {@link System#nanoTime()}, not the client's injectable clock: the
 * deadline guards a real socket, which a fake clock cannot unblock. Read by one thread at a time.
 */
final class DeadlineInputStream extends InputStream implements Flow.Subscriber<List<ByteBuffer>> {
  private static final Object END = new Object();
  private static final Object CLOSED = new Object();

  private final BlockingQueue<Object> arrived = new LinkedBlockingQueue<>();
  private final Duration deadline;
  private final long budgetNanos;
  private final long maxBytes;
  private long bytesRead;
  private volatile Flow.Subscription subscription;
  private volatile boolean closed;
  private volatile IOException failure;
  private long usedNanos;
  private Iterator<ByteBuffer> list;
  private ByteBuffer buffer;
  private boolean ended;

  DeadlineInputStream(Duration deadline, long maxBytes) {
    this.deadline = deadline;
    this.budgetNanos = deadline.toNanos();
    this.maxBytes = maxBytes;
  }

  /** Returns how many bytes have been read. */
  long bytesRead() {
    return bytesRead;
  }

  @Override
  public void onSubscribe(Flow.Subscription s) {
    subscription = s;
    if (closed) {
      s.cancel();
    } else {
      s.request(1);
    }
  }

  @Override
  public void onNext(List<ByteBuffer> item) {
    arrived.add(item);
  }

  @Override
  public void onError(Throwable t) {
    arrived.add(t);
  }

  @Override
  public void onComplete() {
    arrived.add(END);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (failure != null) {
      throw failure;
    }
    if (closed) {
      throw new IOException("the response body is closed");
    }
    if (len == 0) {
      return 0;
    }
    while (buffer == null || !buffer.hasRemaining()) {
      if (ended) {
        return -1;
      }
      if (list != null && list.hasNext()) {
        buffer = list.next();
      } else {
        takeNextList();
      }
    }
    int n = Math.min(len, buffer.remaining());
    if (bytesRead + n > maxBytes) {
      cancel();
      throw fail(
          new LimitExceeded(
              "maxResponseBytes", maxBytes, "a body longer than " + maxBytes + " bytes"));
    }
    bytesRead += n;
    buffer.get(b, off, n);
    return n;
  }

  /**
   * Waits, within the time left, for the next list of buffers, the end of the body or its failure.
   */
  private void takeNextList() throws IOException {
    if (list != null) {
      list = null;
      subscription.request(1);
    }
    long left = budgetNanos - usedNanos;
    Object item = null;
    if (left > 0) {
      long start = System.nanoTime();
      try {
        item = arrived.poll(left, TimeUnit.NANOSECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        InterruptedIOException io =
            new InterruptedIOException("interrupted while reading the response body");
        io.initCause(e);
        throw fail(io);
      } finally {
        usedNanos += System.nanoTime() - start;
      }
    }
    if (item == null) {
      cancel();
      throw fail(new BodyDeadlineException(deadline));
    }
    if (item == END) {
      ended = true;
    } else if (item == CLOSED) {
      throw fail(new IOException("the response body was closed while it was being read"));
    } else if (item instanceof Throwable t) {
      throw fail(
          t instanceof IOException io
              ? io
              : new IOException("reading the response body failed", t));
    } else {
      @SuppressWarnings("unchecked")
      List<ByteBuffer> buffers = (List<ByteBuffer>) item;
      list = buffers.iterator();
    }
  }

  /** Returns the failure a read hit, or null. */
  IOException failure() {
    return failure;
  }

  /**
   * Stops the body: cancels the subscription, which releases the connection, and drops what
   * arrived.
   */
  @Override
  public void close() {
    closed = true;
    cancel();
    arrived.clear();
    // Wakes a reader blocked in another thread (the client closing, say).
    arrived.add(CLOSED);
  }

  private void cancel() {
    Flow.Subscription s = subscription;
    if (s != null) {
      s.cancel();
    }
  }

  private IOException fail(IOException e) {
    if (failure == null) {
      failure = e;
    }
    return e;
  }
}
