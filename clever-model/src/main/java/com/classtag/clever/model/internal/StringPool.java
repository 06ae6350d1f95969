package com.classtag.clever.model.internal;

import java.util.Arrays;

/**
 * A small per-thread table that makes repeated strings share one instance across records, so a
 * large roster retains each such value once rather than per record. Ids of organisations (district,
 * school, term, course) and field names are always shared: they are few and every record repeats
 * them. Values of people that repeat (names, birth dates, titles, city, zip) are shared only while
 * the thread reads records to keep them ({@link #keeping}), as a snapshot does: sharing them costs
 * a lookup per value, which a streaming read that drops each record would pay for nothing.
 *
 * <p>It is a direct-mapped cache: a collision replaces the slot, so it never grows and never needs
 * a lock. Each slot keeps the string's hash next to it, so a lookup that misses compares two ints
 * and never reads the held string, which is likely out of the CPU's caches.
 */
final class StringPool {
  private static final int SIZE = 8192;
  private static final ThreadLocal<StringPool> POOL = ThreadLocal.withInitial(StringPool::new);

  private final String[] strings = new String[SIZE];
  private final int[] hashes = new int[SIZE];
  private boolean keeping;

  private StringPool() {}

  /** Returns {@code s} or an equal string shared earlier on this thread. */
  static String share(String s) {
    return POOL.get().shared(s);
  }

  /**
   * Returns {@code s}, or an equal string shared earlier if this thread reads records to keep them.
   */
  static String keep(String s) {
    StringPool pool = POOL.get();
    return pool.keeping ? pool.shared(s) : s;
  }

  /**
   * Sets whether this thread reads records to keep them; returns the previous setting. Ending such
   * a read empties the table, so that no value of a person outlives the records that hold it in a
   * pool thread.
   */
  static boolean keeping(boolean on) {
    StringPool pool = POOL.get();
    boolean was = pool.keeping;
    pool.keeping = on;
    if (was && !on) {
      Arrays.fill(pool.strings, null);
    }
    return was;
  }

  private String shared(String s) {
    int hash = s.hashCode();
    int slot = (hash ^ (hash >>> 13)) & (SIZE - 1);
    String held = strings[slot];
    if (held != null && hashes[slot] == hash && s.equals(held)) {
      return held;
    }
    strings[slot] = s;
    hashes[slot] = hash;
    return s;
  }
}
