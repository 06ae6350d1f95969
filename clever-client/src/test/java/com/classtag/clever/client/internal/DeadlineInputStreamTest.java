package com.classtag.clever.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class DeadlineInputStreamTest {
  /**
   * The body's source delivers two bytes and then nothing, ever: what a reader sees when the
   * threads that deliver the body (the HttpClient's, or a watchdog's) die mid-read. The read must
   * still end, typed, within its deadline, since nothing but the reading thread keeps it.
   */
  @Test
  void aReadEndsWithinItsDeadlineWhenEveryOtherThreadHasDied() throws Exception {
    DeadlineInputStream in = new DeadlineInputStream(Duration.ofMillis(200), Long.MAX_VALUE);
    Source source = new Source(in);
    source.deliver(new byte[] {1, 2});

    assertThat(in.read(new byte[2], 0, 2)).isEqualTo(2);
    long start = System.nanoTime();
    assertTimeoutPreemptively(
        Duration.ofSeconds(3),
        () ->
            assertThatThrownBy(() -> in.read(new byte[2], 0, 2))
                .isInstanceOf(SocketTimeoutException.class)
                .hasMessageContaining("body deadline"));
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    assertThat(in.failure()).isInstanceOf(BodyDeadlineException.class);
    assertThat(source.cancelled).isTrue();
    assertThatThrownBy(in::read).isInstanceOf(SocketTimeoutException.class);
  }

  @Test
  void aBodyReadInTimeIsUntouchedAndRequestedOneListAtATime() throws Exception {
    DeadlineInputStream in = new DeadlineInputStream(Duration.ofSeconds(30), Long.MAX_VALUE);
    Source source = new Source(in);
    assertThat(source.requested.get()).isEqualTo(1);
    source.deliver(new byte[] {7});
    assertThat(in.read()).isEqualTo(7);
    source.deliver(new byte[] {8});
    assertThat(in.read()).isEqualTo(8);
    assertThat(source.requested.get()).isEqualTo(2);
    source.subscriber.onComplete();
    assertThat(in.read()).isEqualTo(-1);
    assertThat(in.failure()).isNull();
    in.close();
    assertThat(source.cancelled).isTrue();
  }

  @Test
  void aFailureOfTheBodyIsRememberedAsIo() {
    DeadlineInputStream in = new DeadlineInputStream(Duration.ofSeconds(30), Long.MAX_VALUE);
    Source source = new Source(in);
    source.subscriber.onError(new IOException("connection reset"));
    assertThatThrownBy(in::read).isInstanceOf(IOException.class).hasMessage("connection reset");
    assertThat(in.failure()).hasMessage("connection reset");
  }

  @Test
  void closingFromAnotherThreadWakesABlockedReader() throws Exception {
    DeadlineInputStream in = new DeadlineInputStream(Duration.ofSeconds(30), Long.MAX_VALUE);
    new Source(in);
    CompletableFuture<Throwable> read =
        CompletableFuture.supplyAsync(
            () -> {
              try {
                in.read();
                return null;
              } catch (IOException e) {
                return e;
              }
            });
    // Whether the reader is already blocked or not yet reading, closing ends its read.
    in.close();
    assertThat(read.get(5, java.util.concurrent.TimeUnit.SECONDS)).isInstanceOf(IOException.class);
  }

  /** A body source driven by the test; it never delivers anything on its own. */
  private static final class Source implements Flow.Subscription {
    final Flow.Subscriber<? super List<ByteBuffer>> subscriber;
    final AtomicInteger requested = new AtomicInteger();
    volatile boolean cancelled;

    Source(Flow.Subscriber<? super List<ByteBuffer>> subscriber) {
      this.subscriber = subscriber;
      subscriber.onSubscribe(this);
    }

    void deliver(byte[] bytes) {
      subscriber.onNext(List.of(ByteBuffer.wrap(bytes)));
    }

    @Override
    public void request(long n) {
      requested.addAndGet((int) n);
    }

    @Override
    public void cancel() {
      cancelled = true;
    }
  }
}
