package com.classtag.sync.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.classtag.sync.settings.SectionFilter;
import com.classtag.sync.settings.SyncSettings;
import com.classtag.sync.source.GuardianLink;
import com.classtag.sync.source.PersonRole;
import com.classtag.sync.source.Phone;
import com.classtag.sync.source.Roster;
import com.classtag.sync.source.SourcePerson;
import com.classtag.sync.source.SourceSchool;
import com.classtag.sync.source.SourceSection;
import com.classtag.sync.source.SourceTerm;
import com.classtag.sync.state.AppSchool;
import com.classtag.sync.state.AppState;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Audit invariants over generated settings and rosters. */
class AuditProperties {
  private static final Instant NOW = Instant.parse("2026-03-02T06:00:00Z");
  private static final List<String> TYPES =
      List.of("Parent/Guardian", "Primary", "Emergency", "Other");
  private static final List<String> RELATIONSHIPS =
      List.of("Parent", "Grandparent", "Aunt/Uncle", "Sibling");
  private static final List<String> SUBJECTS = List.of("homeroom/advisory", "math", "science");
  private static final List<String> GRADES = List.of("Kindergarten", "3", "7");
  private static final List<String> EXTENSIONS = List.of("homeroom", "bus_route", "locker");

  /** Settings, and a roster and state that share exactly what those settings use. */
  record World(SyncSettings settings, Roster roster, AppState state) {}

  @Provide
  Arbitrary<World> exactWorlds() {
    return Arbitraries.longs().map(AuditProperties::exact);
  }

  @Property(tries = 250)
  void aRosterOfExactlyWhatTheSettingsUseHasNoOvershare(@ForAll("exactWorlds") World w) {
    AuditReport report = SharingAudit.create(w.settings()).audit(w.roster(), w.state(), NOW);

    assertThat(report.overshared()).isEmpty();
  }

  @Property(tries = 100)
  void theSameInputsGiveTheSameReport(@ForAll("exactWorlds") World w) {
    SharingAudit audit = SharingAudit.create(w.settings());

    AuditReport first = audit.audit(w.roster(), w.state(), NOW);

    assertThat(audit.audit(w.roster(), w.state(), NOW)).isEqualTo(first);
    assertThat(AuditJson.toJson(audit.audit(w.roster(), w.state(), NOW)))
        .isEqualTo(AuditJson.toJson(first));
  }

  private static World exact(long seed) {
    Random r = new Random(seed);
    List<String> types = subset(r, TYPES);
    List<String> relationships = subset(r, RELATIONSHIPS);
    List<String> subjects = r.nextInt(3) == 0 ? subset(r, SUBJECTS) : List.of();
    List<String> grades = r.nextInt(3) == 0 ? subset(r, GRADES) : List.of();
    boolean carryAll = r.nextBoolean();
    List<String> carried = carryAll ? List.of() : subset(r, EXTENSIONS);
    int schoolCount = 1 + r.nextInt(3);
    List<String> schools = new ArrayList<>();
    for (int i = 0; i < schoolCount; i++) {
      schools.add("sch-" + i);
    }
    List<String> filterSchools = r.nextInt(3) == 0 ? nonEmptySubset(r, schools) : List.of();
    SyncSettings settings =
        SyncSettings.builder()
            .contactTypes(types)
            .contactRelationships(relationships)
            .manageGuardians(r.nextInt(4) != 0)
            .syncDistrictAdmins(r.nextBoolean())
            .archiveEndedTerms(r.nextBoolean())
            .sectionFilter(
                SectionFilter.builder()
                    .addAllSubjects(subjects)
                    .addAllGrades(grades)
                    .addAllSchoolIds(filterSchools)
                    .build())
            .carryAllExtensionFields(carryAll)
            .addAllCarriedExtensionFields(carried)
            .build();

    Roster.Builder roster = Roster.builder();
    AppState.Builder state = AppState.builder();
    roster.addTerms(
        SourceTerm.builder().id("term-now").endDate(LocalDate.parse("2026-06-11")).build());
    int people = 0;
    List<String> studentIds = new ArrayList<>();
    for (String school : schools) {
      roster.addSchools(SourceSchool.builder().id(school).build());
      state.addSchools(AppSchool.builder().id("app-" + school).addSourceSchoolIds(school).build());
      if (!filterSchools.isEmpty() && !filterSchools.contains(school)) {
        continue;
      }
      int sections = 1 + r.nextInt(3);
      for (int s = 0; s < sections; s++) {
        String teacher = "t-" + people++;
        roster.addPeople(
            SourcePerson.builder()
                .id(teacher)
                .addRoles(PersonRole.TEACHER)
                .addSchoolIds(school)
                .email(teacher + "@school.example")
                .build());
        SourceSection.Builder section =
            SourceSection.builder()
                .id(school + "-sec-" + s)
                .schoolId(school)
                .subject(pick(r, subjects.isEmpty() ? SUBJECTS : subjects))
                .grade(pick(r, grades.isEmpty() ? GRADES : grades))
                .addTeacherIds(teacher);
        if (r.nextBoolean()) {
          section.termId("term-now");
        }
        int students = 1 + r.nextInt(4);
        for (int k = 0; k < students; k++) {
          String student = "s-" + people++;
          SourcePerson.Builder p =
              SourcePerson.builder()
                  .id(student)
                  .addRoles(PersonRole.STUDENT)
                  .addSchoolIds(school)
                  .sisId("sis-" + student)
                  .ellStatus("N")
                  .frlStatus("Paid")
                  .iepStatus("N");
          for (String name : carryAll ? subset(r, EXTENSIONS) : carried) {
            p.putExtensionFields(name, "v" + k);
          }
          roster.addPeople(p.build());
          section.addStudentIds(student);
          studentIds.add(student);
        }
        roster.addSections(section.build());
      }
      if (r.nextBoolean()) {
        roster.addPeople(
            SourcePerson.builder()
                .id("a-" + people++)
                .addRoles(PersonRole.SCHOOL_ADMIN)
                .addAdminSchoolIds(school)
                .build());
      }
    }
    if (settings.syncDistrictAdmins() && r.nextBoolean()) {
      roster.addPeople(
          SourcePerson.builder().id("da-" + people++).addRoles(PersonRole.DISTRICT_ADMIN).build());
    }
    if (settings.manageGuardians()) {
      for (String student : studentIds) {
        int contacts = r.nextInt(3);
        for (int c = 0; c < contacts; c++) {
          String contact = "c-" + people++;
          roster.addPeople(
              SourcePerson.builder()
                  .id(contact)
                  .addRoles(PersonRole.CONTACT)
                  .addPhones(Phone.of("555-010-" + (1000 + c), "Cell"))
                  .build());
          roster.addGuardianLinks(
              GuardianLink.builder()
                  .contactId(contact)
                  .studentId(student)
                  .type(pick(r, types.isEmpty() ? TYPES : types))
                  .relationship(pick(r, relationships.isEmpty() ? RELATIONSHIPS : relationships))
                  .build());
        }
      }
    }
    return new World(settings, roster.build(), state.build());
  }

  private static List<String> subset(Random r, List<String> values) {
    List<String> out = new ArrayList<>();
    for (String v : values) {
      if (r.nextBoolean()) {
        out.add(v);
      }
    }
    return out;
  }

  private static List<String> nonEmptySubset(Random r, List<String> values) {
    List<String> out = subset(r, values);
    return out.isEmpty() ? List.of(values.get(r.nextInt(values.size()))) : out;
  }

  private static String pick(Random r, List<String> values) {
    return values.get(r.nextInt(values.size()));
  }
}
