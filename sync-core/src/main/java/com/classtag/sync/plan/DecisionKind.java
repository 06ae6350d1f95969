package com.classtag.sync.plan;

/**
 * What a decision does. The declaration order is the order of kinds within one classroom in a plan.
 * Destructive kinds ({@link #isDestructive()}) are the only ones the safety holds and the deletion
 * threshold may hold; nothing is ever deleted.
 */
public enum DecisionKind {
  /** Create a classroom from a section. Values: name, grade, section, sectionSisId. */
  CREATE_CLASSROOM(false),
  /** Update a classroom's name, grade or school, or re-link it to a re-identified section. */
  UPDATE_CLASSROOM(false),
  /** Unarchive a classroom whose section is in the roster (the unarchive setting is on). */
  UNARCHIVE_CLASSROOM(false),
  /** Archive a classroom. Value: archiveReason. */
  ARCHIVE_CLASSROOM(true),
  /** Add a teacher to a classroom, or change their role there. Value: role. */
  ADD_TEACHER(false),
  /** Remove a teacher from a classroom. */
  REMOVE_TEACHER(true),
  /** Add a student to a classroom. */
  ADD_STUDENT(false),
  /** Remove a student from a classroom. */
  REMOVE_STUDENT(true),
  /** Create a student record. */
  CREATE_STUDENT(false),
  /** Update a student record's details, ids or attributes. */
  UPDATE_STUDENT(false),
  /** Create a staff account (teacher, school admin, district admin), invited. */
  CREATE_STAFF(false),
  /** Update a staff account's details or ids. */
  UPDATE_STAFF(false),
  /** Give a staff account access to a school, or change its role there. Value: role. */
  ADD_SCHOOL_ACCESS(false),
  /** Remove a staff account's access to a school. */
  REMOVE_SCHOOL_ACCESS(true),
  /** Give a staff account district-wide (district admin) access. */
  ADD_DISTRICT_ACCESS(false),
  /** Remove a staff account's district-wide access. */
  REMOVE_DISTRICT_ACCESS(true),
  /** Invite a contact: create the contact account, invited. */
  INVITE_CONTACT(false),
  /** Update a contact's details or ids. */
  UPDATE_CONTACT(false),
  /** Link a contact and a student, or update the link's type and relationship. */
  LINK_CONTACT(false),
  /** Unlink a contact and a student. */
  UNLINK_CONTACT(true),
  /**
   * Nothing is done; the reason code says why (filtered guardian links, no usable credential, ...).
   * Filtered links are reported as one decision per filter outcome, naming every contact concerned.
   */
  SKIP(false);

  private final boolean destructive;

  DecisionKind(boolean destructive) {
    this.destructive = destructive;
  }

  /**
   * {@return whether the kind takes something away (archive, remove a membership or access,
   * unlink)}
   */
  public boolean isDestructive() {
    return destructive;
  }

  /** {@return whether applying the kind creates a new app object with the decision's target id} */
  public boolean isCreation() {
    return this == CREATE_CLASSROOM
        || this == CREATE_STUDENT
        || this == CREATE_STAFF
        || this == INVITE_CONTACT;
  }
}
