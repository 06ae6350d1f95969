package com.classtag.clever.client.incremental;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;

/**
 * A {@link BaselineStore} in memory, for tests and short-lived processes. Thread-safe; its
 * compare-and-set is exact. The versions are counters.
 */
public final class InMemoryBaselineStore implements BaselineStore {
  private byte[] bytes;
  private long version;

  /** Creates an empty store. */
  public InMemoryBaselineStore() {}

  @Override
  public synchronized Optional<StoredBaseline> open() {
    return bytes == null
        ? Optional.empty()
        : Optional.of(new StoredBaseline(new ByteArrayInputStream(bytes), Long.toString(version)));
  }

  @Override
  public void save(Optional<String> expected, Content content) {
    Objects.requireNonNull(expected, "expected");
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      content.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save the baseline in " + describe(), e);
    }
    synchronized (this) {
      Optional<String> current =
          bytes == null ? Optional.empty() : Optional.of(Long.toString(version));
      if (!current.equals(expected)) {
        throw new BaselineConflictException(describe());
      }
      bytes = out.toByteArray();
      version++;
    }
  }

  /** {@return whether a baseline is stored} */
  public synchronized boolean isEmpty() {
    return bytes == null;
  }

  @Override
  public String describe() {
    return "memory (InMemoryBaselineStore)";
  }

  @Override
  public String toString() {
    return "InMemoryBaselineStore";
  }
}
