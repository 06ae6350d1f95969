package com.classtag.sync.plan;

import java.util.List;
import org.immutables.value.Value;

/** A data problem the planner worked around, with the offending ids. Warnings never hold personal data. */
@Value.Immutable
public abstract class Warning {
  /** What the warning is about. */
  public abstract WarningCode code();

  /** The offending source ids (or app ids for app-state problems); an immutable list. */
  public abstract List<String> sourceIds();

  /** One line a district admin understands. */
  public abstract String explanation();

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Warning}; {@code code} and {@code explanation} are required. */
  public static final class Builder extends ImmutableWarning.Builder {}
}
