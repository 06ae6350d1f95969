package com.classtag.sync.audit;

/**
 * The stable code of a finding; codes are never renamed, new ones may be added. Each code has one
 * {@link Severity}: the overshare codes come first, then the missing ones.
 */
public enum FindingCode {
  /** Shared schools that no app school maps; their records are never synced. Counts schools. */
  SCHOOL_NOT_MAPPED(Severity.PRIVACY),
  /**
   * Shared sections the settings do not sync: their school is not synced, or the section filter
   * leaves them out. Counts sections.
   */
  SECTION_OUT_OF_SCOPE(Severity.PRIVACY),
  /** Sections whose term ended, while the settings archive ended terms. Counts sections. */
  SECTION_TERM_ENDED(Severity.PRIVACY),
  /**
   * Contacts with guardian links of a contact type (the finding's subject) the settings filter out.
   * Counts contacts.
   */
  CONTACT_TYPE_FILTERED(Severity.PRIVACY),
  /**
   * Contacts with guardian links of a relationship (the finding's subject) the settings filter out;
   * only links whose type passes count. Counts contacts.
   */
  CONTACT_RELATIONSHIP_FILTERED(Severity.PRIVACY),
  /** Every shared contact, when the settings do not manage guardians. Counts contacts. */
  CONTACTS_NOT_MANAGED(Severity.PRIVACY),
  /** Every shared district admin, when the settings do not sync district admins. Counts people. */
  DISTRICT_ADMINS_NOT_SYNCED(Severity.PRIVACY),
  /**
   * Staff (teachers and school staff) who teach no synced section, belong to no synced school and
   * administer none: the sync gives them no account. Counts people.
   */
  STAFF_NOT_SYNCED(Severity.PRIVACY),
  /**
   * A student extension field (the subject) the settings do not carry. Counts students who have it.
   */
  EXTENSION_FIELD_NOT_CARRIED(Severity.PRIVACY),
  /**
   * A student status the settings carry (the subject: {@code ELL}, {@code FRL} or {@code IEP}) that
   * fewer students have than the settings' threshold: the sign that field access hides it. Counts
   * students without it.
   */
  STATUS_NOT_SHARED(Severity.FUNCTION),
  /**
   * An extension field the settings name (the subject) that fewer students have than the threshold.
   * Counts students without it.
   */
  EXTENSION_FIELD_NOT_SHARED(Severity.FUNCTION),
  /**
   * Students without the id the settings show as the student's id (the subject: {@code SIS_ID} or
   * {@code STUDENT_NUMBER}). Counts students.
   */
  STUDENT_ID_MISSING(Severity.FUNCTION),
  /**
   * Contacts with a guardian link that passes the settings' filters but no usable email and no
   * SMS-capable phone: the sync cannot invite them. Counts contacts.
   */
  CONTACT_UNREACHABLE(Severity.FUNCTION),
  /** Synced sections that list no shared teacher. Counts sections. */
  SECTION_WITHOUT_TEACHER(Severity.FUNCTION),
  /** Shared students that no shared section lists: the sync never places them. Counts students. */
  STUDENT_WITHOUT_SECTION(Severity.FUNCTION);

  private final Severity severity;

  FindingCode(Severity severity) {
    this.severity = severity;
  }

  /** {@return the severity of every finding with this code} */
  public Severity severity() {
    return severity;
  }
}
