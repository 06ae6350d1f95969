package com.classtag.sync.plan;

/** What a warning is about. Stable names: they are part of the plan's JSON schema. */
public enum WarningCode {
  /** Several records in the roster (or the app state) share an id; the first is used. */
  DUPLICATE_ID,
  /** A roster record has no id; it is ignored. */
  MISSING_ID,
  /** A section names a school the roster does not share. */
  UNKNOWN_SCHOOL,
  /** A section names a term the roster does not share. */
  UNKNOWN_TERM,
  /** A section names a teacher who is not shared as a teacher. */
  UNKNOWN_TEACHER,
  /** A section names a student who is not shared as a student. */
  UNKNOWN_STUDENT,
  /** A guardian link names a contact or student who is not shared as such. */
  UNKNOWN_CONTACT,
  /** Several people share one email address. */
  SHARED_EMAIL,
  /** A record's source id changed and it was re-keyed (a contact or student re-identified, ...). */
  REIDENTIFIED,
  /** A record could be re-keyed to more than one candidate, so it was not re-keyed. */
  AMBIGUOUS_IDENTITY,
  /** A student has six or more guardians to link. */
  TOO_MANY_GUARDIANS,
  /** A source school linked to an app school is missing from the roster. */
  MAPPED_SCHOOL_MISSING,
  /** The roster shares a school no app school is linked to; its sections are not synced. */
  UNMAPPED_SCHOOL,
  /**
   * A classroom the sync archived has its section in the roster again; it stays archived (setting
   * off).
   */
  SECTION_REAPPEARED,
  /** A classroom is linked to a section the roster does not have and never had in the baseline. */
  LINKED_SECTION_UNKNOWN,
  /** One section is linked to several classrooms. */
  SECTION_LINKED_TWICE,
  /** One source school is linked to several app schools; the first is used. */
  SCHOOL_MAPPED_TWICE
}
