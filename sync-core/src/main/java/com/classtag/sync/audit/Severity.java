package com.classtag.sync.audit;

/** What a finding puts at risk. */
public enum Severity {
  /** Overshared: Clever sends data the settings never use, which the app should not hold. */
  PRIVACY,
  /**
   * Missing: the settings use data the district does not share, so part of the sync cannot work.
   */
  FUNCTION
}
