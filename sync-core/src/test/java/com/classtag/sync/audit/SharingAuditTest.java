package com.classtag.sync.audit;

import static com.classtag.sync.audit.AuditFixtures.NOW;
import static com.classtag.sync.audit.AuditFixtures.app;
import static com.classtag.sync.audit.AuditFixtures.audit;
import static com.classtag.sync.audit.AuditFixtures.contact;
import static com.classtag.sync.audit.AuditFixtures.district;
import static com.classtag.sync.audit.AuditFixtures.findings;
import static com.classtag.sync.audit.AuditFixtures.link;
import static com.classtag.sync.audit.AuditFixtures.only;
import static com.classtag.sync.audit.AuditFixtures.parent;
import static com.classtag.sync.audit.AuditFixtures.section;
import static com.classtag.sync.audit.AuditFixtures.student;
import static com.classtag.sync.audit.AuditFixtures.teacher;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.classtag.sync.settings.SectionFilter;
import com.classtag.sync.settings.StudentIdSource;
import com.classtag.sync.settings.StudentStatus;
import com.classtag.sync.settings.SyncSettings;
import com.classtag.sync.source.PersonRole;
import com.classtag.sync.source.Phone;
import com.classtag.sync.source.Roster;
import com.classtag.sync.source.SourcePerson;
import com.classtag.sync.source.SourceSchool;
import com.classtag.sync.source.SourceTerm;
import com.classtag.sync.state.AppState;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Each finding of the sharing audit: when it fires, what it counts, and when it must not fire. */
class SharingAuditTest {
  @Test
  void aDistrictThatSharesWhatTheSettingsUseIsClean() {
    AuditReport report = audit(district().build());

    assertThat(report.findings()).isEmpty();
    assertThat(report.isClean()).isTrue();
    assertThat(report.schools()).isEqualTo(1);
    assertThat(report.sections()).isEqualTo(1);
    assertThat(report.students()).isEqualTo(2);
    assertThat(report.staff()).isEqualTo(1);
    assertThat(report.contacts()).isEqualTo(1);
  }

  @Test
  void nullArgumentsAreNamed() {
    SharingAudit audit = SharingAudit.create(SyncSettings.defaults());
    assertThatThrownBy(() -> audit.audit(null, app(), NOW)).hasMessage("roster must not be null");
    assertThatThrownBy(() -> audit.audit(district().build(), null, NOW))
        .hasMessage("state must not be null");
    assertThatThrownBy(() -> audit.audit(district().build(), app(), null))
        .hasMessage("now must not be null");
    assertThatThrownBy(() -> SharingAudit.create(null)).hasMessage("settings must not be null");
  }

  @Test
  void findingsComeOversharedFirstAndAreDeterministic() {
    Roster roster =
        district()
            .addSchools(SourceSchool.builder().id("sch-9").build())
            .addPeople(student("s-3").build())
            .build();

    AuditReport first = audit(roster);

    assertThat(first.findings())
        .extracting(Finding::code)
        .containsExactly(FindingCode.SCHOOL_NOT_MAPPED, FindingCode.STUDENT_WITHOUT_SECTION);
    assertThat(first.overshared()).extracting(Finding::severity).containsOnly(Severity.PRIVACY);
    assertThat(first.missing()).extracting(Finding::severity).containsOnly(Severity.FUNCTION);
    assertThat(audit(roster)).isEqualTo(first);
  }

  @Test
  void samplesStopAtTwentyWhileTheCountGoesOn() {
    Roster.Builder roster = district();
    for (int i = 0; i < 25; i++) {
      roster.addPeople(student("x-" + i).build());
    }

    Finding f = only(audit(roster.build()), FindingCode.STUDENT_WITHOUT_SECTION);

    assertThat(f.count()).isEqualTo(25);
    assertThat(f.total()).isEqualTo(27);
    assertThat(f.sampleIds())
        .hasSize(Finding.MAX_SAMPLES)
        .startsWith("x-0", "x-1")
        .endsWith("x-19");
  }

