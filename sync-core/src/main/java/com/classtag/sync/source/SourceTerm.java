package com.classtag.sync.source;

import java.time.LocalDate;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A term (academic session). The planner only uses {@link #endDate()}, to archive ended classrooms.
 */
@Value.Immutable
public abstract class SourceTerm {
  /** {@return the term's id in the source} */
  public abstract String id();

  /** {@return the term's name} */
  public abstract Optional<String> name();

  /** {@return the first day of the term} */
  public abstract Optional<LocalDate> startDate();

  /** {@return the last day of the term; a term without one never ends} */
  public abstract Optional<LocalDate> endDate();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SourceTerm}; {@code id} is required. */
  public static final class Builder extends ImmutableSourceTerm.Builder {}
}
