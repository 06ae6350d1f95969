package com.classtag.sync.audit;

import com.classtag.sync.settings.SyncSettings;
import com.classtag.sync.source.GuardianLink;
import com.classtag.sync.source.PersonRole;
import com.classtag.sync.source.Phone;
import com.classtag.sync.source.Roster;
import com.classtag.sync.source.SourcePerson;
import com.classtag.sync.source.SourceSchool;
import com.classtag.sync.source.SourceSection;
import com.classtag.sync.state.AppSchool;
import com.classtag.sync.state.AppState;
import java.time.Instant;
import java.util.List;

/**
 * A district that shares exactly what the default settings use: school {@code sch-1} mapped to app
 * school {@code app-1}; section {@code sec-1} taught by {@code t-1} with students {@code s-1} and
 * {@code s-2}, who have every status, an SIS id and a student number; contact {@code c-1}, parent
 * of both, with an email.
 */
final class AuditFixtures {
  static final Instant NOW = Instant.parse("2026-03-02T06:00:00Z");

  private AuditFixtures() {}

  static SourcePerson.Builder student(String id) {
    return SourcePerson.builder()
        .id(id)
        .addRoles(PersonRole.STUDENT)
        .firstName("Kid")
        .lastName("Family" + id)
        .sisId("sis-" + id)
        .studentNumber("n-" + id)
        .grade("4")
        .addSchoolIds("sch-1")
        .ellStatus("N")
        .frlStatus("Paid")
        .iepStatus("N");
  }

  static SourcePerson.Builder teacher(String id) {
    return SourcePerson.builder()
        .id(id)
        .addRoles(PersonRole.TEACHER)
        .firstName("Teach")
        .lastName("Er" + id)
        .email(id + "@school.example")
        .addSchoolIds("sch-1");
  }

  static SourcePerson.Builder contact(String id) {
    return SourcePerson.builder()
        .id(id)
        .addRoles(PersonRole.CONTACT)
        .lastName("Parent " + id)
        .email(id + "@home.example")
        .addPhones(Phone.of("555-010-2000", "Cell"));
  }

  static GuardianLink link(String contact, String student, String type, String relationship) {
    return GuardianLink.builder()
        .contactId(contact)
        .studentId(student)
        .type(type)
        .relationship(relationship)
        .build();
  }

  static GuardianLink parent(String contact, String student) {
    return link(contact, student, "Parent/Guardian", "Parent");
  }

  static SourceSection.Builder section(String id, String school) {
    return SourceSection.builder()
        .id(id)
        .schoolId(school)
        .name("Class " + id)
        .subject("homeroom/advisory")
        .grade("4");
  }

  static Roster.Builder district() {
    return Roster.builder()
        .addSchools(SourceSchool.builder().id("sch-1").name("Lincoln").build())
        .addSections(
            section("sec-1", "sch-1").addTeacherIds("t-1").addStudentIds("s-1", "s-2").build())
        .addPeople(
            teacher("t-1").build(),
            student("s-1").build(),
            student("s-2").build(),
            contact("c-1").build())
        .addGuardianLinks(parent("c-1", "s-1"), parent("c-1", "s-2"));
  }

  static AppState app() {
    return AppState.builder()
        .addSchools(AppSchool.builder().id("app-1").addSourceSchoolIds("sch-1").build())
        .build();
  }

  static AuditReport audit(Roster roster) {
    return audit(roster, SyncSettings.defaults());
  }

  static AuditReport audit(Roster roster, SyncSettings settings) {
    return SharingAudit.create(settings).audit(roster, app(), NOW);
  }

  static List<Finding> findings(AuditReport report, FindingCode code) {
    return report.findings().stream().filter(f -> f.code() == code).toList();
  }

  /** Returns the one finding with the code, failing when there is none or several. */
  static Finding only(AuditReport report, FindingCode code) {
    List<Finding> found = findings(report, code);
    if (found.size() != 1) {
      throw new AssertionError("expected one " + code + " finding, got " + report.findings());
    }
    return found.get(0);
  }
}
