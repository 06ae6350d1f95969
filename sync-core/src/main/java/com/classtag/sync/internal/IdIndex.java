package com.classtag.sync.internal;

import java.util.Arrays;

/**
 * A hash index of at most a fixed number of string ids, to dense int positions (0, 1, 2... in order
 * of insertion), by open addressing over one {@code long} table whose entries pack an id's hash
 * with its position, plus the ids in position order. It holds millions of ids without one object
 * per entry, which keeps a million-student plan off the garbage collector's back. A probe reads one
 * table entry, so a lookup costs one cache miss in the table, then the id at the position found for
 * the one string comparison; and the ids by position serve {@link #key} without touching the
 * records they came from. The planner's big sweeps look ids up and add them {@link #BATCH} at a
 * time ({@link #getAll}, {@link #addAll}), so that the misses of a batch's lookups overlap instead
 * of queueing one behind the other.
 */
final class IdIndex {
  /**
   * The most keys {@link #getAll} takes at once: enough misses in flight, and its buffers stay in
   * L1.
   */
  static final int BATCH = 256;

  /** {@code hash << 32 | position + 1}; 0 is an empty slot. */
  private final long[] table;

  private final String[] keys;
  private int size;

  /** The hashes of the batch {@link #getAll} looks up. */
  private final int[] hashes = new int[BATCH];

  /** Written by {@link #getAll} so that its cache-warming reads have a use. */
  private int warmed;

  /**
   * @param capacity the most ids it will hold (the roster's size: it never grows)
   */
  IdIndex(int capacity) {
    // The smallest power of two that keeps the table at most 70% full: short probes, little memory.
    table = new long[Integer.highestOneBit(Math.max(8, (int) (capacity / 0.7)) - 1) << 1];
    keys = new String[capacity];
  }

  /** Returns the position of {@code key}, or -1. */
  int get(String key) {
    return get(key, key.hashCode());
  }

  /**
   * Finds {@code keys[0..n)} at once: {@code positions[i]} is the position of {@code keys[i]}, or
   * -1 for an absent or null key. A lookup is a chain of dependent cache misses (the key, the table
   * entry, the id it points to); looked up one at a time between other work, each chain waits out
   * its misses alone. Here each step runs over the whole batch first, in loops small enough for the
   * processor to have many misses in flight, so a batch costs a few chains' time rather than n of
   * them.
   *
   * @param n at most {@link #BATCH}
   */
  void getAll(String[] keys, int n, int[] positions) {
    int[] h = hashes;
    int mask = table.length - 1;
    int touched = 0;
    for (int i = 0; i < n; i++) {
      String k = keys[i];
      h[i] = 0;
      if (k != null) {
        h[i] = k.hashCode();
        // length() reads the key's character array, which the final comparison needs.
        touched += k.length();
      }
    }
    for (int i = 0; i < n; i++) {
      touched += (int) table[spread(h[i]) & mask];
    }
    for (int i = 0; i < n; i++) {
      long e = table[spread(h[i]) & mask];
      if (e != 0 && (int) (e >>> 32) == h[i]) {
        String candidate = this.keys[(int) e - 1];
        if (candidate != keys[i]) {
          touched += candidate.length();
        }
      }
    }
    for (int i = 0; i < n; i++) {
      positions[i] = keys[i] == null ? -1 : get(keys[i], h[i]);
    }
    // Publishing the sum keeps the compiler from dropping the reads that only warm the cache.
    warmed = touched;
  }

  private int get(String key, int h) {
    int mask = table.length - 1;
    for (int i = spread(h) & mask; ; i = (i + 1) & mask) {
      long e = table[i];
      if (e == 0) {
        return -1;
      }
      if ((int) (e >>> 32) == h) {
        int position = (int) e - 1;
        if (keys[position].equals(key)) {
          return position;
        }
      }
    }
  }

  /**
   * Adds {@code key} at the next position unless present.
   *
   * @return the existing position, or -1 if the key was added (at position {@link #size()} - 1)
   * @throws ArrayIndexOutOfBoundsException if the index already holds as many ids as its capacity
   */
  int add(String key) {
    return add(key, key.hashCode());
  }

  private int add(String key, int h) {
    int mask = table.length - 1;
    int i = spread(h) & mask;
    for (long e = table[i]; e != 0; e = table[i = (i + 1) & mask]) {
      if ((int) (e >>> 32) == h) {
        int position = (int) e - 1;
        if (keys[position].equals(key)) {
          return position;
        }
      }
    }
    keys[size] = key;
    table[i] = (long) h << 32 | (size + 1L);
    size++;
    return -1;
  }

  /**
   * Adds {@code keys[0..n)} in order, as {@link #add} would one by one, overlapping their cache
   * misses as {@link #getAll} does: {@code positions[i]} is the position of {@code keys[i]}
   * afterwards (an existing position for a key already present, {@link #size()} at its turn for a
   * key added), or -1 for a null key, which is not added.
   *
   * @param n at most {@link #BATCH}
   * @throws ArrayIndexOutOfBoundsException if the keys would exceed the index's capacity
   */
  void addAll(String[] keys, int n, int[] positions) {
    int[] h = hashes;
    int mask = table.length - 1;
    int touched = 0;
    for (int i = 0; i < n; i++) {
      h[i] = keys[i] == null ? 0 : keys[i].hashCode();
    }
    for (int i = 0; i < n; i++) {
      touched += (int) table[spread(h[i]) & mask];
    }
    warmed = touched;
    for (int i = 0; i < n; i++) {
      String key = keys[i];
      if (key == null) {
        positions[i] = -1;
      } else {
        int existing = add(key, h[i]);
        positions[i] = existing < 0 ? size - 1 : existing;
      }
    }
  }

  /** Returns the id at a position. */
  String key(int position) {
    return keys[position];
  }

  /** Returns how many ids the index holds. */
  int size() {
    return size;
  }

  private static int spread(int h) {
    return h ^ (h >>> 16);
  }

  /** Returns an int array of {@code n} entries, all -1 (no position). */
  static int[] none(int n) {
    int[] a = new int[n];
    Arrays.fill(a, -1);
    return a;
  }
}
