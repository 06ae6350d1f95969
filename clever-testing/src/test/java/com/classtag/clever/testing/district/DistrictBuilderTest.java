package com.classtag.clever.testing.district;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.classtag.clever.model.Grade;
import com.classtag.clever.model.Relationship;
import com.classtag.clever.model.RosterSnapshot;
import com.classtag.clever.model.Section;
import com.classtag.clever.model.StudentRelationship;
import com.classtag.clever.model.StudentRole;
import com.classtag.clever.model.Subject;
import com.classtag.clever.model.User;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class DistrictBuilderTest {
  private static TestDistrict lincoln(long seed) {
    DistrictBuilder b =
        TestDistrict.builder().seed(seed).school("Lincoln Middle", Grade.GRADE_6, Grade.GRADE_8);
    User ada = b.teacher("Ada", "Byron");
    User lin = b.teacher("Lin", "Okoro");
    User sam = b.student("Sam", "Reyes");
    b.contact(Relationship.PARENT, sam);
    b.section(
        s ->
            s.name("Math 7")
                .subject(Subject.MATH)
                .grade(Grade.GRADE_7)
                .teacher(ada)
                .coTeacher(lin)
                .students(3)
                .student(sam));
    b.section(s -> s.students(2));
    b.districtAdmin("Grace", "Whitfield");
    return b.build();
  }

  @Test
  void buildsSectionsWithPrimaryAndCoTeachersAndRealisticDefaults() {
    TestDistrict district = lincoln(1);
    Section math = district.sections().get(0);
    Section other = district.sections().get(1);

    assertThat(math.name()).contains("Math 7");
    assertThat(math.teacher()).contains(district.teachers().get(0).id());
    assertThat(math.teachers()).hasSize(2).first().isEqualTo(math.teacher().orElseThrow());
    assertThat(math.students()).hasSize(4);
    assertThat(other.subject()).contains(Subject.OTHER);
    assertThat(other.grade()).contains(Grade.GRADE_6);
    assertThat(other.teacher())
        .as("a section without a teacher gets a new one")
        .isPresent()
        .isNotEqualTo(math.teacher());
    assertThat(other.termId()).isEqualTo(math.termId());
    assertThat(district.snapshot().terms())
        .singleElement()
        .satisfies(term -> assertThat(term.startDate()).contains(LocalDate.of(2026, 8, 17)));
    assertThat(district.snapshot().courses()).hasSize(2);
  }

  @Test
  void givesStudentsDemographicsExtensionFieldsAndContacts() {
    TestDistrict district = lincoln(1);
    RosterSnapshot snapshot = district.snapshot();

    assertThat(district.students())
        .hasSize(6)
        .allSatisfy(
            student -> {
              StudentRole role = student.roles().student().orElseThrow();
              assertThat(role.grade()).isPresent();
              assertThat(role.gender()).isPresent();
              assertThat(role.dob()).isPresent();
              assertThat(role.race()).isPresent();
              assertThat(role.extString("homeroom_code")).isPresent();
              assertThat(student.email())
                  .hasValueSatisfying(email -> assertThat(email).endsWith(".example.org"));
            });
    // Sam has the one contact given; the five others get the builder's default of one each.
    assertThat(district.contacts())
        .hasSize(6)
        .allSatisfy(
            contact ->
                assertThat(contact.roles().contact().orElseThrow().studentRelationships())
                    .singleElement()
                    .extracting(StudentRelationship::student)
                    .isNotNull());
    assertThat(snapshot.users())
        .filteredOn(user -> user.roles().districtAdmin().isPresent())
        .hasSize(1);
  }

  @Test
  void buildsEqualRecordsFromEqualDescriptionsAndIdsIndependentOfTheSeed() {
    assertThat(lincoln(1).snapshot()).isEqualTo(lincoln(1).snapshot());
    assertThat(lincoln(2).snapshot()).isNotEqualTo(lincoln(1).snapshot());
    assertThat(lincoln(2).students())
        .extracting(User::id)
        .isEqualTo(lincoln(1).students().stream().map(User::id).toList());
  }

  @Test
  void refusesDescriptionsThatCannotBeBuiltNamingWhatIsWrong() {
    assertThatThrownBy(() -> TestDistrict.builder().teacher("Ada", "Byron"))
        .hasMessageContaining("add a school first");
    assertThatThrownBy(() -> TestDistrict.builder().build()).hasMessageContaining("add a school");
    DistrictBuilder b = TestDistrict.builder().school("Lincoln");
    User stranger = User.student("64da1c0e8b7f2a0001c3d999", "x").build();
    assertThatThrownBy(() -> b.section(s -> s.student(stranger)))
        .hasMessage("the student 64da1c0e8b7f2a0001c3d999 was not made by this builder");
    assertThatThrownBy(() -> b.section(s -> s.term(1)))
        .hasMessageContaining("term 1 was not added");
    assertThatThrownBy(() -> b.term("Fall", LocalDate.of(2026, 12, 1), LocalDate.of(2026, 9, 1)))
        .hasMessageContaining("ends on 2026-09-01, before it starts on 2026-12-01");
    assertThatThrownBy(() -> b.contactsPerStudent(7)).hasMessageContaining("from 0 to 6, was 7");
    b.build();
    assertThatThrownBy(b::build).hasMessageContaining("already built its district");
  }

  @Test
  void toStringShowsCountsOnly() {
    assertThat(lincoln(1).toString())
        .isEqualTo("TestDistrict{schools=1, sections=2, users=16}")
        .doesNotContain("Reyes");
  }
}
