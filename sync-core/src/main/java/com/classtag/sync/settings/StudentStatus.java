package com.classtag.sync.settings;

/** A student status the sync may carry into the app, when the district shares it. */
public enum StudentStatus {
  /** English language learner status. */
  ELL,
  /** Free or reduced lunch status. */
  FRL,
  /** Individualized education program status. */
  IEP
}
