package com.classtag.clever.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.SocketTimeoutException;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class DeadlineInputStreamTest {
  private final ScheduledExecutorService watchdog = Executors.newSingleThreadScheduledExecutor();

  @AfterEach
  void stop() {
    watchdog.shutdownNow();
  }

  @Test
  void aReadThatBlocksPastTheDeadlineFailsAndIsRemembered() throws Exception {
    DeadlineInputStream in = new DeadlineInputStream(new StallingStream(), Duration.ofMillis(100), watchdog);

    assertThat(in.read(new byte[2], 0, 2)).isEqualTo(2);
    assertThatThrownBy(() -> in.read(new byte[2], 0, 2))
        .isInstanceOf(SocketTimeoutException.class).hasMessageContaining("body deadline");
    assertThat(in.failure()).isInstanceOf(BodyDeadlineException.class);
    assertThatThrownBy(in::read).isInstanceOf(SocketTimeoutException.class);
  }

  @Test
  void aBodyReadInTimeIsUntouched() throws Exception {
    DeadlineInputStream in = new DeadlineInputStream(new ByteArrayInputStream(new byte[] {7, 8}),
        Duration.ofSeconds(30), watchdog);
    assertThat(in.read()).isEqualTo(7);
    assertThat(in.read()).isEqualTo(8);
    assertThat(in.read()).isEqualTo(-1);
    assertThat(in.failure()).isNull();
    in.close();
  }

  /** Gives two bytes, then blocks until closed, like a socket whose peer went silent; closing unblocks it. */
  private static final class StallingStream extends InputStream {
    private final CountDownLatch closed = new CountDownLatch(1);
    private int given;

    @Override
    public int read() throws IOException {
      if (given < 2) {
        return ++given;
      }
      try {
        closed.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      throw new IOException("closed");
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      if (given < 2) {
        int n = Math.min(len, 2 - given);
        for (int i = 0; i < n; i++) {
          b[off + i] = (byte) read();
        }
        return n;
      }
      read();
      return -1;
    }

    @Override
    public void close() {
      closed.countDown();
    }
  }
}