  @Test
  void theFirstOfTwoPeopleWithOneIdCountsAsThePlannerDoes() {
    Roster roster =
        district().addPeople(student("s-1").schoolIds(List.of()).sisId("").build()).build();

    AuditReport report = audit(roster);

    assertThat(report.students()).isEqualTo(2);
    assertThat(report.findings()).isEmpty();
  }

  @Nested
  class Schools {
    @Test
    void aSchoolNoAppSchoolMapsIsOvershared() {
      Roster roster =
          district().addSchools(SourceSchool.builder().id("sch-9").name("Online").build()).build();

      Finding f = only(audit(roster), FindingCode.SCHOOL_NOT_MAPPED);

      assertThat(f.count()).isEqualTo(1);
      assertThat(f.total()).isEqualTo(2);
      assertThat(f.sampleIds()).containsExactly("sch-9");
      assertThat(f.severity()).isEqualTo(Severity.PRIVACY);
      assertThat(f.remedy()).contains("sharing rules");
    }

    @Test
    void mappedSchoolsAreNot() {
      assertThat(findings(audit(district().build()), FindingCode.SCHOOL_NOT_MAPPED)).isEmpty();
    }
  }

  @Nested
  class Sections {
    @Test
    void sectionsTheFilterLeavesOutAreOvershared() {
      Roster roster =
          district()
              .addSections(
                  section("sec-2", "sch-1")
                      .subject("math")
                      .addTeacherIds("t-1")
                      .addStudentIds("s-1")
                      .build())
              .build();
      SyncSettings homerooms =
          SyncSettings.builder()
              .sectionFilter(SectionFilter.builder().addSubjects("homeroom/advisory").build())
              .build();

      Finding f = only(audit(roster, homerooms), FindingCode.SECTION_OUT_OF_SCOPE);

      assertThat(f.count()).isEqualTo(1);
      assertThat(f.total()).isEqualTo(2);
      assertThat(f.sampleIds()).containsExactly("sec-2");
      assertThat(f.explanation())
          .contains("0 in schools the sync does not cover, 1 left out by the section filter");
      assertThat(findings(audit(roster), FindingCode.SECTION_OUT_OF_SCOPE)).isEmpty();
    }

    @Test
    void sectionsOfAnUnmappedSchoolAreOvershared() {
      Roster roster =
          district()
              .addSections(
                  section("sec-9", "sch-9").addTeacherIds("t-1").addStudentIds("s-1").build())
              .build();

      Finding f = only(audit(roster), FindingCode.SECTION_OUT_OF_SCOPE);

      assertThat(f.sampleIds()).containsExactly("sec-9");
      assertThat(f.explanation()).contains("1 in schools the sync does not cover, 0 left out");
    }

    @Test
    void sectionsOfEndedTermsAreOversharedOnlyWhenEndedTermsAreArchived() {
      Roster roster =
          district()
              .addTerms(
                  SourceTerm.builder()
                      .id("term-old")
                      .endDate(LocalDate.parse("2026-01-10"))
                      .build(),
                  SourceTerm.builder()
                      .id("term-recent")
                      .endDate(LocalDate.parse("2026-02-20"))
                      .build())
              .addSections(
                  section("sec-old", "sch-1").termId("term-old").addTeacherIds("t-1").build(),
                  section("sec-recent", "sch-1").termId("term-recent").addTeacherIds("t-1").build())
              .build();
      SyncSettings archive = SyncSettings.builder().archiveEndedTerms(true).build();

      Finding f = only(audit(roster, archive), FindingCode.SECTION_TERM_ENDED);

      assertThat(f.sampleIds()).containsExactly("sec-old");
      assertThat(f.total()).isEqualTo(3);
      assertThat(findings(audit(roster), FindingCode.SECTION_TERM_ENDED)).isEmpty();
    }

    @Test
    void aSyncedSectionWithNoSharedTeacherIsMissingOne() {
      Roster roster =
          district()
              .addSections(
                  section("sec-2", "sch-1")
                      .addTeacherIds("t-unshared")
                      .addStudentIds("s-1")
                      .build(),
                  section("sec-3", "sch-1").addStudentIds("s-2").build(),
                  section("sec-9", "sch-9").addStudentIds("s-2").build())
              .build();

      Finding f = only(audit(roster), FindingCode.SECTION_WITHOUT_TEACHER);

      assertThat(f.sampleIds()).containsExactly("sec-2", "sec-3");
      assertThat(f.total()).isEqualTo(3);
      assertThat(f.severity()).isEqualTo(Severity.FUNCTION);
    }

