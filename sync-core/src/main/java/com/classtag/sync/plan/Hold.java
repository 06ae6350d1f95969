package com.classtag.sync.plan;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A reason some destructive decisions are held: an empty feed, a school not found or near empty
 * (scoped to {@link #schoolId()}), or the deletion threshold for one {@link #kind()}.
 */
@Value.Immutable
public abstract class Hold {
  /** {@return why decisions are held} */
  public abstract HoldReason reason();

  /** {@return the app school the hold covers; absent when it covers the whole plan} */
  public abstract Optional<String> schoolId();

  /** {@return the decision kind a deletion-threshold hold covers} */
  public abstract Optional<DecisionKind> kind();

  /** {@return how many decisions this hold holds} */
  public abstract int heldCount();

  /**
   * {@return the source ids that caused the hold (for example the missing school ids); an immutable
   * list}
   */
  public abstract List<String> sourceIds();

  /** {@return one line a district admin understands} */
  public abstract String explanation();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link Hold}; {@code reason}, {@code heldCount} and {@code explanation} are required.
   */
  public static final class Builder extends ImmutableHold.Builder {}
}
