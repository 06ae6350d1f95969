package com.classtag.sync.settings;

/** Whether a synced classroom's name follows the roster. */
public enum ClassroomNamePolicy {
  /** The name always follows the section's name, even after a person renamed the classroom. */
  FOLLOW_ROSTER,
  /** The name follows the roster until a person edits it in the app; from then on it is kept. */
  KEEP_EDITED
}
