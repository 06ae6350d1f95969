package com.classtag.sync.state;

import java.util.Set;
import org.immutables.value.Value;

/**
 * The section ids the last sync saw. The planner archives a synced classroom because its section
 * "left the roster" only when the section is in the baseline; a linked section the roster never
 * shared (a typo in a classroom connection, or a first sync) only raises a warning. People need no
 * baseline: memberships, access and links record that the sync made them.
 */
@Value.Immutable
public abstract class SectionBaseline {
  /** {@return the section ids the last sync saw} */
  public abstract Set<String> sectionIds();

  /**
   * Returns a baseline.
   *
   * @param sectionIds the section ids
   * @return the baseline
   * @throws NullPointerException if the collection or an id is null
   */
  public static SectionBaseline of(Iterable<String> sectionIds) {
    return builder().addAllSectionIds(sectionIds).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SectionBaseline}. */
  public static final class Builder extends ImmutableSectionBaseline.Builder {}

  /** Shows the count only. */
  @Override
  public String toString() {
    return "SectionBaseline{sectionIds=" + sectionIds().size() + '}';
  }
}