    @Test
    void aStudentInNoSectionIsReported() {
      Roster roster = district().addPeople(student("s-3").build()).build();

      Finding f = only(audit(roster), FindingCode.STUDENT_WITHOUT_SECTION);

      assertThat(f.sampleIds()).containsExactly("s-3");
      assertThat(f.total()).isEqualTo(3);
    }

    @Test
    void aStudentListedOnlyByAnUnsyncedSectionIsInASection() {
      Roster roster =
          district()
              .addPeople(student("s-3").build())
              .addSections(section("sec-9", "sch-9").addStudentIds("s-3").build())
              .build();

      assertThat(findings(audit(roster), FindingCode.STUDENT_WITHOUT_SECTION)).isEmpty();
    }
  }

  @Nested
  class Contacts {
    private Roster withLinks() {
      return district()
          .addPeople(contact("c-2").build(), contact("c-3").build())
          .addGuardianLinks(
              link("c-2", "s-1", "Emergency", "Aunt/Uncle"),
              link("c-2", "s-2", "Emergency", "Aunt/Uncle"),
              link("c-3", "s-1", "Parent/Guardian", "Grandparent"),
              link("c-3", "s-2", " parent/guardian ", "Parent"))
          .build();
    }

    @Test
    void filteredTypesAreCountedPerTypeAndContact() {
      Finding f = only(audit(withLinks()), FindingCode.CONTACT_TYPE_FILTERED);

      assertThat(f.subject()).contains("Emergency");
      assertThat(f.count()).isEqualTo(1);
      assertThat(f.total()).isEqualTo(3);
      assertThat(f.sampleIds()).containsExactly("c-2");
      assertThat(f.explanation()).contains("2 guardian links of contact type \"Emergency\"");
      assertThat(f.remedy()).contains("Edit Contact Fields");
    }

    @Test
    void differentlyWrittenValuesAreSeparateFindingsInSubjectOrder() {
      Roster roster =
          district()
              .addPeople(contact("c-2").build())
              .addGuardianLinks(
                  link("c-2", "s-1", "Other", "Parent"), link("c-2", "s-2", "Emergency", "Parent"))
              .build();

      assertThat(findings(audit(roster), FindingCode.CONTACT_TYPE_FILTERED))
          .extracting(f -> f.subject().orElseThrow())
          .containsExactly("Emergency", "Other");
    }

    @Test
    void filteredRelationshipsCountOnlyLinksWhoseTypePasses() {
      Finding f = only(audit(withLinks()), FindingCode.CONTACT_RELATIONSHIP_FILTERED);

      assertThat(f.subject()).contains("Grandparent");
      assertThat(f.sampleIds()).containsExactly("c-3");
      assertThat(f.count()).isEqualTo(1);
    }

    @Test
    void aLinkWithNoTypeIsReportedAsTheEmptySubject() {
      Roster roster =
          district()
              .addPeople(contact("c-2").build())
              .addGuardianLinks(GuardianLinks.untyped("c-2", "s-1"))
              .build();

      Finding f = only(audit(roster), FindingCode.CONTACT_TYPE_FILTERED);

      assertThat(f.subject()).contains("");
      assertThat(f.explanation()).contains("contact type (none)");
    }

    @Test
    void emptyFiltersPassEveryLink() {
      SyncSettings any =
          SyncSettings.builder().contactTypes(List.of()).contactRelationships(List.of()).build();

      AuditReport report = audit(withLinks(), any);

      assertThat(findings(report, FindingCode.CONTACT_TYPE_FILTERED)).isEmpty();
      assertThat(findings(report, FindingCode.CONTACT_RELATIONSHIP_FILTERED)).isEmpty();
    }

