package com.classtag.sync.source;

/**
 * A role a person holds in the roster. One person may hold several (a teacher who is also a school
 * admin).
 */
public enum PersonRole {
  /** A student: gets a student record and classroom memberships. */
  STUDENT,
  /** A teacher: gets a staff account, school access and teacher memberships. */
  TEACHER,
  /**
   * School staff, treated as a school admin of the schools in {@link
   * SourcePerson#adminSchoolIds()}.
   */
  SCHOOL_ADMIN,
  /** A district admin: gets district-wide access when the settings sync district admins. */
  DISTRICT_ADMIN,
  /** A contact (parent, guardian, other): gets an invite and links to students. */
  CONTACT
}
