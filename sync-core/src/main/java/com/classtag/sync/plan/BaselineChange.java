package com.classtag.sync.plan;

import java.util.List;
import org.immutables.value.Value;

/**
 * How applying the plan moves the state's baseline: section ids the roster shares that the baseline
 * lacks, and baseline ids the roster no longer shares. A section id a held decision refers to stays
 * in the baseline, so the held archive is planned again next time. Both lists are sorted.
 */
@Value.Immutable
public abstract class BaselineChange {
  /** {@return section ids to add to the baseline} */
  public abstract List<String> addedSectionIds();

  /** {@return section ids to drop from the baseline} */
  public abstract List<String> removedSectionIds();

  /** {@return whether the baseline does not change} */
  public final boolean isEmpty() {
    return addedSectionIds().isEmpty() && removedSectionIds().isEmpty();
  }

  /** {@return the change that changes nothing} */
  public static BaselineChange none() {
    return builder().build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link BaselineChange}. */
  public static final class Builder extends ImmutableBaselineChange.Builder {}

  /** Shows the counts only. */
  @Override
  public String toString() {
    return "BaselineChange{added="
        + addedSectionIds().size()
        + ", removed="
        + removedSectionIds().size()
        + '}';
  }
}
