package com.classtag.clever.testing.district;

import java.util.Set;

/**
 * What a generated district shares short of, or beyond, what its sync uses: the mistakes a sharing
 * audit finds, so a test or a demo can show one. {@link #DEFAULT} changes nothing; each {@code
 * with...} method returns a copy with one more mistake. Immutable.
 *
 * <pre>{@code
 * Sharing sharing = Sharing.DEFAULT.withUnsyncedSchool().withHiddenStudentFields("ell_status");
 * GeneratedDistrict district = TestDistrict.generate(seed, 1_500, sharing);
 * }</pre>
 */
public final class Sharing {
  /**
   * The student fields {@link #withHiddenStudentFields} can hide: the statuses Clever's field
   * access controls.
   */
  public static final Set<String> HIDEABLE_STUDENT_FIELDS =
      Set.of("ell_status", "frl_status", "iep_status");

  /** Shares the district as generated, nothing more and nothing less. */
  public static final Sharing DEFAULT = new Sharing(false, Set.of(), null);

  private final boolean unsyncedSchool;
  private final Set<String> hiddenStudentFields;
  private final String extraExtensionField;

  private Sharing(
      boolean unsyncedSchool, Set<String> hiddenStudentFields, String extraExtensionField) {
    this.unsyncedSchool = unsyncedSchool;
    this.hiddenStudentFields = hiddenStudentFields;
    this.extraExtensionField = extraExtensionField;
  }

  /**
   * {@return a copy that also shares a fourth school, "Maple Valley Online Academy", with no
   * sections and no people: a school the district shares though no sync would use it}
   */
  public Sharing withUnsyncedSchool() {
    return new Sharing(true, hiddenStudentFields, extraExtensionField);
  }

  /**
   * Returns a copy whose students lack some fields, as when field access hides them.
   *
   * @param fields Clever's names of the fields, from {@link #HIDEABLE_STUDENT_FIELDS}
   * @return the copy
   * @throws IllegalArgumentException if a field is not one of {@link #HIDEABLE_STUDENT_FIELDS}
   */
  public Sharing withHiddenStudentFields(String... fields) {
    for (String field : fields) {
      if (!HIDEABLE_STUDENT_FIELDS.contains(field)) {
        throw new IllegalArgumentException(
            "a hidden student field must be one of "
                + HIDEABLE_STUDENT_FIELDS
                + ", was '"
                + field
                + "'");
      }
    }
    return new Sharing(unsyncedSchool, Set.of(fields), extraExtensionField);
  }

  /**
   * Returns a copy whose students all carry one more extension field, with a value made from their
   * index.
   *
   * @param name the field's name, which must differ from the generated {@code homeroom} and {@code
   *     bus_route}
   * @return the copy
   * @throws IllegalArgumentException if the name is blank or one of the generated fields
   */
  public Sharing withExtensionField(String name) {
    if (name == null || name.isBlank() || name.equals("homeroom") || name.equals("bus_route")) {
      throw new IllegalArgumentException(
          "the extra extension field needs a name other than homeroom and bus_route, was '"
              + name
              + "'");
    }
    return new Sharing(unsyncedSchool, hiddenStudentFields, name);
  }

  /** {@return whether a fourth, unsynced school is shared} */
  public boolean unsyncedSchool() {
    return unsyncedSchool;
  }

  /**
   * {@return whether students lack a field}
   *
   * @param studentField the field's JSON name in a student role, such as {@code ell_status}
   */
  public boolean hides(String studentField) {
    return hiddenStudentFields.contains(studentField);
  }

  /** {@return the extra extension field's name, or null when there is none} */
  public String extraExtensionField() {
    return extraExtensionField;
  }

  /** Returns the choices made. */
  @Override
  public String toString() {
    return "Sharing{unsyncedSchool="
        + unsyncedSchool
        + ", hiddenStudentFields="
        + hiddenStudentFields
        + ", extraExtensionField="
        + extraExtensionField
        + '}';
  }
}
