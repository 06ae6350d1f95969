package com.classtag.sync.internal;

/**
 * Reading ahead: a pass that compares each roster person with its app record, one at a time, waits
 * on every object and string it reads, since the people and records of a large district are far
 * more than the caches hold. Reading the next {@link #BATCH} people's objects first, in a short
 * loop whose reads do not depend on each other, lets those reads overlap; the comparisons then find
 * them in the cache. Measured on the 1M-student detached plan (BENCHMARKS.md §3).
 */
final class ReadAhead {
  /** People read ahead at a time. */
  static final int BATCH = 64;

  /** What was read, kept so that the reads are made. */
  private long read;

  /** Returns a number that depends on a string and its bytes, so that both are read. */
  static int of(String s) {
    return s == null ? 0 : s.length();
  }

  /** Keeps what a read-ahead loop read. */
  void keep(int n) {
    read += n;
  }
}
