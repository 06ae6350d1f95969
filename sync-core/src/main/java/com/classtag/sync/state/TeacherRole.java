package com.classtag.sync.state;

/** A teacher's role in a classroom. */
public enum TeacherRole {
  /** The section's primary teacher (first in its teacher list). */
  PRIMARY,
  /** Any other teacher of the section, or a co-teacher a person added. */
  CO_TEACHER
}
