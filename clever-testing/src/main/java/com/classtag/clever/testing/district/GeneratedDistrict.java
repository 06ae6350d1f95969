package com.classtag.clever.testing.district;

import com.classtag.clever.testing.district.internal.ConcatSource;
import com.classtag.clever.testing.district.internal.ContactSource;
import com.classtag.clever.testing.district.internal.Context;
import com.classtag.clever.testing.district.internal.FixedRecords;
import com.classtag.clever.testing.district.internal.Ids;
import com.classtag.clever.testing.district.internal.Layout;
import com.classtag.clever.testing.district.internal.SectionSource;
import com.classtag.clever.testing.district.internal.SmallSource;
import com.classtag.clever.testing.district.internal.StaffSource;
import com.classtag.clever.testing.district.internal.StudentSource;
import com.classtag.clever.testing.standin.CleverData;
import com.classtag.clever.testing.standin.RecordSource;
import com.classtag.clever.testing.standin.internal.IndexedSource;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A made-up Clever district generated from a seed, identical on every run with the same seed: three
 * schools (K-5, 6-8, 9-12), homerooms of 30 and subject sections (some co-taught), their teachers
 * (some holding several employee roles), students, and 4 contacts to every 3 students covering
 * every contact type and relationship, some with no email or phone. A few records carry enum values
 * the models do not know, and a few carry the faults of real feeds (a co-teacher or student who is
 * not shared).
 *
 * <p>Records are generated when served, not stored: a district of a million students costs a few
 * hundred kilobytes until someone reads it. Thread-safe.
 *
 * <p>Ids depend on the size only, never on the seed; names, demographics and other values come from
 * the seed. A district of 1,500 students has 60 sections, 68 staff and 2,006 contacts. Get one from
 * {@link TestDistrict#generate(long, int)}.
 */
public final class GeneratedDistrict implements CleverData {
  /** The smallest district this generator makes: a student in each school. */
  public static final int MIN_STUDENTS = Layout.SCHOOLS;

  /** The largest district this generator makes; ids and counts stay within an {@code int}. */
  public static final int MAX_STUDENTS = 10_000_000;

  private final Layout layout;
  private final StaffSource staff;
  private final StudentSource students;
  private final ContactSource contacts;
  private final SmallSource events;
  private final Map<String, RecordSource> collections;
  private final RecordSource allUsers;
  private final Map<String, RecordSource> usersByRole;

  private GeneratedDistrict(long seed, int studentCount, Sharing sharing) {
    this.layout = new Layout(studentCount);
    Context context = new Context(seed, layout, sharing);
    this.staff = new StaffSource(context);
    this.students = new StudentSource(context);
    this.contacts = new ContactSource(context, students);
    SectionSource sections = new SectionSource(context, staff);
    FixedRecords fixed = new FixedRecords(context);
    SmallSource schools = fixed.schools();
    this.collections =
        Map.of(
            "districts", fixed.districts(),
            "schools", schools,
            "sections", sections,
            "terms", fixed.terms(),
            "courses", fixed.courses(),
            "resources", fixed.resources());
    this.events =
        fixed.events(new FixedRecords.EventObjects(students, contacts, sections, schools));
    this.allUsers = new ConcatSource(List.of(staff, students, contacts));
    this.usersByRole =
        Map.of(
            "student", students,
            "contact", contacts,
            "teacher", new IndexedSource(staff, i -> staff.hasRole(i, "teacher")),
            "staff", new IndexedSource(staff, i -> staff.hasRole(i, "staff")),
            "district_admin", new IndexedSource(staff, i -> staff.hasRole(i, "district_admin")));
  }

  /**
   * Generates the district at a size.
   *
   * @param seed the seed every random choice derives from
   * @param students how many students, from {@value #MIN_STUDENTS} to {@value #MAX_STUDENTS}
   * @param sharing what the district shares beyond or short of the generated records
   * @return the district
   * @throws IllegalArgumentException if the size is out of range
   */
  static GeneratedDistrict generate(long seed, int students, Sharing sharing) {
    if (students < MIN_STUDENTS || students > MAX_STUDENTS) {
      throw new IllegalArgumentException(
          "students must be from " + MIN_STUDENTS + " to " + MAX_STUDENTS + ", was " + students);
    }
    return new GeneratedDistrict(seed, students, sharing);
  }

  @Override
  public String districtId() {
    return Ids.DISTRICT.of(0);
  }

  @Override
  public Optional<RecordSource> collection(String name) {
    return Optional.ofNullable(collections.get(name));
  }

  @Override
  public Optional<RecordSource> users(Optional<String> role) {
    return role.isEmpty()
        ? Optional.of(allUsers)
        : Optional.ofNullable(usersByRole.get(role.get()));
  }

  @Override
  public RecordSource events(Set<String> recordTypes, Optional<String> school) {
    if (recordTypes.isEmpty() && school.isEmpty()) {
      return events;
    }
    return events.filterEvents(recordTypes, school);
  }

  /** {@return the number of students} */
  public int students() {
    return layout.students();
  }

  /** {@return the number of contacts} */
  public int contacts() {
    return layout.contacts();
  }

  /** {@return the number of teachers, staff and district admins (multi-role people count once)} */
  public int staff() {
    return layout.staff();
  }

  /** {@return the number of sections} */
  public int sections() {
    return layout.sections();
  }

  /**
   * Returns the id of a school.
   *
   * @param school 0 (K-5), 1 (6-8) or 2 (9-12)
   * @return the id
   */
  public String schoolId(int school) {
    return Ids.SCHOOL.of(school);
  }

  /**
   * Returns the id of the section at an index; each school's homerooms come first, then its subject
   * sections.
   *
   * @param index from 0
   * @return the id, which is in the roster when the index is below {@link #sections()}
   */
  public String sectionId(int index) {
    return Ids.SECTION.of(index);
  }

  /**
   * Returns the id of the student at an index.
   *
   * @param index from 0
   * @return the id
   */
  public String studentId(int index) {
    return Ids.STUDENT.of(index);
  }

  /**
   * Returns the id of the contact at an index.
   *
   * @param index from 0
   * @return the id
   */
  public String contactId(int index) {
    return Ids.CONTACT.of(index);
  }

  /**
   * Returns the id of the staff member at an index: 0 is the superintendent, 1 the technology
   * director (district admin, staff and teacher), then two staff per school, then homeroom and
   * subject teachers.
   *
   * @param index from 0
   * @return the id
   */
  public String staffId(int index) {
    return Ids.STAFF.of(index);
  }

  /**
   * Returns an id shaped like a user's that the roster does not hold, for people who have left.
   *
   * @param index from 0
   * @return the id
   */
  public String departedUserId(int index) {
    return Ids.DEPARTED_USER.of(index);
  }

  /**
   * Returns an id shaped like a section's that the roster does not hold; index 0 is the section the
   * event history reports deleted.
   *
   * @param index from 0
   * @return the id
   */
  public String departedSectionId(int index) {
    return Ids.DEPARTED_SECTION.of(index);
  }
}
