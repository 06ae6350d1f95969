package com.classtag.sync.source;

import java.util.Optional;
import org.immutables.value.Value;

/** A school in the roster. Only {@link #id()} is required. */
@Value.Immutable
public abstract class SourceSchool {
  /** {@return the school's id in the source (Clever id)} */
  public abstract String id();

  /** {@return the school's name, used in explanations only} */
  public abstract Optional<String> name();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SourceSchool}; {@code id} is required. */
  public static final class Builder extends ImmutableSourceSchool.Builder {}
}
