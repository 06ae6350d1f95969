package com.classtag.sync.clever;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.classtag.clever.model.CleverJson;
import com.classtag.clever.model.District;
import com.classtag.clever.model.DistrictAdminRole;
import com.classtag.clever.model.DuplicateUser;
import com.classtag.clever.model.FrlStatus;
import com.classtag.clever.model.Grade;
import com.classtag.clever.model.JsonValue;
import com.classtag.clever.model.Name;
import com.classtag.clever.model.Roles;
import com.classtag.clever.model.RosterSnapshot;
import com.classtag.clever.model.School;
import com.classtag.clever.model.StaffRole;
import com.classtag.clever.model.StudentRole;
import com.classtag.clever.model.TeacherRole;
import com.classtag.clever.model.Term;
import com.classtag.clever.model.User;
import com.classtag.clever.model.YesNo;
import com.classtag.sync.plan.DecisionKind;
import com.classtag.sync.plan.Plan;
import com.classtag.sync.plan.Planner;
import com.classtag.sync.plan.WarningCode;
import com.classtag.sync.settings.SyncSettings;
import com.classtag.sync.source.GuardianLink;
import com.classtag.sync.source.PersonRole;
import com.classtag.sync.source.Phone;
import com.classtag.sync.source.Roster;
import com.classtag.sync.source.SourcePerson;
import com.classtag.sync.state.AppSchool;
import com.classtag.sync.state.AppState;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class CleverRosterAdapterTest {
  private static final String DISTRICT = "6500000000000000000d0001";
  private static final String SCHOOL = "6500000000000000000h0001";
  private static final String S1 = "6500000000000000000s0001";
  private static final String S2 = "6500000000000000000s0002";
  private static final String T1 = "6500000000000000000t0001";
  private static final String T2 = "6500000000000000000t0002";
  private static final String CONTACT = "6500000000000000000c0001";

  private static String fixture(String name) throws IOException {
    try (InputStream in = CleverRosterAdapterTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static User student(String id, String sis) {
    return User.builder()
        .id(id)
        .name(Name.of("Kid", "Family"))
        .roles(
            Roles.builder()
                .student(
                    StudentRole.atSchool(SCHOOL)
                        .sisId(sis)
                        .studentNumber("n-" + sis)
                        .legacyId("legacy-" + sis)
                        .grade(Grade.GRADE_4)
                        .ellStatus(YesNo.YES)
                        .frlStatus(FrlStatus.FREE)
                        .iepStatus("N")
                        .putExt("house", JsonValue.ofString("red"))
                        .putExt("bus", JsonValue.ofJson("12"))
                        .email("kid@students.example")
                        .build())
                .build())
        .build();
  }

  private static RosterSnapshot snapshot() throws IOException {
    User teacherAndStaff =
        User.builder()
            .id(T1)
            .name(Name.of("Ana", "Okafor"))
            .email("ana@school.example")
            .roles(
                Roles.builder()
                    .teacher(
                        TeacherRole.builder()
                            .sisId("T-1")
                            .school(SCHOOL)
                            .addSchools(SCHOOL)
                            .build())
                    .staff(
                        StaffRole.builder()
                            .staffId("STAFF-1")
                            .legacyId("old-t1")
                            .addSchools(SCHOOL, SCHOOL)
                            .build())
                    .build())
            .build();
    User coTeacher =
        User.builder()
            .id(T2)
            .roles(
                Roles.builder()
                    .teacher(
                        TeacherRole.builder()
                            .sisId("T-2")
                            .name(Name.of("Bo", "Lee"))
                            .addSchools(SCHOOL)
                            .build())
                    .build())
            .build();
    User districtAdmin =
        User.builder()
            .id("6500000000000000000a0001")
            .name(Name.of("Di", "Rector"))
            .roles(
                Roles.builder()
                    .districtAdmin(DistrictAdminRole.builder().legacyId("da-legacy").build())
                    .build())
            .build();
    return RosterSnapshot.builder()
        .district(District.builder().id(DISTRICT).name("Demo").build())
        .addSchools(School.builder().id(SCHOOL).name("Lincoln Elementary").build())
        .addTerms(
            Term.builder()
                .id("6500000000000000000r0001")
                .name("2024-25")
                .rawStartDate("2024-08-20")
                .rawEndDate("2025-06-12")
                .build())
        .addSections(CleverJson.SECTION.fromJson(fixture("section.json")))
        .addUsers(
            student(S1, "1001"),
            student(S2, "1002"),
            teacherAndStaff,
            coTeacher,
            districtAdmin,
            CleverJson.USER.fromJson(fixture("contact.json")))
        .build();
  }

  private static SourcePerson person(Roster roster, String id) {
    return roster.people().stream().filter(p -> p.id().equals(id)).findFirst().orElseThrow();
  }

  @Test
  void schoolsTermsAndSectionsAreMappedWithThePrimaryTeacherFirst() throws IOException {
    Roster roster = CleverRosterAdapter.toRoster(snapshot());

    assertThat(roster.districtId()).contains(DISTRICT);
    assertThat(roster.schools())
        .singleElement()
        .satisfies(s -> assertThat(s.name()).contains("Lincoln Elementary"));
    assertThat(roster.terms())
        .singleElement()
        .satisfies(
            t -> {
              assertThat(t.startDate()).contains(LocalDate.parse("2024-08-20"));
              assertThat(t.endDate()).contains(LocalDate.parse("2025-06-12"));
            });
    assertThat(roster.sections())
        .singleElement()
        .satisfies(
            s -> {
              assertThat(s.schoolId()).isEqualTo(SCHOOL);
              assertThat(s.sisId()).contains("HR-4B");
              assertThat(s.subject()).contains("homeroom/advisory");
              assertThat(s.grade()).contains("4");
              assertThat(s.termId()).contains("6500000000000000000r0001");
              assertThat(s.teacherIds()).containsExactly(T1, T2);
              assertThat(s.studentIds()).containsExactly(S1, S2);
            });
  }

  @Test
  void studentsCarryTheirIdsGradeStatusesAndExtensionFields() throws IOException {
    SourcePerson s = person(CleverRosterAdapter.toRoster(snapshot()), S1);

    assertThat(s.roles()).containsExactly(PersonRole.STUDENT);
    assertThat(s.sisId()).contains("1001");
    assertThat(s.studentNumber()).contains("n-1001");
    assertThat(s.legacyId()).contains("legacy-1001");
    assertThat(s.grade()).contains("4");
    assertThat(s.ellStatus()).contains("Y");
    assertThat(s.frlStatus()).contains("Free");
    assertThat(s.iepStatus()).contains("N");
    assertThat(s.extensionFields()).containsEntry("house", "red").containsEntry("bus", "12");
    assertThat(s.schoolIds()).containsExactly(SCHOOL);
    assertThat(s.email())
        .as("the student role's email when the user has none")
        .contains("kid@students.example");
  }

  @Test
  void employeeRolesMergeIntoOnePersonWithAdminSchoolsAndTheTeachersIds() throws IOException {
    Roster roster = CleverRosterAdapter.toRoster(snapshot());
    SourcePerson t1 = person(roster, T1);
    SourcePerson t2 = person(roster, T2);

    assertThat(t1.roles()).containsExactlyInAnyOrder(PersonRole.TEACHER, PersonRole.SCHOOL_ADMIN);
    assertThat(t1.sisId()).contains("T-1");
    assertThat(t1.legacyId()).contains("old-t1");
    assertThat(t1.schoolIds()).containsExactly(SCHOOL);
    assertThat(t1.adminSchoolIds()).containsExactly(SCHOOL);
    assertThat(t2.firstName()).contains("Bo");
    assertThat(person(roster, "6500000000000000000a0001").roles())
        .containsExactly(PersonRole.DISTRICT_ADMIN);
    assertThat(person(roster, "6500000000000000000a0001").legacyId()).contains("da-legacy");
  }

  @Test
  void aContactKeepsItsFullNameTypedPhoneAndEveryRelationship() throws IOException {
    Roster roster = CleverRosterAdapter.toRoster(snapshot());
    SourcePerson c = person(roster, CONTACT);

    assertThat(c.roles()).containsExactly(PersonRole.CONTACT);
    assertThat(c.firstName()).isEmpty();
    assertThat(c.lastName()).contains("Maria Okafor");
    assertThat(c.phones()).containsExactly(Phone.of("(555) 013-4477", "Cell"));
    assertThat(roster.guardianLinks())
        .containsExactly(
            GuardianLink.builder()
                .contactId(CONTACT)
                .studentId(S1)
                .type("Parent/Guardian")
                .relationship("Parent")
                .build(),
            GuardianLink.builder()
                .contactId(CONTACT)
                .studentId(S2)
                .type("Emergency")
                .relationship("Aunt/Uncle")
                .build(),
            GuardianLink.builder()
                .contactId(CONTACT)
                .studentId("")
                .type("Parent/Guardian")
                .relationship("Parent")
                .build());
  }

  @Test
  void aMappedSnapshotPlansEndToEnd() throws IOException {
    AppState app =
        AppState.builder()
            .addSchools(AppSchool.builder().id("app-lincoln").addSourceSchoolIds(SCHOOL).build())
            .build();

    Plan plan =
        Planner.create(SyncSettings.defaults())
            .plan(
                CleverRosterAdapter.toRoster(snapshot()),
                app,
                Instant.parse("2025-01-15T07:00:00Z"));

    assertThat(plan.count(DecisionKind.CREATE_CLASSROOM)).isEqualTo(1);
    assertThat(plan.count(DecisionKind.ADD_TEACHER)).isEqualTo(2);
    assertThat(plan.count(DecisionKind.INVITE_CONTACT)).isEqualTo(1);
    assertThat(plan.count(DecisionKind.LINK_CONTACT)).isEqualTo(1);
    assertThat(plan.count(DecisionKind.SKIP)).isEqualTo(1);
    assertThat(plan.warnings())
        .anySatisfy(w -> assertThat(w.code()).isEqualTo(WarningCode.MISSING_ID));
  }

  @Test
  void aRepeatedUserWhoseCopiesDifferReachesThePlannerAsADuplicateIdWarning() throws IOException {
    RosterSnapshot base = snapshot();
    User otherPerson =
        User.builder().from(student(S1, "9999")).name(Name.of("Someone", "Else")).build();
    RosterSnapshot snapshot =
        RosterSnapshot.builder()
            .from(base)
            .addDuplicateUsers(
                DuplicateUser.builder().id(S1).copies(3).addDifferingCopies(otherPerson).build())
            .addDuplicateUsers(DuplicateUser.builder().id(S2).copies(2).build())
            .build();
    AppState app =
        AppState.builder()
            .addSchools(AppSchool.builder().id("app-lincoln").addSourceSchoolIds(SCHOOL).build())
            .build();

    Roster roster = CleverRosterAdapter.toRoster(snapshot);
    Plan plan =
        Planner.create(SyncSettings.defaults())
            .plan(roster, app, Instant.parse("2025-01-15T07:00:00Z"));

    assertThat(roster.people())
        .filteredOn(p -> p.id().equals(S1))
        .extracting(p -> p.sisId().orElseThrow())
        .as("the first copy first, then the differing one")
        .containsExactly("1001", "9999");
    assertThat(roster.people())
        .filteredOn(p -> p.id().equals(S2))
        .as("an identical repeat is one person")
        .hasSize(1);
    assertThat(plan.warnings())
        .filteredOn(w -> w.code() == WarningCode.DUPLICATE_ID)
        .singleElement()
        .satisfies(w -> assertThat(w.sourceIds()).containsExactly(S1));
    assertThat(plan.decisions())
        .filteredOn(d -> d.kind() == DecisionKind.CREATE_STUDENT && d.sourceIds().contains(S1))
        .singleElement()
        .satisfies(d -> assertThat(d.values()).doesNotContainValue("9999"));
  }

  @Test
  void aNullSnapshotIsAnIllegalArgumentNamingIt() {
    assertThatThrownBy(() -> CleverRosterAdapter.toRoster(null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("snapshot must not be null");
  }
}
