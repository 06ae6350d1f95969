package com.classtag.clever.testing.district;

import com.classtag.clever.model.ContactRole;
import com.classtag.clever.model.Course;
import com.classtag.clever.model.District;
import com.classtag.clever.model.DistrictAdminRole;
import com.classtag.clever.model.FrlStatus;
import com.classtag.clever.model.Gender;
import com.classtag.clever.model.Grade;
import com.classtag.clever.model.JsonValue;
import com.classtag.clever.model.Name;
import com.classtag.clever.model.PhoneType;
import com.classtag.clever.model.Race;
import com.classtag.clever.model.Relationship;
import com.classtag.clever.model.RelationshipType;
import com.classtag.clever.model.Roles;
import com.classtag.clever.model.RosterSnapshot;
import com.classtag.clever.model.School;
import com.classtag.clever.model.Section;
import com.classtag.clever.model.StaffRole;
import com.classtag.clever.model.StudentRelationship;
import com.classtag.clever.model.StudentRole;
import com.classtag.clever.model.TeacherRole;
import com.classtag.clever.model.Term;
import com.classtag.clever.model.User;
import com.classtag.clever.model.YesNo;
import com.classtag.clever.testing.district.internal.Draws;
import com.classtag.clever.testing.district.internal.Ids;
import com.classtag.clever.testing.district.internal.Names;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Describes a district in Java and builds it as typed {@code clever-model} records with realistic
 * defaults and deterministic ids: building the same description twice gives equal records. Get one
 * from {@link TestDistrict#builder()}.
 *
 * <pre>{@code
 * DistrictBuilder b = TestDistrict.builder().name("Maple Valley").school("Lincoln Middle");
 * User ada = b.teacher("Ada", "Byron");
 * User maria = b.student("Maria", "Lopez");
 * b.section(s -> s.name("Math 7").teacher(ada).students(27).student(maria));
 * b.contact(Relationship.PARENT, maria);
 * TestDistrict district = b.build();
 * }</pre>
 *
 * <p>{@link #school} makes a school the current one; people and sections belong to the current
 * school. Every student made here gets {@link #contactsPerStudent} contacts unless it is given
 * contacts of its own with {@link #contact}. Names are made up, emails use {@code .example.org}
 * domains. Not thread-safe.
 */
public final class DistrictBuilder {
  private static final String SCHOOL_YEAR_START = "2026-08-17";
  private static final String SCHOOL_YEAR_END = "2027-06-11";
  private static final String CREATED = "2026-08-14T17:00:00.000Z";

  private final Map<Ids, Integer> counters = new EnumMap<>(Ids.class);
  private long seed = 1;
  private String name = "Maple Valley School District";
  private int contactsPerStudent = 1;
  private final List<School> schools = new ArrayList<>();
  private School current;
  private final List<Term> terms = new ArrayList<>();
  private final Map<String, Course> courses = new LinkedHashMap<>();
  private final List<Section> sections = new ArrayList<>();
  private final Map<String, User> people = new LinkedHashMap<>();
  private final Set<String> teachers = new LinkedHashSet<>();
  private final List<String> students = new ArrayList<>();

  /** Students given contacts with {@link #contact}, who get no default ones. */
  private final Set<String> withOwnContacts = new HashSet<>();

  private final List<User> contacts = new ArrayList<>();
  private final String districtId = Ids.DISTRICT.of(0);
  private boolean built;

  DistrictBuilder() {}

  /**
   * Sets the seed the made-up names and demographics come from (default 1); ids do not depend on
   * it.
   *
   * @param seed any number
   * @return this builder
   */
  public DistrictBuilder seed(long seed) {
    this.seed = seed;
    return this;
  }

  /**
   * Sets the district's name (default {@code Maple Valley School District}).
   *
   * @param name the name
   * @return this builder
   * @throws IllegalArgumentException if blank
   */
  public DistrictBuilder name(String name) {
    this.name = nonBlank("the district's name", name);
    return this;
  }

  /**
   * Sets how many contacts each student made by this builder gets when {@link #contact} gives it
   * none (default 1; the first is a parent, the next a grandparent, then other relatives).
   *
   * @param count from 0 to 6
   * @return this builder
   * @throws IllegalArgumentException if out of range
   */
  public DistrictBuilder contactsPerStudent(int count) {
    if (count < 0 || count > 6) {
      throw new IllegalArgumentException("contactsPerStudent must be from 0 to 6, was " + count);
    }
    this.contactsPerStudent = count;
    return this;
  }

  /**
   * Adds a school teaching kindergarten to grade 12 and makes it the current school.
   *
   * @param name the school's name, such as {@code Lincoln Middle}
   * @return this builder
   * @throws IllegalArgumentException if blank
   */
  public DistrictBuilder school(String name) {
    return school(name, Grade.KINDERGARTEN, Grade.GRADE_12);
  }

  /**
   * Adds a school and makes it the current school.
   *
   * @param name the school's name
   * @param lowGrade the lowest grade taught, which its students get by default
   * @param highGrade the highest grade taught
   * @return this builder
   * @throws IllegalArgumentException if the name is blank
   */
  public DistrictBuilder school(String name, Grade lowGrade, Grade highGrade) {
    int number = schools.size();
    current =
        School.builder()
            .id(Ids.SCHOOL.of(number))
            .district(districtId)
            .name(nonBlank("a school's name", name))
            .created(CREATED)
            .lastModified(CREATED)
            .sisId("SCH-" + (100 + number))
            .schoolNumber(Integer.toString(100 + number))
            .lowGrade(lowGrade)
            .highGrade(highGrade)
            .phone("555-0100")
            .build();
    schools.add(current);
    return this;
  }

  /**
   * Adds a term; sections pick one with {@link SectionSpec#term(int)}. Without any, the district
   * has one term, the 2026-27 school year.
   *
   * @param name the term's name
   * @param start its first day
   * @param end its last day
   * @return this builder
   * @throws IllegalArgumentException if the name is blank or the term ends before it starts
   */
  public DistrictBuilder term(String name, LocalDate start, LocalDate end) {
    if (end.isBefore(start)) {
      throw new IllegalArgumentException(
          "term '" + name + "' ends on " + end + ", before it starts on " + start);
    }
    terms.add(
        Term.builder()
            .id(Ids.TERM.of(terms.size()))
            .district(districtId)
            .name(nonBlank("a term's name", name))
            .rawStartDate(start.toString())
            .rawEndDate(end.toString())
            .build());
    return this;
  }

  /**
   * Adds a teacher at the current school, with an email, a teacher number and a title.
   *
   * @param first the given name
   * @param last the family name
   * @return the teacher, for {@link SectionSpec#teacher} and {@link SectionSpec#coTeacher}
   * @throws IllegalStateException if no school was added yet
   */
  public User teacher(String first, String last) {
    String school = currentSchool().id();
    int n = next(Ids.STAFF);
    TeacherRole role =
        TeacherRole.builder()
            .school(school)
            .addSchools(school)
            .district(districtId)
            .sisId("T-" + (1000 + n))
            .teacherNumber(Integer.toString(1000 + n))
            .title("Teacher")
            .build();
    User teacher = staffUser(n, first, last, Roles.builder().teacher(role).build());
    teachers.add(teacher.id());
    return teacher;
  }

  /**
   * Adds a staff member at the current school.
   *
   * @param first the given name
   * @param last the family name
   * @param title such as {@code Counselor}
   * @return the staff member
   * @throws IllegalStateException if no school was added yet
   */
  public User staff(String first, String last, String title) {
    int n = next(Ids.STAFF);
    StaffRole role =
        StaffRole.builder()
            .addSchools(currentSchool().id())
            .staffId("S-" + (1000 + n))
            .title(nonBlank("a title", title))
            .department("Student Services")
            .build();
    return staffUser(n, first, last, Roles.builder().staff(role).build());
  }

  /**
   * Adds a district administrator.
   *
   * @param first the given name
   * @param last the family name
   * @return the administrator
   */
  public User districtAdmin(String first, String last) {
    int n = next(Ids.STAFF);
    return staffUser(
        n,
        first,
        last,
        Roles.builder()
            .districtAdmin(DistrictAdminRole.builder().title("Superintendent").build())
            .build());
  }

  /**
   * Adds a student at the current school with a made-up name and demographics, to enrol in several
   * sections with {@link SectionSpec#student}.
   *
   * @return the student
   * @throws IllegalStateException if no school was added yet
   */
  public User student() {
    Draws names = Draws.of(seed, Draws.Stream.STUDENT_NAME, counters.getOrDefault(Ids.STUDENT, 0));
    return student(
        Names.first(names),
        Names.last(names),
        currentSchool().lowGrade().orElse(Grade.KINDERGARTEN));
  }

  /**
   * Adds a named student at the current school, in its lowest grade, with made-up demographics.
   *
   * @param first the given name
   * @param last the family name
   * @return the student
   * @throws IllegalStateException if no school was added yet
   */
  public User student(String first, String last) {
    return student(first, last, currentSchool().lowGrade().orElse(Grade.KINDERGARTEN));
  }

  /**
   * Adds a contact with a relationship to each of {@code students}: a parent of siblings, say. A
   * student given a contact this way gets no default contacts.
   *
   * @param relationship such as {@link Relationship#PARENT}
   * @param students students this builder made; at least one
   * @return the contact
   * @throws IllegalArgumentException if no student is given, or one was not made by this builder
   */
  public User contact(Relationship relationship, User... students) {
    if (students.length == 0) {
      throw new IllegalArgumentException("a contact needs at least one student");
    }
    List<StudentRelationship> links = new ArrayList<>();
    for (User student : students) {
      if (!this.students.contains(student.id())) {
        throw new IllegalArgumentException(
            "student " + student.id() + " was not made by this builder");
      }
      links.add(
          StudentRelationship.builder()
              .student(student.id())
              .relationship(relationship)
              .type(RelationshipType.PARENT_GUARDIAN)
              .build());
      withOwnContacts.add(student.id());
    }
    Draws names = Draws.of(seed, Draws.Stream.CONTACT_NAME, counters.getOrDefault(Ids.CONTACT, 0));
    String first = Names.first(names);
    String last = people.get(students[0].id()).name().flatMap(Name::last).orElse(Names.last(names));
    User contact = buildContact(first + " " + last, links);
    contacts.add(contact);
    return contact;
  }

  /**
   * Adds a section at the current school, as {@code spec} describes it; see {@link SectionSpec} for
   * the defaults.
   *
   * @param spec fills in the section
   * @return this builder
   * @throws IllegalStateException if no school was added yet
   * @throws IllegalArgumentException if the spec names a term the builder did not add, or a teacher
   *     or student it did not make
   */
  public DistrictBuilder section(Consumer<SectionSpec> spec) {
    School school = currentSchool();
    SectionSpec s = new SectionSpec();
    spec.accept(s);
    List<Term> allTerms = termsOrDefault();
    if (s.term() >= allTerms.size()) {
      throw new IllegalArgumentException(
          "the section's term "
              + s.term()
              + " was not added; the builder has "
              + allTerms.size()
              + " term(s)");
    }
    User teacher =
        s.teacher()
            .orElseGet(
                () -> {
                  Draws draws =
                      Draws.of(seed, Draws.Stream.STAFF, counters.getOrDefault(Ids.STAFF, 0));
                  return teacher(Names.first(draws), Names.last(draws));
                });
    List<String> teacherIds = new ArrayList<>();
    teacherIds.add(known(teacher, "teacher"));
    s.coTeachers().forEach(co -> teacherIds.add(known(co, "co-teacher")));
    Grade grade = s.grade().orElse(school.lowGrade().orElse(Grade.KINDERGARTEN));
    List<String> enrolled = new ArrayList<>();
    for (User student : s.students()) {
      enrolled.add(known(student, "student"));
    }
    for (int k = 0; k < s.newStudents(); k++) {
      Draws names =
          Draws.of(seed, Draws.Stream.STUDENT_NAME, counters.getOrDefault(Ids.STUDENT, 0));
      enrolled.add(student(Names.first(names), Names.last(names), grade).id());
    }
    String courseName = s.course().orElse(capitalized(s.subject().value()));
    Course course =
        courses.computeIfAbsent(
            courseName,
            n ->
                Course.builder()
                    .id(Ids.COURSE.of(courses.size()))
                    .district(districtId)
                    .name(n)
                    .number(Integer.toString(100 + courses.size()))
                    .build());
    int n = sections.size();
    String teacherLast = people.get(teacher.id()).name().flatMap(Name::last).orElse("");
    sections.add(
        Section.builder()
            .id(Ids.SECTION.of(n))
            .district(districtId)
            .school(school.id())
            .name(s.name().orElse(courseName + " - " + teacherLast))
            .created(CREATED)
            .lastModified(CREATED)
            .sisId("SEC-" + (1000 + n))
            .subject(s.subject())
            .grade(grade)
            .course(course.id())
            .termId(allTerms.get(s.term()).id())
            .period(s.period().orElse(Integer.toString(1 + n % 7)))
            .teacher(teacher.id())
            .teachers(teacherIds)
            .students(enrolled)
            .build());
    return this;
  }

  /**
   * Builds the district.
   *
   * @return the district, with every record the description made
   * @throws IllegalStateException if no school was added, or the builder already built its district
   */
  public TestDistrict build() {
    if (schools.isEmpty()) {
      throw new IllegalStateException("add a school: a district without one has nothing to sync");
    }
    if (built) {
      throw new IllegalStateException(
          "this builder already built its district; start another with TestDistrict.builder()");
    }
    built = true;
    List<User> defaultContacts = new ArrayList<>();
    for (String student : students) {
      if (!withOwnContacts.contains(student)) {
        defaultContacts.addAll(defaultContacts(people.get(student)));
      }
    }
    contacts.addAll(defaultContacts);
    District district =
        District.builder()
            .id(districtId)
            .name(name)
            .sisType("SIS")
            .rawLaunchDate("2026-08-14")
            .lastSync(CREATED)
            .build();
    List<User> users = new ArrayList<>(people.values());
    users.addAll(contacts);
    RosterSnapshot snapshot =
        RosterSnapshot.builder()
            .district(district)
            .schools(schools)
            .users(users)
            .sections(sections)
            .terms(termsOrDefault())
            .courses(courses.values())
            .build();
    return new TestDistrict(snapshot);
  }

  private List<User> defaultContacts(User student) {
    Relationship[] relationships = {
      Relationship.PARENT,
      Relationship.PARENT,
      Relationship.GRANDPARENT,
      Relationship.AUNT_UNCLE,
      Relationship.SIBLING,
      Relationship.OTHER
    };
    String last = student.name().flatMap(Name::last).orElse("");
    List<User> made = new ArrayList<>();
    for (int k = 0; k < contactsPerStudent; k++) {
      Draws names =
          Draws.of(seed, Draws.Stream.CONTACT_NAME, counters.getOrDefault(Ids.CONTACT, 0));
      made.add(
          buildContact(
              Names.first(names) + " " + last,
              List.of(
                  StudentRelationship.builder()
                      .student(student.id())
                      .relationship(relationships[k])
                      .type(k == 0 ? RelationshipType.PRIMARY : RelationshipType.PARENT_GUARDIAN)
                      .build())));
    }
    return made;
  }

  private User buildContact(String fullName, List<StudentRelationship> links) {
    int n = next(Ids.CONTACT);
    Draws draws = Draws.of(seed, Draws.Stream.CONTACT, n);
    // Clever puts a contact's full name in name.last.
    return User.builder()
        .id(Ids.CONTACT.of(n))
        .district(districtId)
        .name(Name.builder().last(fullName).build())
        .email(Names.mailbox(fullName) + n + "@families.example.org")
        .created(CREATED)
        .lastModified(CREATED)
        .roles(
            Roles.builder()
                .contact(
                    ContactRole.builder()
                        .sisId("C-" + (1000 + n))
                        .phone("555-01" + String.format("%02d", n % 100))
                        .phoneType(draws.pick(PhoneType.CELL, PhoneType.HOME))
                        .studentRelationships(links)
                        .build())
                .build())
        .build();
  }

  private User student(String first, String last, Grade grade) {
    String school = currentSchool().id();
    int n = next(Ids.STUDENT);
    Draws draws = Draws.of(seed, Draws.Stream.STUDENT, n);
    StudentRole role =
        StudentRole.atSchool(school)
            .sisId("S-" + (10_000 + n))
            .studentNumber(Integer.toString(10_000 + n))
            .stateId("ST" + (500_000 + n))
            .grade(grade)
            .gender(draws.pick(Gender.F, Gender.M, Gender.X))
            .dob(LocalDate.of(2014, 1, 1).plusDays(draws.below(3 * 365)).toString())
            .race(
                draws.pick(
                    Race.ASIAN,
                    Race.BLACK_OR_AFRICAN_AMERICAN,
                    Race.CAUCASIAN,
                    Race.TWO_OR_MORE_RACES))
            .hispanicEthnicity(draws.pick(YesNo.YES, YesNo.NO))
            .ellStatus(draws.percent(15) ? YesNo.YES : YesNo.NO)
            .frlStatus(draws.pick(FrlStatus.FREE, FrlStatus.REDUCED, FrlStatus.PAID))
            .graduationYear(Integer.toString(2040 - gradeNumber(grade)))
            .putExt("homeroom_code", JsonValue.ofString("HR-" + (n / 30 + 1)))
            .created(CREATED)
            .lastModified(CREATED)
            .build();
    User student =
        User.builder()
            .id(Ids.STUDENT.of(n))
            .district(districtId)
            .name(Name.of(first, last))
            .email(Names.mailbox(first) + "." + Names.mailbox(last) + n + "@students.example.org")
            .created(CREATED)
            .lastModified(CREATED)
            .roles(Roles.builder().student(role).build())
            .build();
    people.put(student.id(), student);
    students.add(student.id());
    return student;
  }

  private User staffUser(int n, String first, String last, Roles roles) {
    User user =
        User.builder()
            .id(Ids.STAFF.of(n))
            .district(districtId)
            .name(Name.of(nonBlank("a given name", first), nonBlank("a family name", last)))
            .email(Names.mailbox(first) + "." + Names.mailbox(last) + "@staff.example.org")
            .created(CREATED)
            .lastModified(CREATED)
            .roles(roles)
            .build();
    people.put(user.id(), user);
    return user;
  }

  private String known(User user, String what) {
    if (!people.containsKey(user.id())) {
      throw new IllegalArgumentException(
          "the " + what + " " + user.id() + " was not made by this builder");
    }
    return user.id();
  }

  private List<Term> termsOrDefault() {
    if (terms.isEmpty()) {
      terms.add(
          Term.builder()
              .id(Ids.TERM.of(0))
              .district(districtId)
              .name("2026-27 School Year")
              .rawStartDate(SCHOOL_YEAR_START)
              .rawEndDate(SCHOOL_YEAR_END)
              .build());
    }
    return terms;
  }

  private School currentSchool() {
    if (current == null) {
      throw new IllegalStateException(
          "add a school first: people and sections belong to the current school");
    }
    return current;
  }

  private int next(Ids kind) {
    int n = counters.getOrDefault(kind, 0);
    counters.put(kind, n + 1);
    return n;
  }

  private static int gradeNumber(Grade grade) {
    try {
      return Integer.parseInt(grade.value());
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  private static String capitalized(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String nonBlank(String what, String value) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be blank");
    }
    return value;
  }
}
