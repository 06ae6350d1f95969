package com.classtag.sync.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.immutables.value.Value;

/**
 * The result of planning: decisions in a stable order (school, classroom, kind), warnings, safety holds and
 * the baseline change. The same inputs always give an equal plan.
 */
@Value.Immutable
public abstract class Plan {
  /**
   * The JSON schema version this SDK writes. It also reads version 1, which lacks only the hold reason
   * {@link HoldReason#SCHOOL_DELETION_THRESHOLD}.
   */
  public static final int SCHEMA_VERSION = 2;

  /** The time the plan was computed for (the planner's {@code now} input). */
  public abstract Instant generatedAt();

  /** Whether the settings paused the sync; a paused plan has no decisions. */
  @Value.Default
  public boolean paused() {
    return false;
  }

  /** Every decision, held ones and skips included. */
  public abstract List<Decision> decisions();

  /** Data problems the planner worked around. */
  public abstract List<Warning> warnings();

  /** Why held decisions are held. */
  public abstract List<Hold> holds();

  /** How applying the plan moves the baseline. */
  @Value.Default
  public BaselineChange baselineChange() {
    return BaselineChange.none();
  }

  /** Returns the decisions that apply: neither skipped nor held. */
  public final List<Decision> changes() {
    List<Decision> out = new ArrayList<>();
    for (Decision d : decisions()) {
      if (d.isChange()) {
        out.add(d);
      }
    }
    return out;
  }

  /** Returns the held decisions. */
  public final List<Decision> held() {
    List<Decision> out = new ArrayList<>();
    for (Decision d : decisions()) {
      if (d.isHeld()) {
        out.add(d);
      }
    }
    return out;
  }

  /** Returns whether applying the plan changes nothing in the app (skips and held decisions aside). */
  public final boolean hasNoChanges() {
    for (Decision d : decisions()) {
      if (d.isChange()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Counts decisions of a kind, held ones included.
   *
   * @param kind the kind
   * @return the count
   */
  public final int count(DecisionKind kind) {
    int n = 0;
    for (Decision d : decisions()) {
      if (d.kind() == kind) {
        n++;
      }
    }
    return n;
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Plan}; {@code generatedAt} is required. */
  public static final class Builder extends ImmutablePlan.Builder {}

  /** Shows counts only. */
  @Override
  public String toString() {
    return "Plan{generatedAt=" + generatedAt() + ", paused=" + paused()
        + ", decisions=" + decisions().size() + ", warnings=" + warnings().size()
        + ", holds=" + holds().size() + ", " + baselineChange() + '}';
  }
}
