package com.classtag.clever.client.incremental;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/**
 * Where {@link IncrementalSync} keeps a district's baseline: a file ({@link BaselineFile}), memory
 * ({@link InMemoryBaselineStore}), or a store of your own, such as an object-storage bucket or a
 * database row, for a fleet of workers that syncs many districts (see {@code docs/baseline.md},
 * "Writing a store").
 *
 * <p>A store moves bytes, not baselines: the SDK writes and reads them in {@link
 * com.classtag.clever.model.baseline.BaselineFormat}. It must offer two things:
 *
 * <ul>
 *   <li>{@link #open()}: the stored bytes as a stream, with a version naming exactly those bytes
 *       (an ETag, an object generation, a row version), or empty if nothing is stored;
 *   <li>{@link #save}: an all-or-nothing replace that happens only if what is stored is still the
 *       version loaded (compare-and-set), so two workers that sync the same district cannot
 *       overwrite each other's newer baseline. A failed or refused save leaves the stored baseline
 *       as it was.
 * </ul>
 *
 * <p>Implementations must be safe for one thread at a time per baseline; a baseline holds personal
 * data, so they must keep it where only the sync may read it.
 */
public interface BaselineStore {
  /**
   * Opens the stored baseline.
   *
   * @return the stored bytes and their version, or empty if nothing is stored; the caller closes
   *     the stream
   * @throws UncheckedIOException if something is stored but cannot be read
   */
  Optional<StoredBaseline> open();

  /**
   * Replaces the stored baseline with the bytes {@code content} writes, atomically, if what is
   * stored is still what was loaded.
   *
   * @param expected the version {@link #open()} returned, or empty if it found nothing (then the
   *     save succeeds only if nothing was stored in between)
   * @param content writes the new baseline's bytes
   * @throws BaselineConflictException if the stored version is no longer {@code expected}; nothing
   *     was saved
   * @throws UncheckedIOException if saving fails; the stored baseline is as it was
   */
  void save(Optional<String> expected, Content content);

  /**
   * {@return the store's name in messages, such as {@code /var/lib/sync/d1.baseline} or {@code
   * s3://bucket/d1}; never its credentials}
   */
  String describe();

  /** Writes a baseline's bytes. */
  @FunctionalInterface
  interface Content {
    /**
     * Writes the bytes.
     *
     * @param out where to write; not to be closed
     * @throws IOException if writing fails
     */
    void writeTo(OutputStream out) throws IOException;
  }
}
