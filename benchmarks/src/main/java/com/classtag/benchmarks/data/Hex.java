package com.classtag.benchmarks.data;

import java.util.SplittableRandom;

/** Lowercase hex digits written into a char array, without the cost of {@code String.format}. */
final class Hex {
  private static final char[] DIGITS = "0123456789abcdef".toCharArray();

  private Hex() {}

  /**
   * Writes the low {@code digits} hex digits of {@code value} at {@code offset}, most significant
   * first.
   */
  static void put(char[] out, int offset, long value, int digits) {
    for (int i = digits - 1; i >= 0; i--) {
      out[offset + i] = DIGITS[(int) (value & 0xf)];
      value >>>= 4;
    }
  }

  /** Returns 24 random hex digits, like a legacy id. */
  static String random24(SplittableRandom random) {
    char[] out = new char[24];
    put(out, 0, random.nextLong(), 16);
    put(out, 16, random.nextLong(), 8);
    return new String(out);
  }
}
