package com.classtag.clever.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/** Typed accessors on the golden user fixtures. */
class UserFixturesTest {

  private static final String DISTRICT = "65f1a0c2e4b0a10001d00001";
  private static final String SCHOOL_1 = "65f1a0c2e4b0a10001500101";
  private static final String SCHOOL_2 = "65f1a0c2e4b0a10001500102";

  @Nested
  class StudentsV30 {
    private final ListPage<User> page = UserFixtures.page(UserFixtures.STUDENTS_V30_PAGE);

    @Test
    void pageHasRecordsUrisAndNextLink() {
      assertThat(page.records()).hasSize(3);
      assertThat(page.data().get(0).uri()).contains("/v3.0/users/65f1a0c2e4b0a10001750001");
      assertThat(page.nextUri())
          .contains("/v3.0/users?role=student&limit=3&starting_after=65f1a0c2e4b0a10001750003");
    }

    @Test
    void fullStudentHasEveryField() {
      User u = page.records().get(0);
      assertThat(u.id()).isEqualTo("65f1a0c2e4b0a10001750001");
      assertThat(u.district()).contains(DISTRICT);
      assertThat(u.email()).contains("tamsin.quellbrook@pupils.example.edu");
      assertThat(u.name().orElseThrow().first()).contains("Tamsin");
      assertThat(u.name().orElseThrow().middle()).contains("Ottoline");
      assertThat(u.name().orElseThrow().last()).contains("Quellbrook");
      assertThat(u.createdAt()).contains(Instant.parse("2024-07-30T15:41:07.218Z"));
      assertThat(u.lastModifiedAt()).contains(Instant.parse("2025-01-12T09:03:55.640Z"));
      assertThat(u.lmsStatus()).isEmpty();
      assertThat(u.roles().roleNames()).containsExactly("student");
      assertThat(u.roles().teacher()).isEmpty();

      StudentRole s = u.roles().student().orElseThrow();
      assertThat(s.credentials().orElseThrow().districtUsername()).contains("tquellbrook44");
      assertThat(s.dob()).contains("4/9/2013");
      assertThat(s.dobDate()).contains(LocalDate.of(2013, 4, 9));
      assertThat(s.ellStatus()).contains(YesNo.NO);
      assertThat(s.enrollments()).hasSize(1);
      SchoolEnrollment e = s.enrollments().get(0);
      assertThat(e.school()).contains(SCHOOL_1);
      assertThat(e.startLocalDate()).contains(LocalDate.of(2024, 8, 26));
      assertThat(e.endLocalDate()).contains(LocalDate.of(2025, 6, 13));
      assertThat(s.extString("homeroom")).contains("Room Larkspur");
      assertThat(s.extString("locker")).isEmpty();
      assertThat(s.ext().get("locker").toJson()).isEqualTo("4417");
      assertThat(s.ext().get("transport").toJson()).isEqualTo("{\"route\":\"Vireo Line\"}");
      assertThat(s.extString("missing")).isEmpty();
      assertThat(s.gender()).contains(Gender.F);
      assertThat(s.grade()).contains(Grade.GRADE_5);
      assertThat(s.graduationYear()).contains("2032");
      assertThat(s.hispanicEthnicity()).contains(YesNo.NO);
      assertThat(s.homeLanguage()).contains(HomeLanguage.VIETNAMESE);
      assertThat(s.iepStatus()).contains("N");
      assertThat(s.legacyId()).contains("5e71c0ffee0a1b0001a0b001");
      Location loc = s.location().orElseThrow();
      assertThat(loc.address()).contains("77 Wickerbasket Lane");
      assertThat(loc.city()).contains("Fernhollow");
      assertThat(loc.state()).contains("WA");
      assertThat(loc.zip()).contains("98931");
      assertThat(loc.lat()).contains("46.6021");
      assertThat(loc.lon()).contains("-120.5059");
      assertThat(s.race()).contains(Race.ASIAN);
      assertThat(s.school()).contains(SCHOOL_1);
      assertThat(s.schools()).containsExactly(SCHOOL_1, SCHOOL_2);
      assertThat(s.sisId()).contains("S-770311");
      assertThat(s.stateId()).contains("WA-5501998");
      assertThat(s.studentNumber()).contains("770311");
      assertThat(s.email()).contains("tamsin.quellbrook@pupils.example.edu");
      assertThat(s.unknownFields()).isEmpty();
      // v3.1-only fields are absent in v3.0 data.
      assertThat(s.frlStatus()).isEmpty();
      assertThat(s.disability()).isEmpty();
      assertThat(s.preferredName()).isEmpty();
      assertThat(s.homeLanguageCode()).isEmpty();
    }

