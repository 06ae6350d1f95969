package com.classtag.clever.client.incremental;

/** How {@link IncrementalSync#run()} got the roster. */
public enum SyncPath {
  /** The saved baseline, brought up to date with the events after its cursor. */
  EVENTS,
  /** A full read of the district, with a fresh events cursor taken just before it. */
  FULL_READ
}
