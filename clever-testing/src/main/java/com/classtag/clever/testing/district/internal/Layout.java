package com.classtag.clever.testing.district.internal;

/**
 * The shape of a generated district of a given size, as arithmetic, so any record can be generated
 * from its index alone and a district of a million students never has to exist in memory.
 *
 * <p>Students fill three schools in equal blocks. Each school's students fill homerooms of 30 in
 * order; every sixth homeroom also gets a subject section. Staff are: 0 a superintendent (district
 * admin), 1 a technology director who is district admin, staff and teacher at once, then two staff
 * per school, then one teacher per homeroom, then one per subject section. Contacts map onto
 * students in order, 4 contacts to every 3 students, followed by six extra guardians of one
 * student.
 */
public final class Layout {
  /** How many schools the district has. */
  public static final int SCHOOLS = 3;

  /** Students per homeroom. */
  public static final int HOMEROOM_SIZE = 30;

  /** Homerooms per subject section. */
  public static final int HOMEROOMS_PER_SUBJECT = 6;

  /** Staff before the first teacher: two district leaders and two staff per school. */
  public static final int LEADERS = 2 + 2 * SCHOOLS;

  /** The extra guardians of {@link #crowdedStudent()}. */
  public static final int EXTRA_GUARDIANS = 6;

  private final int students;
  private final int[] studentStart = new int[SCHOOLS + 1];
  private final int[] homeroomStart = new int[SCHOOLS + 1];
  private final int[] subjectStart = new int[SCHOOLS + 1];
  private final int regularContacts;

  /**
   * Lays out a district.
   *
   * @param students the number of students, at least {@link #SCHOOLS}
   */
  public Layout(int students) {
    this.students = students;
    for (int s = 0; s <= SCHOOLS; s++) {
      studentStart[s] = (int) ((long) s * students / SCHOOLS);
    }
    for (int s = 0; s < SCHOOLS; s++) {
      int homerooms = ceilDiv(schoolStudents(s), HOMEROOM_SIZE);
      homeroomStart[s + 1] = homeroomStart[s] + homerooms;
      subjectStart[s + 1] = subjectStart[s] + ceilDiv(homerooms, HOMEROOMS_PER_SUBJECT);
    }
    this.regularContacts = (int) ((long) students * 4 / 3);
  }

  /** Returns the number of students. */
  public int students() {
    return students;
  }

  /** Returns the number of contacts. */
  public int contacts() {
    return regularContacts + EXTRA_GUARDIANS;
  }

  /** Returns the number of contacts mapped onto students in order, before the extra guardians. */
  public int regularContacts() {
    return regularContacts;
  }

  /** Returns the student whose guardians number more than six. */
  public int crowdedStudent() {
    return Math.min(7, students - 1);
  }

  /** Returns the number of homerooms in the district. */
  public int homerooms() {
    return homeroomStart[SCHOOLS];
  }

  /** Returns the number of subject sections in the district. */
  public int subjectSections() {
    return subjectStart[SCHOOLS];
  }

  /** Returns the number of sections: each school's homerooms, then its subject sections. */
  public int sections() {
    return homerooms() + subjectSections();
  }

  /** Returns the number of staff records. */
  public int staff() {
    return LEADERS + homerooms() + subjectSections();
  }

  /** Returns the district-wide number of a school's first homeroom. */
  public int firstHomeroom(int school) {
    return homeroomStart[school];
  }

  /** Returns the district-wide number of a school's first subject section. */
  public int firstSubject(int school) {
    return subjectStart[school];
  }

  /** Returns the number of students in a school. */
  public int schoolStudents(int school) {
    return studentStart[school + 1] - studentStart[school];
  }

  /** Returns the index of a school's first student. */
  public int firstStudent(int school) {
    return studentStart[school];
  }

  /** Returns the school a student belongs to. */
  public int schoolOfStudent(int student) {
    int school = 0;
    while (student >= studentStart[school + 1]) {
      school++;
    }
    return school;
  }

  /** Returns the number of homerooms in a school. */
  public int homerooms(int school) {
    return homeroomStart[school + 1] - homeroomStart[school];
  }

  /** Returns the number of subject sections in a school. */
  public int subjectSections(int school) {
    return subjectStart[school + 1] - subjectStart[school];
  }

  /** Returns the section index of a school's first section; its homerooms come first. */
  public int firstSection(int school) {
    return homeroomStart[school] + subjectStart[school];
  }

  /** Returns the school a section belongs to. */
  public int schoolOfSection(int section) {
    int school = 0;
    while (section >= firstSection(school + 1)) {
      school++;
    }
    return school;
  }

  /** Returns the homeroom number within its school that a student sits in. */
  public int homeroomOfStudent(int student) {
    return (student - firstStudent(schoolOfStudent(student))) / HOMEROOM_SIZE;
  }

  /** Returns the staff index of the teacher of a homeroom. */
  public int homeroomTeacher(int school, int homeroom) {
    return LEADERS + homeroomStart[school] + homeroom;
  }

  /** Returns the staff index of the teacher of a subject section. */
  public int subjectTeacher(int school, int subject) {
    return LEADERS + homerooms() + subjectStart[school] + subject;
  }

  /** Returns the student a regular contact is mapped onto. */
  public int studentOfContact(int contact) {
    return (int) ((long) contact * students / regularContacts);
  }

  private static int ceilDiv(int dividend, int divisor) {
    return (dividend + divisor - 1) / divisor;
  }
}
