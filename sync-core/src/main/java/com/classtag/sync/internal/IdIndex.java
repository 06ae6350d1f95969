package com.classtag.sync.internal;

import java.util.Arrays;

/**
 * A hash index of at most a fixed number of string ids, to dense int positions (0, 1, 2... in order of
 * insertion), by open addressing over one {@code long} table whose entries pack an id's hash with its
 * position, plus the ids in position order. It holds millions of ids without one object per entry, which
 * keeps a million-student plan off the garbage collector's back. A probe reads one table entry, so a lookup
 * costs one cache miss in the table, then the id at the position found for the one string comparison; and
 * the ids by position serve {@link #key} without touching the records they came from.
 */
final class IdIndex {
  /** {@code hash << 32 | position + 1}; 0 is an empty slot. */
  private final long[] table;
  private final String[] keys;
  private int size;

  /** @param capacity the most ids it will hold (the roster's size: it never grows) */
  IdIndex(int capacity) {
    // The smallest power of two that keeps the table at most 70% full: short probes, little memory.
    table = new long[Integer.highestOneBit(Math.max(8, (int) (capacity / 0.7)) - 1) << 1];
    keys = new String[capacity];
  }

  /** Returns the position of {@code key}, or -1. */
  int get(String key) {
    int h = key.hashCode();
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
    int h = key.hashCode();
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
