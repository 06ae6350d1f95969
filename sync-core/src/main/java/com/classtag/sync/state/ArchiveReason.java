package com.classtag.sync.state;

/** Why the sync archived a classroom. */
public enum ArchiveReason {
  /** Every section linked to the classroom left the roster. */
  LEFT_ROSTER,
  /**
   * The sections are still in the roster but the settings no longer sync them (filter or unmapped
   * school).
   */
  OUT_OF_SCOPE,
  /** The sections' term ended, past the grace days. */
  TERM_ENDED
}
