package com.classtag.benchmarks.data;

/** The kinds of user a {@link DistrictShape} lays out, each with its own record shape. */
public enum UserKind {
  /** A student: demographics, enrollments, location, credentials. */
  STUDENT,
  /** A contact (guardian): a name only in {@code last}, a phone, and relationships to students. */
  CONTACT,
  /** A district employee: teacher, staff or district admin, often several of these at once. */
  STAFF
}
