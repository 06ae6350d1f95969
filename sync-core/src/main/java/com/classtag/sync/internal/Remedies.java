package com.classtag.sync.internal;

import com.classtag.sync.audit.FindingCode;

/**
 * The sharing audit's remedies: for each finding code, the step in Clever's district dashboard (or
 * in the sync settings) that fixes it. Paths use the dashboard's own labels, as a district admin
 * sees them on the app's sharing page.
 */
final class Remedies {
  /** Where every field-access control lives. */
  private static final String FIELDS =
      "Clever dashboard: ClassTag Connect's sharing page → Advanced settings → Customize fields shared with"
          + " ClassTag Connect";

  private static final String RULES =
      "Clever dashboard: ClassTag Connect's sharing page → sharing rules";
  private static final String SHARE_COLUMN = "into the \"Share With ClassTag Connect\" column";

  private Remedies() {}

  /**
   * Returns the remedy of a finding.
   *
   * @param subject the finding's subject, or null
   */
  static String of(FindingCode code, String subject) {
    String quoted = subject == null ? "" : "\"" + subject + "\"";
    switch (code) {
      case SCHOOL_NOT_MAPPED:
        return RULES
            + ": stop sharing these schools, or connect each to a ClassTag school if it should sync.";
      case SECTION_OUT_OF_SCOPE:
        return RULES
            + ": share only the sections you sync (a few extra are acceptable), or widen the"
            + " section filter in the sync settings.";
      case SECTION_TERM_ENDED:
        return RULES + ": stop sharing sections of terms that have ended.";
      case CONTACT_TYPE_FILTERED:
        if (subject.isEmpty()) {
          return FIELDS
              + " → Edit Contact Fields: share each contact's type, or leave the contact types in the"
              + " sync settings empty (any type).";
        }
        return FIELDS
            + " → Edit Contact Fields → Contact Types: stop sharing "
            + quoted
            + ", or add it to the contact types in the sync settings.";
      case CONTACT_RELATIONSHIP_FILTERED:
        if (subject.isEmpty()) {
          return FIELDS
              + " → Edit Contact Fields: share each contact's relationship, or leave the contact"
              + " relationships in the sync settings empty (any relationship).";
        }
        return FIELDS
            + " → Edit Contact Fields → Contact Relationships: stop sharing "
            + quoted
            + ", or add it to the contact relationships in the sync settings.";
      case CONTACTS_NOT_MANAGED:
        return FIELDS + " → Edit Contact Fields → turn sharing of guardians off.";
      case DISTRICT_ADMINS_NOT_SYNCED:
        return FIELDS + " → Edit District Admin Fields → turn sharing off.";
      case STAFF_NOT_SYNCED:
        return RULES + ": share only staff of the schools and sections you sync.";
      case EXTENSION_FIELD_NOT_CARRIED:
        return FIELDS
            + " → Edit Extension Fields → move "
            + quoted
            + " out of the \"Share With ClassTag"
            + " Connect\" column, or carry it in the sync settings.";
      case STATUS_NOT_SHARED:
        return FIELDS + " → move the " + subject + " status field " + SHARE_COLUMN + ".";
      case EXTENSION_FIELD_NOT_SHARED:
        return FIELDS
            + " → Edit Extension Fields → move "
            + quoted
            + " "
            + SHARE_COLUMN
            + "; if it is shared, fill it in the SIS.";
      case STUDENT_ID_MISSING:
        return FIELDS
            + " → move the student's "
            + ("SIS_ID".equals(subject) ? "SIS id" : "student number")
            + " "
            + SHARE_COLUMN
            + "; if it is shared, fill it in the SIS.";
      case CONTACT_UNREACHABLE:
        return FIELDS
            + " → Edit Contact Fields → share email and phone; if they are shared, add them in the"
            + " SIS.";
      case SECTION_WITHOUT_TEACHER:
        return RULES + ": share the teachers of these sections.";
      case STUDENT_WITHOUT_SECTION:
        return RULES + ": share these students' sections, or stop sharing the students.";
      default:
        throw new IllegalArgumentException("no remedy for " + code);
    }
  }
}
