package com.classtag.clever.client.incremental;

/**
 * Why {@link IncrementalSync#run()} read the whole district instead of applying events to the
 * baseline.
 */
public enum FullReadReason {
  /** There is no baseline file yet. */
  NO_BASELINE("there is no baseline file"),

  /**
   * The baseline file cannot be read: corrupt, truncated, from a newer format version, or
   * unreadable from disk. {@link SyncOutcome#detail()} says which, and at which line.
   */
  BASELINE_UNREADABLE("the baseline file cannot be read"),

  /**
   * The baseline was read with another API version; events are scoped to the version they are read
   * with.
   */
  API_VERSION_CHANGED("the baseline was taken with another API version"),

  /**
   * The baseline has no events cursor: when it was taken there were no events to take one from
   * (none in 30 days, or the Events API is not enabled for the district).
   */
  NO_CURSOR("the baseline has no events cursor"),

  /**
   * The baseline is older than Clever's 30-day event retention, so events after its cursor may be
   * gone.
   */
  CURSOR_TOO_OLD("the baseline is older than Clever's 30-day event retention"),

  /** Clever no longer knows the baseline's cursor ({@code GET /events/{cursor}} answered 404). */
  CURSOR_EXPIRED("Clever no longer knows the baseline's events cursor");

  private final String description;

  FullReadReason(String description) {
    this.description = description;
  }

  /** {@return a short English description, free of any record data} */
  public String description() {
    return description;
  }
}
