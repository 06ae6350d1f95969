package com.classtag.sync.state;

import java.util.Optional;
import org.immutables.value.Value;

/**
 * A classroom's link to a source section: the section's source id and, when known, its SIS id (kept
 * so a section whose source id changes can be re-identified instead of archived and re-created).
 */
@Value.Immutable
public abstract class SectionRef {
  /** {@return the section's source (Clever) id} */
  public abstract String id();

  /** {@return the section's SIS id when the link was made} */
  public abstract Optional<String> sisId();

  /**
   * Returns a link to a section without a known SIS id.
   *
   * @param id the section's source id
   * @return the link
   * @throws NullPointerException if {@code id} is null
   */
  public static SectionRef of(String id) {
    return builder().id(id).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SectionRef}; {@code id} is required. */
  public static final class Builder extends ImmutableSectionRef.Builder {}
}
