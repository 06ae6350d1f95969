package com.classtag.sync.plan;

/**
 * The names of {@link Decision#values()}: the values a decision sets. An empty string clears a value. The
 * same names are used in the plan's JSON. Which names a decision kind uses is listed in
 * {@code docs/plan/README.md}.
 */
public final class Field {
  private Field() {}

  /** A classroom's name. */
  public static final String NAME = "name";
  /** A classroom's or student's grade. */
  public static final String GRADE = "grade";
  /** The app school a classroom moves to. */
  public static final String SCHOOL_ID = "schoolId";
  /** The section a classroom is (re-)linked to. */
  public static final String SECTION = "section";
  /** The section's SIS id. */
  public static final String SECTION_SIS_ID = "sectionSisId";
  /** The section a re-identified classroom link replaces. */
  public static final String PREVIOUS_SECTION = "previousSection";
  /** Why a classroom is archived ({@link com.classtag.sync.state.ArchiveReason}). */
  public static final String ARCHIVE_REASON = "archiveReason";
  /** A teacher's role ({@link com.classtag.sync.state.TeacherRole}) or a school access role
   * ({@link com.classtag.sync.state.AccessRole}). */
  public static final String ROLE = "role";
  /** A person's source id. */
  public static final String SOURCE_ID = "sourceId";
  /** A person's SIS id. */
  public static final String SIS_ID = "sisId";
  /** A student's student number. */
  public static final String STUDENT_NUMBER = "studentNumber";
  /** A person's previous source id. */
  public static final String LEGACY_ID = "legacyId";
  /** A given name. */
  public static final String FIRST_NAME = "firstName";
  /** A family or full name. */
  public static final String LAST_NAME = "lastName";
  /** An email. */
  public static final String EMAIL = "email";
  /** An SMS-capable phone. */
  public static final String SMS_PHONE = "smsPhone";
  /** A phone kept for records only. */
  public static final String HOME_PHONE = "homePhone";
  /** The id the app shows for a student. */
  public static final String DISPLAY_ID = "displayId";
  /** A student's ELL status. */
  public static final String ELL_STATUS = "ellStatus";
  /** A student's FRL status. */
  public static final String FRL_STATUS = "frlStatus";
  /** A student's IEP status. */
  public static final String IEP_STATUS = "iepStatus";
  /** A contact link's type. */
  public static final String TYPE = "type";
  /** A contact link's relationship. */
  public static final String RELATIONSHIP = "relationship";
  /** The prefix of an extension field's value name: {@code ext.<field name>}. */
  public static final String EXTENSION_PREFIX = "ext.";

  /**
   * Returns the value name of an extension field.
   *
   * @param name the extension field's name
   * @return {@code ext.} followed by the name
   */
  public static String extension(String name) {
    return EXTENSION_PREFIX + name;
  }
}