    @Test
    void everyContactIsOversharedWhenGuardiansAreNotManaged() {
      SyncSettings unmanaged = SyncSettings.builder().manageGuardians(false).build();

      AuditReport report = audit(withLinks(), unmanaged);

      Finding f = only(report, FindingCode.CONTACTS_NOT_MANAGED);
      assertThat(f.sampleIds()).containsExactly("c-1", "c-2", "c-3");
      assertThat(f.remedy()).contains("Edit Contact Fields → turn sharing of guardians off");
      assertThat(findings(report, FindingCode.CONTACT_TYPE_FILTERED)).isEmpty();
      assertThat(findings(report, FindingCode.CONTACT_UNREACHABLE)).isEmpty();
      assertThat(findings(audit(withLinks()), FindingCode.CONTACTS_NOT_MANAGED)).isEmpty();
    }

    @Test
    void aSyncedContactWithNoEmailAndNoSmsPhoneCannotBeInvited() {
      Roster roster =
          district()
              .addPeople(
                  SourcePerson.builder()
                      .id("c-2")
                      .addRoles(PersonRole.CONTACT)
                      .email("not-an-email")
                      .addPhones(Phone.of("555-010-3000", "Home"), Phone.of("12", "Cell"))
                      .build(),
                  SourcePerson.builder().id("c-3").addRoles(PersonRole.CONTACT).build(),
                  SourcePerson.builder()
                      .id("c-4")
                      .addRoles(PersonRole.CONTACT)
                      .addPhones(Phone.of("555-010-4000", " cell "))
                      .build())
              .addGuardianLinks(
                  parent("c-2", "s-1"),
                  link("c-3", "s-1", "Emergency", "Parent"),
                  parent("c-4", "s-2"))
              .build();

      Finding f = only(audit(roster), FindingCode.CONTACT_UNREACHABLE);

      assertThat(f.sampleIds()).containsExactly("c-2");
      assertThat(f.total()).isEqualTo(3);
    }
  }

  @Nested
  class Staff {
    @Test
    void districtAdminsAreOversharedWhenTheirSyncIsOff() {
      Roster roster =
          district()
              .addPeople(
                  SourcePerson.builder().id("da-1").addRoles(PersonRole.DISTRICT_ADMIN).build())
              .build();

      Finding f =
          only(
              audit(roster, SyncSettings.builder().syncDistrictAdmins(false).build()),
              FindingCode.DISTRICT_ADMINS_NOT_SYNCED);

      assertThat(f.sampleIds()).containsExactly("da-1");
      assertThat(f.remedy()).contains("Edit District Admin Fields");
      assertThat(audit(roster).findings()).isEmpty();
    }

    @Test
    void staffTheSyncGivesNothingAreOvershared() {
      Roster roster =
          district()
              .addPeople(
                  teacher("t-9").schoolIds(List.of("sch-9")).build(),
                  SourcePerson.builder()
                      .id("a-9")
                      .addRoles(PersonRole.SCHOOL_ADMIN)
                      .addAdminSchoolIds("sch-9")
                      .build())
              .addSections(section("sec-9", "sch-9").addTeacherIds("t-9").build())
              .build();

      Finding f = only(audit(roster), FindingCode.STAFF_NOT_SYNCED);

      assertThat(f.sampleIds()).containsExactly("t-9", "a-9");
      assertThat(f.total()).isEqualTo(3);
    }

    @Test
    void staffAtASyncedSchoolAreUsedWithoutSectionsAsThePlannerGivesThemAccess() {
      Roster roster =
          district()
              .addPeople(
                  teacher("t-2").build(),
                  SourcePerson.builder()
                      .id("a-1")
                      .addRoles(PersonRole.SCHOOL_ADMIN)
                      .addAdminSchoolIds("sch-1")
                      .build(),
                  teacher("t-3").schoolIds(List.of()).build())
              .addSections(section("sec-2", "sch-1").addTeacherIds("t-3", "t-1").build())
              .build();

      assertThat(findings(audit(roster), FindingCode.STAFF_NOT_SYNCED)).isEmpty();
    }

