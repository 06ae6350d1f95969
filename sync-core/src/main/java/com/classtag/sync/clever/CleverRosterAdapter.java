package com.classtag.sync.clever;

import com.classtag.clever.model.ContactRole;
import com.classtag.clever.model.DistrictAdminRole;
import com.classtag.clever.model.DuplicateUser;
import com.classtag.clever.model.JsonValue;
import com.classtag.clever.model.Name;
import com.classtag.clever.model.OpenEnum;
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
import com.classtag.sync.source.GuardianLink;
import com.classtag.sync.source.PersonRole;
import com.classtag.sync.source.Phone;
import com.classtag.sync.source.Roster;
import com.classtag.sync.source.SourcePerson;
import com.classtag.sync.source.SourceSchool;
import com.classtag.sync.source.SourceSection;
import com.classtag.sync.source.SourceTerm;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Maps a Clever roster snapshot to the planner's {@link Roster}. The mapping is total: every user,
 * section, school, term and student relationship becomes a roster record, and what the planner
 * cannot use (a relationship without a student, a section without a school) is left for it to warn
 * about rather than dropped here.
 *
 * <ul>
 *   <li>Roles: {@code student} → {@link PersonRole#STUDENT}, {@code teacher} → {@link
 *       PersonRole#TEACHER}, {@code staff} → {@link PersonRole#SCHOOL_ADMIN} (at the staff role's
 *       schools), {@code district_admin} → {@link PersonRole#DISTRICT_ADMIN}, {@code contact} →
 *       {@link PersonRole#CONTACT}.
 *   <li>Ids: the SIS id comes from the student, teacher or contact role (in that order), else the
 *       staff role's {@code staff_id}; the legacy id from the first role that has one. Clever
 *       merges employee roles only, so a conflict between roles is rare; the order makes the choice
 *       stable.
 *   <li>Names: the user's {@code name}, else the teacher role's. A contact's full name often sits
 *       in {@code name.last} alone; it is carried as is.
 *   <li>A contact's single {@code phone} and {@code phone_type} become one typed phone; its {@code
 *       student_relationships} become guardian links with their type and relationship.
 *   <li>A section's teachers are listed primary first: Clever's {@code teacher} is put first even
 *       if {@code teachers} lists it elsewhere or not at all.
 *   <li>A user id the snapshot read more than once with differing copies ({@link
 *       RosterSnapshot#duplicateUsers()}) is passed on as several people with that id, the first
 *       copy first, so the planner uses the first and warns {@code DUPLICATE_ID}; the later copies'
 *       guardian links are not added. Identical copies are one person.
 *   <li>Student statuses and extension fields are carried as text; a non-string extension value as
 *       its JSON. Courses are not used: a section's name already carries the course.
 * </ul>
 */
public final class CleverRosterAdapter {
  private CleverRosterAdapter() {}

  /**
   * Maps a snapshot.
   *
   * @param snapshot a complete Clever roster snapshot
   * @return the roster
   * @throws IllegalArgumentException if {@code snapshot} is null
   */
  public static Roster toRoster(RosterSnapshot snapshot) {
    if (snapshot == null) {
      throw new IllegalArgumentException("snapshot must not be null");
    }
    Roster.Builder roster = Roster.builder().districtId(snapshot.district().id());
    for (School s : snapshot.schools()) {
      roster.addSchools(SourceSchool.builder().id(s.id()).name(s.name()).build());
    }
    for (Term t : snapshot.terms()) {
      roster.addTerms(
          SourceTerm.builder()
              .id(t.id())
              .name(t.name())
              .startDate(t.startDate())
              .endDate(t.endDate())
              .build());
    }
    for (Section s : snapshot.sections()) {
      roster.addSections(section(s));
    }
    for (User u : snapshot.users()) {
      roster.addPeople(person(u));
      Optional<ContactRole> contact = u.roles().contact();
      if (contact.isPresent()) {
        for (StudentRelationship r : contact.get().studentRelationships()) {
          roster.addGuardianLinks(
              GuardianLink.builder()
                  .contactId(u.id())
                  .studentId(r.student().orElse(""))
                  .type(r.type().map(OpenEnum::value))
                  .relationship(r.relationship().map(OpenEnum::value))
                  .build());
        }
      }
    }
    // A repeated id whose copies differ is a broken feed: the planner keeps the first and warns
    // DUPLICATE_ID.
    for (DuplicateUser d : snapshot.duplicateUsers()) {
      for (User copy : d.differingCopies()) {
        roster.addPeople(person(copy));
      }
    }
    return roster.build();
  }

  private static SourceSection section(Section s) {
    Set<String> teachers = new LinkedHashSet<>();
    s.teacher().ifPresent(teachers::add);
    teachers.addAll(s.teachers());
    return SourceSection.builder()
        .id(s.id())
        .sisId(s.sisId())
        .schoolId(s.school().orElse(""))
        .name(s.name())
        .termId(s.termId())
        .subject(s.subject().map(OpenEnum::value))
        .grade(s.grade().map(OpenEnum::value))
        .addAllTeacherIds(teachers)
        .addAllStudentIds(s.students())
        .build();
  }

  private static SourcePerson person(User u) {
    Roles roles = u.roles();
    Optional<StudentRole> student = roles.student();
    Optional<TeacherRole> teacher = roles.teacher();
    Optional<StaffRole> staff = roles.staff();
    Optional<ContactRole> contact = roles.contact();
    SourcePerson.Builder p = SourcePerson.builder().id(u.id());
    Set<String> schools = new LinkedHashSet<>();
    if (student.isPresent()) {
      StudentRole s = student.get();
      p.addRoles(PersonRole.STUDENT)
          .studentNumber(s.studentNumber())
          .grade(s.grade().map(OpenEnum::value))
          .ellStatus(s.ellStatus().map(OpenEnum::value))
          .frlStatus(s.frlStatus().map(OpenEnum::value))
          .iepStatus(s.iepStatus())
          .extensionFields(text(s.ext()));
      s.school().ifPresent(schools::add);
      schools.addAll(s.schools());
    }
    if (teacher.isPresent()) {
      p.addRoles(PersonRole.TEACHER);
      teacher.get().school().ifPresent(schools::add);
      schools.addAll(teacher.get().schools());
    }
    if (staff.isPresent()) {
      p.addRoles(PersonRole.SCHOOL_ADMIN)
          .addAllAdminSchoolIds(new LinkedHashSet<>(staff.get().schools()));
    }
    if (roles.districtAdmin().isPresent()) {
      p.addRoles(PersonRole.DISTRICT_ADMIN);
    }
    if (contact.isPresent()) {
      p.addRoles(PersonRole.CONTACT);
      ContactRole c = contact.get();
      if (c.phone().isPresent()) {
        p.addPhones(
            Phone.builder()
                .number(c.phone().get())
                .type(c.phoneType().map(OpenEnum::value))
                .build());
      }
    }
    Optional<Name> name = u.name().isPresent() ? u.name() : teacher.flatMap(TeacherRole::name);
    name.ifPresent(n -> p.firstName(n.first()).lastName(n.last()));
    p.email(u.email().isPresent() ? u.email() : student.flatMap(StudentRole::email));
    p.sisId(
        first(
            student.flatMap(StudentRole::sisId),
            teacher.flatMap(TeacherRole::sisId),
            contact.flatMap(ContactRole::sisId),
            staff.flatMap(StaffRole::staffId)));
    p.legacyId(
        first(
            student.flatMap(StudentRole::legacyId),
            teacher.flatMap(TeacherRole::legacyId),
            staff.flatMap(StaffRole::legacyId),
            roles.districtAdmin().flatMap(DistrictAdminRole::legacyId),
            contact.flatMap(ContactRole::legacyId)));
    return p.addAllSchoolIds(schools).build();
  }

  @SafeVarargs
  private static Optional<String> first(Optional<String>... values) {
    for (Optional<String> v : values) {
      if (v.isPresent()) {
        return v;
      }
    }
    return Optional.empty();
  }

  /** Extension values as text: a JSON string's content, anything else as its JSON. */
  private static Map<String, String> text(Map<String, JsonValue> ext) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Map.Entry<String, JsonValue> e : ext.entrySet()) {
      JsonValue v = e.getValue();
      out.put(e.getKey(), v.asString().orElseGet(v::toJson));
    }
    return out;
  }
}
