package com.classtag.sync.state;

/** Who made a change in the app: the sync, or a person (teacher, school or district staff). */
public enum Actor {
  /** The roster sync. The planner may undo what the sync did. */
  SYNC,
  /** A person in the app. The planner leaves it alone unless a setting says otherwise. */
  PERSON
}