    @Test
    void aSchoolLeftOutByTheFiltersSchoolListIsNotSynced() {
      Roster roster =
          district()
              .addPeople(
                  SourcePerson.builder()
                      .id("a-1")
                      .addRoles(PersonRole.SCHOOL_ADMIN)
                      .addAdminSchoolIds("sch-1")
                      .build())
              .build();
      AppState twoSchools =
          AppState.builder()
              .from(app())
              .addSchools(
                  com.classtag.sync.state.AppSchool.builder()
                      .id("app-2")
                      .addSourceSchoolIds("sch-2")
                      .build())
              .build();
      SyncSettings onlySecond =
          SyncSettings.builder()
              .sectionFilter(SectionFilter.builder().addSchoolIds("sch-2").build())
              .build();

      AuditReport report = SharingAudit.create(onlySecond).audit(roster, twoSchools, NOW);

      assertThat(only(report, FindingCode.STAFF_NOT_SYNCED).sampleIds())
          .containsExactly("t-1", "a-1");
      assertThat(only(report, FindingCode.SECTION_OUT_OF_SCOPE).explanation())
          .contains("1 in schools the sync does not cover");
    }
  }

  @Nested
  class StudentFields {
    private Roster students(int count, int withEll) {
      Roster.Builder roster =
          district().people(List.of()).addPeople(teacher("t-1").build(), contact("c-1").build());
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < count; i++) {
        SourcePerson.Builder s = student("s-" + (i + 1));
        if (i >= withEll) {
          s.ellStatus(i % 2 == 0 ? java.util.Optional.empty() : java.util.Optional.of(" "));
        }
        roster.addPeople(s.build());
        ids.add("s-" + (i + 1));
      }
      return roster
          .sections(List.of())
          .addSections(section("sec-1", "sch-1").addTeacherIds("t-1").addAllStudentIds(ids).build())
          .build();
    }

    @Test
    void aCarriedStatusNoStudentHasIsMissing() {
      Finding f = only(audit(students(40, 0)), FindingCode.STATUS_NOT_SHARED);

      assertThat(f.subject()).contains("ELL");
      assertThat(f.count()).isEqualTo(40);
      assertThat(f.total()).isEqualTo(40);
      assertThat(f.explanation()).contains("no student of 40 has it");
      assertThat(f.remedy()).contains("Customize fields shared with ClassTag Connect");
    }

    @Test
    void aStatusUnderTheThresholdIsMissingAndOneAtItIsNot() {
      assertThat(only(audit(students(40, 1)), FindingCode.STATUS_NOT_SHARED).explanation())
          .contains("1 of 40 students (2.5%) have it, under the audit threshold of 5%");
      assertThat(findings(audit(students(40, 2)), FindingCode.STATUS_NOT_SHARED)).isEmpty();
    }

    @Test
    void aZeroThresholdReportsOnlyAStatusNoStudentHas() {
      SyncSettings zero = SyncSettings.builder().auditMissingPercent(0).build();

      assertThat(findings(audit(students(40, 1), zero), FindingCode.STATUS_NOT_SHARED)).isEmpty();
      assertThat(findings(audit(students(40, 0), zero), FindingCode.STATUS_NOT_SHARED)).hasSize(1);
    }

    @Test
    void aStatusTheSettingsDoNotCarryIsNotMissing() {
      SyncSettings noEll =
          SyncSettings.builder().carriedStatuses(List.of(StudentStatus.FRL)).build();

      assertThat(findings(audit(students(40, 0), noEll), FindingCode.STATUS_NOT_SHARED)).isEmpty();
    }

    @Test
    void extensionFieldsTheSettingsDoNotCarryAreOvershared() {
      Roster roster =
          district()
              .people(List.of())
              .addPeople(
                  teacher("t-1").build(),
                  contact("c-1").build(),
                  student("s-1")
                      .putExtensionFields("bus_route", "7A")
                      .putExtensionFields("homeroom", "R1")
                      .build(),
                  student("s-2").putExtensionFields("bus_route", "").build())
              .build();
      SyncSettings homeroomOnly =
          SyncSettings.builder()
              .carryAllExtensionFields(false)
              .addCarriedExtensionFields("homeroom")
              .auditMissingPercent(50)
              .build();

      AuditReport report = audit(roster, homeroomOnly);

      Finding f = only(report, FindingCode.EXTENSION_FIELD_NOT_CARRIED);
      assertThat(f.subject()).contains("bus_route");
      assertThat(f.sampleIds()).containsExactly("s-1", "s-2");
      assertThat(f.remedy()).contains("Edit Extension Fields");
      assertThat(findings(report, FindingCode.EXTENSION_FIELD_NOT_SHARED)).isEmpty();
      assertThat(audit(roster).findings()).isEmpty();
    }