    @Test
    void emptyStringsAndNullsReadAsNoValue() {
      User u = page.records().get(1);
      assertThat(u.email()).as("absent").isEmpty();
      assertThat(u.name().orElseThrow().middle()).as("absent").isEmpty();
      StudentRole s = u.roles().student().orElseThrow();
      assertThat(s.dob()).as("absent").isEmpty();
      assertThat(s.dobDate()).isEmpty();
      assertThat(s.graduationYear()).as("\"\"").isEmpty();
      assertThat(s.hispanicEthnicity()).as("\"\"").isEmpty();
      assertThat(s.race()).as("\"\"").isEmpty();
      assertThat(s.studentNumber()).as("\"\"").isEmpty();
      assertThat(s.stateId()).as("null").isEmpty();
      assertThat(s.enrollments()).as("[]").isEmpty();
      assertThat(s.gender()).contains(Gender.X);
      assertThat(s.grade()).contains(Grade.KINDERGARTEN);
      Location loc = s.location().orElseThrow();
      assertThat(loc.address()).isEmpty();
      assertThat(loc.city()).isEmpty();
      assertThat(loc.state()).isEmpty();
      assertThat(loc.zip()).contains("98932");
    }

    @Test
    void unknownEnumValuesParseAndReportUnknown() {
      StudentRole s = page.records().get(2).roles().student().orElseThrow();
      assertThat(s.grade())
          .hasValueSatisfying(
              g -> {
                assertThat(g.value()).isEqualTo("14");
                assertThat(g.isKnown()).isFalse();
              });
      assertThat(s.gender())
          .hasValueSatisfying(
              g -> {
                assertThat(g.value()).isEqualTo("Z");
                assertThat(g.isKnown()).isFalse();
              });
      assertThat(s.race().map(Race::isKnown)).contains(false);
      assertThat(s.homeLanguage().map(HomeLanguage::value)).contains("Klingon");
      assertThat(s.homeLanguage().map(HomeLanguage::isKnown)).contains(false);
    }

    @Test
    void unparseableDatesKeepRawTextAndReportNoValue() {
      User u = page.records().get(2);
      assertThat(u.created()).contains("not a timestamp");
      assertThat(u.createdAt()).isEmpty();
      assertThat(u.lastModified()).as("null").isEmpty();
      assertThat(u.email()).as("\"\"").isEmpty();
      StudentRole s = u.roles().student().orElseThrow();
      assertThat(s.dob()).contains("2012-11-30");
      assertThat(s.dobDate()).isEmpty();
      SchoolEnrollment e = s.enrollments().get(0);
      assertThat(e.startDate()).contains("2024-08-26");
      assertThat(e.startLocalDate()).contains(LocalDate.of(2024, 8, 26));
      assertThat(e.endDate()).contains("end of year");
      assertThat(e.endLocalDate()).isEmpty();
    }

    @Test
    void repeatingIdsAreShared() {
      List<User> users = page.records();
      assertThat(users.get(1).district().orElseThrow())
          .isSameAs(users.get(0).district().orElseThrow());
      StudentRole first = users.get(0).roles().student().orElseThrow();
      StudentRole third = users.get(2).roles().student().orElseThrow();
      assertThat(third.school().orElseThrow()).isSameAs(first.school().orElseThrow());
      assertThat(third.schools().get(0)).isSameAs(first.schools().get(0));
    }
  }

