package com.classtag.clever.model.internal;

/**
 * A small per-thread table that makes repeated strings (district and school ids, term and course ids)
 * share one instance across records, so a large roster retains each such id once rather than per record.
 *
 * <p>It is a direct-mapped cache: a collision replaces the slot, so it never grows and never needs a lock.
 */
final class StringPool {
  private static final int SIZE = 4096;
  private static final ThreadLocal<String[]> TABLE = ThreadLocal.withInitial(() -> new String[SIZE]);

  private StringPool() {}

  static String share(String s) {
    String[] table = TABLE.get();
    int slot = s.hashCode() & (SIZE - 1);
    String held = table[slot];
    if (s.equals(held)) {
      return held;
    }
    table[slot] = s;
    return s;
  }
}
