package com.classtag.clever.client.internal;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * A body stream with a deadline on the time spent waiting for its bytes. {@code HttpRequest.timeout} stops
 * at the response headers (JDK-8258397), so without this a body that stalls would block a reader forever.
 *
 * <p>Only time blocked inside {@code read} counts, so a caller that processes records slowly between reads
 * is never cut off; a stalled or trickling body is. A watchdog task on a shared scheduler wakes when the
 * deadline could have passed, closes the underlying stream if it has, which unblocks the reader, and
 * otherwise sleeps again for the time left. Every failure is remembered, so that a parse error the network
 * caused can be reported as I/O rather than as bad data.
 *
 * <p>Time is measured with {@link System#nanoTime()}, not the client's injectable clock: the deadline guards
 * a real socket, which a fake clock cannot unblock.
 */
final class DeadlineInputStream extends InputStream {
  private static final long NOT_READING = Long.MIN_VALUE;

  private final InputStream in;
  private final Duration deadline;
  private final long budgetNanos;
  private final ScheduledExecutorService watchdog;
  private volatile long readStartedAt = NOT_READING;
  private volatile long usedNanos;
  private volatile boolean expired;
  private volatile boolean closed;
  private volatile IOException failure;
  private ScheduledFuture<?> timer;

  DeadlineInputStream(InputStream in, Duration deadline, ScheduledExecutorService watchdog) {
    this.in = in;
    this.deadline = deadline;
    this.budgetNanos = deadline.toNanos();
    this.watchdog = watchdog;
    schedule(budgetNanos);
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    int n = read(one, 0, 1);
    return n < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int len) throws IOException {
    if (expired) {
      throw fail(new BodyDeadlineException(deadline));
    }
    long start = System.nanoTime();
    readStartedAt = start;
    int n;
    try {
      n = in.read(b, off, len);
    } catch (IOException e) {
      throw fail(expired ? new BodyDeadlineException(deadline) : e);
    } finally {
      usedNanos += System.nanoTime() - start;
      readStartedAt = NOT_READING;
    }
    if (expired) {
      // The watchdog closed the stream under a blocked read, which may then report a clean end of stream.
      throw fail(new BodyDeadlineException(deadline));
    }
    return n;
  }

  /** Returns the failure a read hit, or null. */
  IOException failure() {
    return failure;
  }

  @Override
  public void close() throws IOException {
    closed = true;
    synchronized (this) {
      if (timer != null) {
        timer.cancel(false);
      }
    }
    in.close();
  }

  private IOException fail(IOException e) {
    if (failure == null) {
      failure = e;
    }
    return e;
  }

  private synchronized void schedule(long delayNanos) {
    if (closed) {
      return;
    }
    try {
      timer = watchdog.schedule(this::check, delayNanos, TimeUnit.NANOSECONDS);
    } catch (java.util.concurrent.RejectedExecutionException e) {
      // The client is closing; it closes every open body itself.
    }
  }

  private void check() {
    if (closed) {
      return;
    }
    long started = readStartedAt;
    long used = usedNanos + (started == NOT_READING ? 0 : System.nanoTime() - started);
    if (used >= budgetNanos) {
      expired = true;
      try {
        in.close();
      } catch (IOException e) {
        // Closing only serves to unblock the reader, which reports the deadline itself.
      }
    } else {
      schedule(budgetNanos - used);
    }
  }
}