  @Test
  void studentV31HasDemographicsLmsStatusAndClientOnlyFields() {
    User u = UserFixtures.single(UserFixtures.STUDENT_V31);
    assertThat(u.lmsStatus().flatMap(LmsStatus::syncedInLms)).contains(true);
    StudentRole s = u.roles().student().orElseThrow();
    Disability d = s.disability().orElseThrow();
    assertThat(d.disabilityStatus()).contains(YesNo.YES);
    assertThat(d.disabilityCode()).contains(DisabilityCode.SLI);
    assertThat(d.disabilityType()).contains(DisabilityType.SPEECH_OR_LANGUAGE_IMPAIRMENT);
    assertThat(s.dobDate()).contains(LocalDate.of(2010, 12, 1));
    assertThat(s.ellStatus()).contains(YesNo.YES);
    assertThat(s.frlStatus()).contains(FrlStatus.REDUCED);
    assertThat(s.gender()).contains(Gender.M);
    assertThat(s.giftedStatus()).contains(YesNo.NO);
    assertThat(s.section504Status()).as("\"\"").isEmpty();
    assertThat(s.grade()).contains(Grade.GRADE_8);
    assertThat(s.homeLanguage()).contains(HomeLanguage.HAITIAN_CREOLE);
    assertThat(s.homeLanguageCode()).contains(HomeLanguageCode.HAT);
    assertThat(s.iepStatus()).contains("Y");
    assertThat(s.race()).contains(Race.BLACK_OR_AFRICAN_AMERICAN);
    PreferredName p = s.preferredName().orElseThrow();
    assertThat(p.first()).contains("Sandy");
    assertThat(p.middle()).isEmpty();
    assertThat(p.last()).isEmpty();
    assertThat(s.unweightedGpa()).contains("3.41");
    assertThat(s.weightedGpa()).contains("3.87");
    assertThat(s.createdAt()).contains(Instant.parse("2024-07-30T15:41:07.218Z"));
    assertThat(s.lastModifiedAt()).contains(Instant.parse("2025-02-03T18:20:44.007Z"));
    assertThat(s.email()).as("v3.1 data without the observed role email").isEmpty();
  }

  @Test
  void teacherHasRoleFieldsExtAndSpecLeftovers() {
    User u = UserFixtures.single(UserFixtures.TEACHER);
    assertThat(u.roles().roleNames()).containsExactly("teacher");
    TeacherRole t = u.roles().teacher().orElseThrow();
    assertThat(t.credentials().flatMap(Credentials::districtUsername)).contains("ofairweatherlund");
    assertThat(t.legacyId()).contains("5e71c0ffee0a1b0001a0c001");
    assertThat(t.school()).contains(SCHOOL_1);
    assertThat(t.schools()).containsExactly(SCHOOL_1);
    assertThat(t.sisId()).contains("T-2207");
    assertThat(t.stateId()).contains("880013527");
    assertThat(t.teacherNumber()).contains("2207");
    assertThat(t.title()).contains("Grade 7 Earth Science Teacher");
    assertThat(t.extString("certification")).contains("Earth Science 5-9");
    assertThat(t.extString("years_in_district")).isEmpty();
    assertThat(t.ext().get("years_in_district").toJson()).isEqualTo("12");
    assertThat(t.district()).contains(DISTRICT);
    assertThat(t.name().flatMap(Name::last)).contains("Fairweather-Lund");
    assertThat(t.createdAt()).contains(Instant.parse("2024-07-30T15:44:12.003Z"));
    assertThat(t.lastModifiedAt()).contains(Instant.parse("2024-11-19T21:07:33.912Z"));
  }

  @Test
  void multiRoleStaffHasTeacherStaffAndDistrictAdminInOneUser() {
    User u = UserFixtures.single(UserFixtures.MULTI_ROLE_STAFF);
    assertThat(u.roles().roleNames()).containsExactly("teacher", "staff", "district_admin");
    assertThat(u.roles().student()).isEmpty();
    assertThat(u.roles().contact()).isEmpty();

    DistrictAdminRole a = u.roles().districtAdmin().orElseThrow();
    assertThat(a.legacyId()).contains("5e71c0ffee0a1b0001a0d001");
    assertThat(a.title()).contains("Director of Digital Learning");

    StaffRole s = u.roles().staff().orElseThrow();
    assertThat(s.department()).contains("Digital Learning");
    assertThat(s.staffId()).contains("ST-0311");
    assertThat(s.title()).contains("Technology Integration Coach");
    assertThat(s.schools()).containsExactly(SCHOOL_1, SCHOOL_2);
    assertThat(s.roles()).hasSize(3);
    assertThat(s.roles().subList(0, 2))
        .containsExactly(StaffRoleType.SCHOOL_TECH_LEAD, StaffRoleType.PORTAL_ONLY);
    assertThat(s.roles().get(2).value()).isEqualTo("LibraryLead");
    assertThat(s.roles().get(2).isKnown()).isFalse();
    assertThat(s.extString("badge_color")).contains("teal");
    assertThat(s.credentials().flatMap(Credentials::districtUsername)).contains("cabernathyokoro");

    TeacherRole t = u.roles().teacher().orElseThrow();
    assertThat(t.school()).contains(SCHOOL_2);
    assertThat(t.stateId()).isEmpty();
    assertThat(t.teacherNumber()).isEmpty();
    assertThat(t.title()).isEmpty();
  }

