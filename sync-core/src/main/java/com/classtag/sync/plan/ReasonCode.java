package com.classtag.sync.plan;

/** Why a decision was made. Stable names: they are part of the plan's JSON schema. */
public enum ReasonCode {
  /** A section in scope has no classroom yet. */
  NEW_SECTION,
  /**
   * The roster's values differ from the app's (the changed value names are the decision's values).
   */
  ROSTER_CHANGED,
  /** A record's source id changed; it is re-keyed by SIS id, legacy id or name and email/phone. */
  REIDENTIFIED,
  /** Every linked section left the roster. */
  SECTION_LEFT_ROSTER,
  /**
   * The linked sections are in the roster but no longer synced (section filter or unmapped school).
   */
  SECTION_OUT_OF_SCOPE,
  /** The linked sections' term ended, past the grace days. */
  TERM_ENDED,
  /** A linked section is in the roster and the unarchive setting is on. */
  SECTION_IN_ROSTER,
  /** The section lists the person. */
  IN_SECTION,
  /** The section lists the teacher in another role (primary or co-teacher). */
  TEACHER_ROLE_CHANGED,
  /** The sync added the member and no linked section lists them any more. */
  NOT_IN_SECTION,
  /** The person left the roster. */
  LEFT_ROSTER,
  /**
   * A person added the student, the sections do not list them and the settings remove such members.
   */
  PERSON_ADDED_NOT_IN_SECTION,
  /** The roster has a person the app does not know yet. */
  NEW_PERSON,
  /** The roster places the staff member at the school. */
  AT_SCHOOL,
  /** The staff member's role at the school changed (teacher or admin). */
  ACCESS_ROLE_CHANGED,
  /** The staff member is still in the roster but no longer at the school. */
  NO_LONGER_AT_SCHOOL,
  /** The roster has the person as a district admin. */
  DISTRICT_ADMIN,
  /** The person is still in the roster but no longer a district admin. */
  NO_LONGER_DISTRICT_ADMIN,
  /** The roster links the contact to the student with a type and relationship the settings sync. */
  GUARDIAN_OF_STUDENT,
  /** The link's type or relationship changed. */
  LINK_CHANGED,
  /**
   * The sync made the link and the roster no longer has it (or it no longer passes the filters).
   */
  LINK_NOT_IN_ROSTER,
  /**
   * Skip: guardian links whose contact type is not among the types to sync; one decision per
   * rejected type (value {@code type}) lists every contact concerned.
   */
  CONTACT_TYPE_FILTERED,
  /**
   * Skip: guardian links whose relationship is not among the relationships to sync; one decision
   * per rejected relationship (value {@code relationship}) lists every contact concerned.
   */
  CONTACT_RELATIONSHIP_FILTERED,
  /** Skip: the contact has no usable email and no SMS-capable phone. */
  NO_USABLE_CREDENTIAL,
  /** Skip: the user joined, so their contact details change only with the setting on. */
  JOINED_USER_DETAILS_KEPT,
  /** Skip: the teacher left the roster and the settings keep departed teachers. */
  DEPARTED_TEACHER_KEPT,
  /** Skip: the settings do not sync district admins. */
  DISTRICT_ADMINS_NOT_SYNCED
}
