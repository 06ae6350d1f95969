package com.classtag.sync.plan;

import java.util.List;
import org.immutables.value.Value;

/**
 * A data problem the planner worked around, with the offending ids. Warnings never hold personal
 * data.
 */
@Value.Immutable
public abstract class Warning {
  /** {@return what the warning is about} */
  public abstract WarningCode code();

  /** {@return the offending source ids (or app ids for app-state problems); an immutable list} */
  public abstract List<String> sourceIds();

  /** {@return one line a district admin understands} */
  public abstract String explanation();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Warning}; {@code code} and {@code explanation} are required. */
  public static final class Builder extends ImmutableWarning.Builder {}
}