    @Test
    void aNamedExtensionFieldNoStudentHasIsMissing() {
      SyncSettings named =
          SyncSettings.builder()
              .carryAllExtensionFields(false)
              .addCarriedExtensionFields("homeroom")
              .build();

      Finding f = only(audit(district().build(), named), FindingCode.EXTENSION_FIELD_NOT_SHARED);

      assertThat(f.subject()).contains("homeroom");
      assertThat(f.count()).isEqualTo(2);
    }

    @Test
    void studentsWithoutTheIdTheSettingsShowAreReported() {
      Roster roster =
          district()
              .people(List.of())
              .addPeople(
                  teacher("t-1").build(),
                  contact("c-1").build(),
                  student("s-1").sisId(" ").build(),
                  student("s-2").studentNumber(java.util.Optional.empty()).build())
              .build();

      Finding sis = only(audit(roster), FindingCode.STUDENT_ID_MISSING);
      Finding number =
          only(
              audit(
                  roster,
                  SyncSettings.builder().studentIdSource(StudentIdSource.STUDENT_NUMBER).build()),
              FindingCode.STUDENT_ID_MISSING);

      assertThat(sis.subject()).contains("SIS_ID");
      assertThat(sis.sampleIds()).containsExactly("s-1");
      assertThat(number.subject()).contains("STUDENT_NUMBER");
      assertThat(number.sampleIds()).containsExactly("s-2");
    }
  }

  @Nested
  class Output {
    private AuditReport report() {
      return audit(
          district()
              .addSchools(SourceSchool.builder().id("sch-9").build())
              .addPeople(contact("c-2").build(), student("s-3").build())
              .addGuardianLinks(link("c-2", "s-1", "Emergency", "Parent"))
              .build());
    }

    @Test
    void noNameEmailOrPhoneReachesTheReport() {
      AuditReport report = report();
      String all = AuditText.render(report) + AuditJson.toJson(report) + report + report.findings();

      assertThat(all)
          .doesNotContain("Family", "Parent c-", "@home.example", "@school.example", "555", "Kid");
    }

    @Test
    void textHasASummaryThenTheOversharedThenTheMissing() {
      String text = AuditText.render(report());

      assertThat(text)
          .startsWith(
              "Sharing audit: 2 overshared, 1 missing (2 schools, 1 sections, 3 students,"
                  + " 1 staff, 2 contacts).\n");
      assertThat(text.indexOf("Overshared (privacy)"))
          .isLessThan(text.indexOf("Missing (function)"));
      assertThat(text).contains("  SCHOOL_NOT_MAPPED: ", "    Fix: ", "    Ids: sch-9\n");
      assertThat(AuditText.summary(audit(district().build())))
          .startsWith("Sharing audit: nothing to report");
    }

    @Test
    void jsonCarriesEveryFieldOfEveryFinding() {
      com.google.gson.JsonObject json =
          com.google.gson.JsonParser.parseString(AuditJson.toJson(report())).getAsJsonObject();

      assertThat(json.get("schemaVersion").getAsInt()).isEqualTo(1);
      assertThat(json.getAsJsonObject("totals").get("students").getAsLong()).isEqualTo(3);
      com.google.gson.JsonObject type = json.getAsJsonArray("findings").get(1).getAsJsonObject();
      assertThat(type.keySet())
          .containsExactly(
              "code",
              "severity",
              "subject",
              "count",
              "total",
              "sampleIds",
              "explanation",
              "remedy");
      assertThat(type.get("code").getAsString()).isEqualTo("CONTACT_TYPE_FILTERED");
      assertThat(type.get("subject").getAsString()).isEqualTo("Emergency");
      assertThat(type.get("severity").getAsString()).isEqualTo("PRIVACY");
      assertThat(json.getAsJsonArray("findings").get(0).getAsJsonObject().has("subject")).isFalse();
    }
  }
}