  @Nested
  class Contacts {
    private final List<User> users = UserFixtures.page(UserFixtures.CONTACTS_PAGE).records();

    @Test
    void fullNameIsOnlyInLast() {
      for (User u : users) {
        Name n = u.name().orElseThrow();
        assertThat(n.first()).isEmpty();
        assertThat(n.middle()).isEmpty();
        assertThat(n.last()).isPresent();
      }
      assertThat(users.get(0).name().flatMap(Name::last)).contains("Helena Brandvold-Quellbrook");
    }

    @Test
    void contactRoleHasPhoneAndRelationships() {
      ContactRole c = users.get(0).roles().contact().orElseThrow();
      assertThat(users.get(0).roles().roleNames()).containsExactly("contact");
      assertThat(c.legacyId()).contains("5e71c0ffee0a1b0001a0f001");
      assertThat(c.phone()).contains("5095550188");
      assertThat(c.phoneType()).contains(PhoneType.CELL);
      assertThat(c.sisId()).contains("C-40017");
      assertThat(c.studentRelationships()).hasSize(2);
      StudentRelationship r = c.studentRelationships().get(1);
      assertThat(r.student()).contains("65f1a0c2e4b0a10001750003");
      assertThat(r.relationship()).contains(Relationship.AUNT_UNCLE);
      assertThat(r.type()).contains(RelationshipType.EMERGENCY);
    }

    @Test
    void emptyPhoneAndSisIdReadAsNoValue() {
      ContactRole c = users.get(1).roles().contact().orElseThrow();
      assertThat(c.phone()).isEmpty();
      assertThat(c.sisId()).isEmpty();
      assertThat(c.phoneType()).contains(PhoneType.OTHER);
      assertThat(c.studentRelationships().get(0).type()).contains(RelationshipType.FAMILY);
    }

    @Test
    void unknownValuesParseAndNullRelationshipsNameNothing() {
      ContactRole c = users.get(2).roles().contact().orElseThrow();
      assertThat(c.phone()).contains("(509) 555-0143 x12");
      assertThat(c.phoneType().map(PhoneType::value)).contains("Pager");
      assertThat(c.phoneType().map(PhoneType::isKnown)).contains(false);
      assertThat(c.sisId()).isEmpty();
      assertThat(c.studentRelationships()).hasSize(2);
      StudentRelationship first = c.studentRelationships().get(0);
      assertThat(first.relationship()).contains(Relationship.GRANDPARENT);
      assertThat(first.type().map(RelationshipType::value)).contains("Court Appointed");
      assertThat(first.type().map(RelationshipType::isKnown)).contains(false);
      StudentRelationship second = c.studentRelationships().get(1);
      assertThat(second.relationship()).isEmpty();
      assertThat(second.type()).isEmpty();
    }
  }

  @Nested
  class EdgeCases {
    private final ListPage<User> page = UserFixtures.page(UserFixtures.EDGE_CASES_PAGE);

    @Test
    void emptyRoleObjectsArePresentRoles() {
      Roles roles = page.records().get(0).roles();
      assertThat(roles.districtAdmin()).contains(DistrictAdminRole.builder().build());
      assertThat(roles.contact()).contains(ContactRole.builder().build());
      assertThat(roles.roleNames()).containsExactly("district_admin", "contact");
    }

    @Test
    void districtadminSpellingReadsAsDistrictAdmin() {
      Roles roles = page.records().get(1).roles();
      assertThat(roles.districtAdmin().flatMap(DistrictAdminRole::title))
          .contains("Superintendent");
      assertThat(roles.roleNames()).containsExactly("district_admin");
      assertThat(roles.unknownFields()).isEmpty();
      assertThat(page.records().get(1).name().flatMap(Name::middle)).as("\"\"").isEmpty();
    }

    @Test
    void bothSpellingsKeepTheDocumentedOneAndTheAliasAsUnknown() {
      Roles roles = page.records().get(4).roles();
      assertThat(roles.districtAdmin().flatMap(DistrictAdminRole::title))
          .contains("Chief Academic Officer");
      assertThat(roles.unknownFields()).containsOnlyKeys("districtadmin");
      assertThat(roles.unknownFields().get("districtadmin").toJson())
          .isEqualTo("{\"title\":\"Deputy Superintendent\"}");
    }

