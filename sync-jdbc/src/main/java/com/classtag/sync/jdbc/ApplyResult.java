package com.classtag.sync.jdbc;

import java.util.Map;

/**
 * What {@link JdbcStore#apply} did: applied the plan, or recognised it as already applied and
 * changed nothing.
 */
public final class ApplyResult {
  private final boolean applied;
  private final long version;
  private final int changes;
  private final Map<String, String> assignedIds;

  private ApplyResult(boolean applied, long version, int changes, Map<String, String> assignedIds) {
    this.applied = applied;
    this.version = version;
    this.changes = changes;
    this.assignedIds = Map.copyOf(assignedIds);
  }

  /**
   * Creates the result of a plan that was applied.
   *
   * @param version the stored state's version after the apply
   * @param changes the number of decisions applied
   * @param assignedIds the app id the store gave each object the plan created, by provisional id
   * @return the result
   */
  public static ApplyResult applied(long version, int changes, Map<String, String> assignedIds) {
    return new ApplyResult(true, version, changes, assignedIds);
  }

  /**
   * Creates the result of a plan found already applied.
   *
   * @param version the stored state's version now
   * @return the result
   */
  public static ApplyResult alreadyApplied(long version) {
    return new ApplyResult(false, version, 0, Map.of());
  }

  /**
   * Returns whether this call applied the plan; {@code false} when the same plan had been applied
   * before, and nothing was changed.
   *
   * @return whether the database changed
   */
  public boolean applied() {
    return applied;
  }

  /**
   * Returns the stored state's version after the call.
   *
   * @return the version
   */
  public long version() {
    return version;
  }

  /**
   * Returns the number of decisions applied (the plan's changes; held decisions and skips are never
   * applied).
   *
   * @return the count, 0 if already applied
   */
  public int changes() {
    return changes;
  }

  /**
   * Returns the app ids the store assigned to the objects the plan created, keyed by their
   * provisional ids ({@code new:<kind>:<source id>}). Empty if already applied.
   *
   * @return an unmodifiable map
   */
  public Map<String, String> assignedIds() {
    return assignedIds;
  }

  @Override
  public String toString() {
    return "ApplyResult{applied="
        + applied
        + ", version="
        + version
        + ", changes="
        + changes
        + ", assignedIds="
        + assignedIds.size()
        + '}';
  }
}
