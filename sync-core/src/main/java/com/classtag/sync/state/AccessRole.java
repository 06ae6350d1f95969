package com.classtag.sync.state;

/** A staff member's role in a school they have access to. */
public enum AccessRole {
  /** A teacher of the school. */
  TEACHER,
  /** A school admin (Clever staff) of the school. */
  ADMIN
}
