package com.classtag.clever.testing.district.internal;

import java.util.SplittableRandom;

/**
 * The generated district's randomness: one independent, repeatable stream per record and purpose,
 * derived from the district's seed, so a record comes out the same whatever order records are
 * generated in.
 */
public final class Draws {
  private final SplittableRandom stream;

  private Draws(long seed) {
    this.stream = new SplittableRandom(seed);
  }

  /** Returns the stream for one purpose of one record. */
  public static Draws of(long seed, Stream purpose, long index) {
    long mixed =
        seed * 0x9E3779B97F4A7C15L
            + purpose.ordinal() * 0xBF58476D1CE4E5B9L
            + index * 0x94D049BB133111EBL;
    return new Draws(mixed);
  }

  /** The purposes records draw randomness for; each gets its own stream. */
  public enum Stream {
    STUDENT_NAME,
    STUDENT,
    CONTACT_NAME,
    CONTACT,
    STAFF
  }

  /** Returns a number from 0 (inclusive) to {@code bound} (exclusive). */
  public int below(int bound) {
    return stream.nextInt(bound);
  }

  /** Returns true with the given percentage chance. */
  public boolean percent(int chance) {
    return stream.nextInt(100) < chance;
  }

  /** Returns one of the values. */
  @SafeVarargs
  public final <T> T pick(T... values) {
    return values[stream.nextInt(values.length)];
  }
}
