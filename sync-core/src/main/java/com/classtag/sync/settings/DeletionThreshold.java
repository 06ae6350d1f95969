package com.classtag.sync.settings;

import org.immutables.value.Value;

/**
 * The deletion threshold: a circuit breaker on destructive decisions. It applies separately to each
 * destructive decision kind (archive classroom, remove teacher, remove student, remove school
 * access, remove district access, unlink contact), first over the whole district and then in each
 * app school. The decisions of one kind are all held when their count exceeds both {@link #floor()}
 * and {@link #percent()} percent of the district's synced records of that kind; otherwise a
 * school's decisions of the kind are held when their count exceeds both against that school's
 * records. The records are counted as they will be once the plan's creates land, so a held decision
 * stays held when the plan is applied and the roster planned again (docs/plan/README.md explains
 * the base).
 */
@Value.Immutable
public abstract class DeletionThreshold {
  /**
   * {@return the percentage of synced records of a kind that one plan may remove} Default 20
   * (ClassTag: 10–20).
   */
  @Value.Default
  public int percent() {
    return 20;
  }

  /**
   * {@return A count of removals of a kind that is always allowed, however small the district}
   * Default 10.
   */
  @Value.Default
  public int floor() {
    return 10;
  }

  /**
   * Returns whether {@code count} removals out of {@code total} synced records exceed the
   * threshold.
   *
   * @param count the destructive decisions of one kind
   * @param total the synced records of that kind
   * @return true if the decisions must be held
   */
  public final boolean exceeded(long count, long total) {
    return count > floor() && count * 100 > (long) percent() * total;
  }

  @Value.Check
  void check() {
    if (percent() < 0 || percent() > 100) {
      throw new IllegalArgumentException(
          "deletionThreshold.percent must be 0..100 but was " + percent());
    }
    if (floor() < 0) {
      throw new IllegalArgumentException("deletionThreshold.floor must be >= 0 but was " + floor());
    }
  }

  /**
   * Returns a threshold.
   *
   * @param percent the percentage, 0..100
   * @param floor the absolute floor, at least 0
   * @return the threshold
   * @throws IllegalArgumentException if a value is out of range
   */
  public static DeletionThreshold of(int percent, int floor) {
    return builder().percent(percent).floor(floor).build();
  }

  /** {@return the default threshold: 20 percent, floor 10} */
  public static DeletionThreshold defaults() {
    return builder().build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DeletionThreshold}. */
  public static final class Builder extends ImmutableDeletionThreshold.Builder {}
}
