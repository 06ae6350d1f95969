package com.classtag.sync.internal;

import java.util.Arrays;

/**
 * A hash index from string ids to int positions, by open addressing over three parallel arrays. It holds
 * millions of ids without one object per entry, which keeps a million-student plan off the garbage
 * collector's back; a lookup usually costs one array probe plus one string comparison.
 */
final class IdIndex {
  private int[] hashes;
  private String[] keys;
  private int[] positions;
  private int size;

  IdIndex(int expected) {
    // The smallest power of two that keeps the table at most 70% full: short probes, little memory.
    int capacity = Integer.highestOneBit(Math.max(8, (int) (expected / 0.7)) - 1) << 1;
    hashes = new int[capacity];
    keys = new String[capacity];
    positions = new int[capacity];
  }

  /** Returns the position of {@code key}, or -1. */
  int get(String key) {
    int h = key.hashCode() | 1;
    int mask = hashes.length - 1;
    for (int i = spread(h) & mask; hashes[i] != 0; i = (i + 1) & mask) {
      if (hashes[i] == h && keys[i].equals(key)) {
        return positions[i];
      }
    }
    return -1;
  }

  /** Adds {@code key} at {@code position} unless present; returns the existing position, or -1 if added. */
  int putIfAbsent(String key, int position) {
    int h = key.hashCode() | 1;
    int mask = hashes.length - 1;
    int i = spread(h) & mask;
    for (; hashes[i] != 0; i = (i + 1) & mask) {
      if (hashes[i] == h && keys[i].equals(key)) {
        return positions[i];
      }
    }
    hashes[i] = h;
    keys[i] = key;
    positions[i] = position;
    if (++size > hashes.length * 7L / 10) {
      grow();
    }
    return -1;
  }

  private void grow() {
    int[] oldHashes = hashes;
    String[] oldKeys = keys;
    int[] oldPositions = positions;
    hashes = new int[oldHashes.length * 2];
    keys = new String[hashes.length];
    positions = new int[hashes.length];
    int mask = hashes.length - 1;
    for (int j = 0; j < oldHashes.length; j++) {
      int h = oldHashes[j];
      if (h != 0) {
        int i = spread(h) & mask;
        while (hashes[i] != 0) {
          i = (i + 1) & mask;
        }
        hashes[i] = h;
        keys[i] = oldKeys[j];
        positions[i] = oldPositions[j];
      }
    }
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
