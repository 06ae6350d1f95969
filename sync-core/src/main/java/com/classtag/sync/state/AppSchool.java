package com.classtag.sync.state;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A school in the app with the source school ids linked to it ("School Connection to SIS"). Several
 * source schools may map to one app school; an app school with no linked id is not synced.
 */
@Value.Immutable
public abstract class AppSchool {
  /** {@return the school's app id} */
  public abstract String id();

  /** {@return the school's name, used in explanations} */
  public abstract Optional<String> name();

  /** {@return the source (Clever) school ids linked to this school} */
  public abstract List<String> sourceSchoolIds();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AppSchool}; {@code id} is required. */
  public static final class Builder extends ImmutableAppSchool.Builder {}
}