    @Test
    void unknownFieldsAreKeptAtEveryLevel() {
      ListEntry<User> entry = page.data().get(2);
      assertThat(entry.unknownFields()).containsOnlyKeys("score");
      User u = entry.data();
      assertThat(u.unknownFields()).containsOnlyKeys("sso_hint");
      assertThat(u.unknownFields().get("sso_hint").toJson())
          .isEqualTo("{\"provider\":\"saml\",\"attempts\":[1,2.50,true,null]}");
      assertThat(u.name().orElseThrow().unknownFields()).containsOnlyKeys("suffix");
      assertThat(u.lmsStatus().flatMap(LmsStatus::syncedInLms)).contains(false);
      assertThat(u.lmsStatus().orElseThrow().unknownFields()).containsOnlyKeys("synced_at");
      Roles roles = u.roles();
      assertThat(roles.student()).as("null role").isEmpty();
      assertThat(roles.unknownFields()).containsOnlyKeys("guardian", "observer");
      assertThat(roles.roleNames()).containsExactly("teacher", "guardian");
      TeacherRole t = roles.teacher().orElseThrow();
      assertThat(t.unknownFields()).containsOnlyKeys("badge_number");
      assertThat(t.credentials().orElseThrow().unknownFields())
          .containsOnlyKeys("district_password");
    }

    @Test
    void numbersInStringFieldsReadAsTextAndNullOrEmptySchoolsAreSkipped() {
      TeacherRole t = page.records().get(2).roles().teacher().orElseThrow();
      assertThat(t.sisId()).contains("90210");
      assertThat(t.schools()).containsExactly(SCHOOL_1);
    }

    @Test
    void nullObjectsReadAsNoValueAndNullRolesAsNoRoles() {
      User u = page.records().get(3);
      assertThat(u.district()).isEmpty();
      assertThat(u.email()).isEmpty();
      assertThat(u.name()).isEmpty();
      assertThat(u.created()).isEmpty();
      assertThat(u.roles().roleNames()).isEmpty();
      assertThat(u.roles()).isEqualTo(Roles.builder().build());
      assertThat(page.data().get(3).uri()).isEmpty();
    }
  }

  @Test
  void pageReaderStreamsUsers() throws Exception {
    try (InputStream in =
            UserFixtures.class.getResourceAsStream(
                "/fixtures/users/" + UserFixtures.STUDENTS_V30_PAGE);
        PageReader<User> reader =
            PageReader.open(
                new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8),
                CleverJson.USER)) {
      List<String> ids = new java.util.ArrayList<>();
      reader.forEachRemaining(u -> ids.add(u.id()));
      assertThat(ids)
          .containsExactly(
              "65f1a0c2e4b0a10001750001", "65f1a0c2e4b0a10001750002", "65f1a0c2e4b0a10001750003");
      assertThat(reader.nextUri())
          .isEqualTo(
              Optional.of(
                  "/v3.0/users?role=student&limit=3&starting_after=65f1a0c2e4b0a10001750003"));
    }
  }

  @Test
  void pagesReadFromBytesEqualPagesReadFromText() throws Exception {
    // The fixtures are ASCII; one page is given names that are not, raw and escaped.
    String nonAscii =
        UserFixtures.text(UserFixtures.STUDENTS_V30_PAGE)
            .replace("\"Tamsin\"", "\"Zoë Ñúñez 😀\"")
            .replace("\"Bartholomew\"", "\"\\u00c9lodie \\ud83d\\ude00\"");
    assertThat(nonAscii).contains("Zoë", "\\u00c9lodie");
    for (String text :
        List.of(
            UserFixtures.text(UserFixtures.STUDENTS_V30_PAGE),
            UserFixtures.text(UserFixtures.CONTACTS_PAGE),
            UserFixtures.text(UserFixtures.EDGE_CASES_PAGE),
            nonAscii)) {
      ListPage<User> fromText = UserFixtures.PAGE_CODEC.fromJson(text);
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      assertThat(UserFixtures.PAGE_CODEC.fromJson(new ByteArrayInputStream(bytes)))
          .isEqualTo(fromText);
      try (PageReader<User> reader =
          PageReader.open(new ByteArrayInputStream(bytes), CleverJson.USER)) {
        List<User> streamed = new ArrayList<>();
        reader.forEachRemaining(streamed::add);
        assertThat(streamed).isEqualTo(fromText.records());
        assertThat(reader.links()).isEqualTo(fromText.links());
      }
    }
  }
}
