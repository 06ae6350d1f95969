package com.classtag.sync.jdbc;

/**
 * A plan was computed against a state that is no longer the stored one: something was applied since
 * it was loaded. Nothing was changed; load the state again, plan again and apply the new plan.
 */
public final class StalePlanException extends StoreException {
  private static final long serialVersionUID = 1L;

  /** The state version the plan was made from. */
  private final long plannedVersion;

  /** The state version the store is at. */
  private final long storedVersion;

  /**
   * Creates the exception.
   *
   * @param plannedVersion the state version the plan was computed against
   * @param storedVersion the state version in the database now
   */
  public StalePlanException(long plannedVersion, long storedVersion) {
    super(
        "the plan was computed against state version "
            + plannedVersion
            + ", but the store is at version "
            + storedVersion
            + " (something was applied since): nothing was changed; load() again, plan again and"
            + " apply the new plan",
        null);
    this.plannedVersion = plannedVersion;
    this.storedVersion = storedVersion;
  }

  /**
   * Returns the state version the plan was computed against.
   *
   * @return the version of the {@link LoadedState} the plan came with
   */
  public long plannedVersion() {
    return plannedVersion;
  }

  /**
   * Returns the stored state's version.
   *
   * @return the version in the database when the apply was refused
   */
  public long storedVersion() {
    return storedVersion;
  }
}
