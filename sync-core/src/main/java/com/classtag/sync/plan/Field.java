package com.classtag.sync.plan;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * A value a {@link Decision} sets, with the name it has in the plan's JSON ({@link #jsonName()}).
 * An empty string clears a value. Which fields each decision kind uses is listed in {@code
 * docs/plan/README.md}.
 *
 * <p>A student's extension fields are not constants: they are named {@code ext.<field name>} in the
 * JSON and read with {@link Decision#extensionValues()}.
 *
 * <pre>{@code
 * String name = decision.value(Field.NAME).orElseThrow();
 * for (Map.Entry<Field, String> e : decision.fields().entrySet()) {
 *   switch (e.getKey()) {
 *     case EMAIL: ...
 *   }
 * }
 * }</pre>
 */
public enum Field {
  /** A classroom's name. */
  NAME("name"),
  /** A classroom's or student's grade. */
  GRADE("grade"),
  /** The app school a classroom moves to. */
  SCHOOL_ID("schoolId"),
  /** The section a classroom is (re-)linked to. */
  SECTION("section"),
  /** The section's SIS id. */
  SECTION_SIS_ID("sectionSisId"),
  /** The section a re-identified classroom link replaces. */
  PREVIOUS_SECTION("previousSection"),
  /**
   * Why a classroom is archived ({@link com.classtag.sync.state.ArchiveReason}, see {@link
   * Decision#archiveReason()}).
   */
  ARCHIVE_REASON("archiveReason"),
  /**
   * A teacher's role ({@link com.classtag.sync.state.TeacherRole}, see {@link
   * Decision#teacherRole()}) or a school access role ({@link com.classtag.sync.state.AccessRole},
   * see {@link Decision#accessRole()}).
   */
  ROLE("role"),
  /** A person's source id. */
  SOURCE_ID("sourceId"),
  /** A person's SIS id. */
  SIS_ID("sisId"),
  /** A student's student number. */
  STUDENT_NUMBER("studentNumber"),
  /** A person's previous source id. */
  LEGACY_ID("legacyId"),
  /** A given name. */
  FIRST_NAME("firstName"),
  /** A family or full name. */
  LAST_NAME("lastName"),
  /** An email. */
  EMAIL("email"),
  /** An SMS-capable phone. */
  SMS_PHONE("smsPhone"),
  /** A phone kept for records only. */
  HOME_PHONE("homePhone"),
  /** The id the app shows for a student. */
  DISPLAY_ID("displayId"),
  /** A student's ELL status. */
  ELL_STATUS("ellStatus"),
  /** A student's FRL status. */
  FRL_STATUS("frlStatus"),
  /** A student's IEP status. */
  IEP_STATUS("iepStatus"),
  /** A contact link's type. */
  TYPE("type"),
  /** A contact link's relationship. */
  RELATIONSHIP("relationship");

  /** The prefix of an extension field's JSON name: {@code ext.<field name>}. */
  public static final String EXTENSION_PREFIX = "ext.";

  private static final Map<String, Field> BY_JSON_NAME = new HashMap<>();

  static {
    for (Field f : values()) {
      BY_JSON_NAME.put(f.jsonName, f);
    }
  }

  private final String jsonName;

  Field(String jsonName) {
    this.jsonName = jsonName;
  }

  /** {@return the field's name in the plan's JSON, for example {@code archiveReason}} */
  public String jsonName() {
    return jsonName;
  }

  /**
   * Returns the field with a JSON name.
   *
   * @param jsonName the name as in the plan's JSON
   * @return the field, or empty if no field has that name (an extension field's name included)
   */
  public static Optional<Field> fromJsonName(String jsonName) {
    return Optional.ofNullable(BY_JSON_NAME.get(jsonName));
  }

  /**
   * Returns the JSON name of an extension field.
   *
   * @param name the extension field's name
   * @return {@code ext.} followed by the name
   */
  public static String extensionJsonName(String name) {
    return EXTENSION_PREFIX + name;
  }

  /**
   * Returns whether a JSON value name is one a decision may carry: a field's, or {@code ext.}
   * followed by a non-empty extension field name.
   *
   * @param jsonName the name
   * @return true if valid
   */
  static boolean isValueName(String jsonName) {
    return BY_JSON_NAME.containsKey(jsonName)
        || jsonName.startsWith(EXTENSION_PREFIX) && jsonName.length() > EXTENSION_PREFIX.length();
  }
}
