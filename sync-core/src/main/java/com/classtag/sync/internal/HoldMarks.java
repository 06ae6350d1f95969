package com.classtag.sync.internal;

import com.classtag.sync.plan.Decision;
import com.classtag.sync.plan.HoldReason;
import java.util.List;

/**
 * Which of a plan's decisions the safety gate holds, by their position in the plan before it is
 * sorted. Decisions are immutable, so the gate marks them here and {@link #applyTo} replaces the
 * few held ones at the end; no array exists until something is held.
 */
final class HoldMarks {
  private final int size;
  private HoldReason[] marks;

  HoldMarks(int size) {
    this.size = size;
  }

  /** Returns why the decision at {@code i} is held, or null. */
  HoldReason get(int i) {
    return marks == null ? null : marks[i];
  }

  /** Returns whether the decision at {@code i} is held. */
  boolean isHeld(int i) {
    return marks != null && marks[i] != null;
  }

  /** Holds the decision at {@code i}. */
  void hold(int i, HoldReason reason) {
    if (marks == null) {
      marks = new HoldReason[size];
    }
    marks[i] = reason;
  }

  /** Replaces each held decision of {@code decisions} (the list the marks were made on). */
  void applyTo(List<Decision> decisions) {
    if (marks == null) {
      return;
    }
    Decision.Builder b = Decision.builder();
    for (int i = 0; i < size; i++) {
      if (marks[i] != null) {
        decisions.set(i, b.from(decisions.get(i)).heldBy(marks[i]).build());
      }
    }
  }
}
