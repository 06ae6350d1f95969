package com.classtag.clever.testing.district;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.classtag.clever.model.CleverJson;
import com.classtag.clever.model.ContactRole;
import com.classtag.clever.model.JsonCodec;
import com.classtag.clever.model.OpenEnum;
import com.classtag.clever.model.Relationship;
import com.classtag.clever.model.RelationshipType;
import com.classtag.clever.model.School;
import com.classtag.clever.model.Section;
import com.classtag.clever.model.StudentRelationship;
import com.classtag.clever.model.Subject;
import com.classtag.clever.model.User;
import com.classtag.clever.testing.standin.RecordSource;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The bundled district has what the issue asks of it, read back through clever-model's codecs. */
class GeneratedDistrictTest {
  private static final long SEED = 20_260_814L;
  private static final GeneratedDistrict DISTRICT = TestDistrict.generate(SEED, 1_500);
  private static final List<User> STUDENTS = read(users("student"), CleverJson.USER);
  private static final List<User> CONTACTS = read(users("contact"), CleverJson.USER);
  private static final List<User> STAFF =
      read(users(null), CleverJson.USER).stream()
          .filter(u -> u.roles().student().isEmpty() && u.roles().contact().isEmpty())
          .collect(Collectors.toList());
  private static final List<Section> SECTIONS = read(collection("sections"), CleverJson.SECTION);

  @Test
  void hasThreeSchoolsAboutSixtySectionsAndFifteenHundredStudents() {
    assertThat(read(collection("schools"), CleverJson.SCHOOL))
        .extracting(School::id)
        .containsExactly(DISTRICT.schoolId(0), DISTRICT.schoolId(1), DISTRICT.schoolId(2));
    assertThat(SECTIONS).hasSize(60);
    assertThat(STUDENTS).hasSize(1_500);
    assertThat(CONTACTS).hasSize(2_006);
  }

  @Test
  void hasHomeroomsAndCoTaughtSections() {
    assertThat(
            SECTIONS.stream()
                .filter(s -> s.subject().equals(Optional.of(Subject.HOMEROOM_ADVISORY))))
        .hasSize(51);
    assertThat(SECTIONS.stream().filter(s -> s.teachers().size() > 1))
        .hasSizeGreaterThanOrEqualTo(10);
    assertThat(SECTIONS).allSatisfy(s -> assertThat(s.teacher()).contains(s.teachers().get(0)));
  }

  @Test
  void everyStudentSitsInAHomeroomAndSectionsNameOnlySharedPeopleBarTwoDeliberateGaps() {
    Set<String> students = STUDENTS.stream().map(User::id).collect(Collectors.toSet());
    Set<String> staff = STAFF.stream().map(User::id).collect(Collectors.toSet());
    List<String> unsharedStudents = new ArrayList<>();
    List<String> unsharedTeachers = new ArrayList<>();
    Set<String> seated = new HashSet<>();
    for (Section section : SECTIONS) {
      section.students().forEach(id -> (students.contains(id) ? seated : unsharedStudents).add(id));
      section.teachers().stream().filter(id -> !staff.contains(id)).forEach(unsharedTeachers::add);
    }

    assertThat(seated).isEqualTo(students);
    assertThat(unsharedStudents).hasSize(1);
    assertThat(unsharedTeachers).hasSize(1);
  }

  @Test
  void hasMultiRoleStaff() {
    assertThat(STAFF.stream().filter(u -> roleCount(u) == 3))
        .extracting(User::id)
        .containsExactly(DISTRICT.staffId(1));
    assertThat(
            STAFF.stream()
                .filter(u -> u.roles().teacher().isPresent() && u.roles().staff().isPresent()))
        .hasSizeGreaterThan(2);
  }

  @Test
  void contactsCoverEveryTypeAndRelationshipIncludingBlankAndUnknownValues() {
    List<StudentRelationship> links =
        CONTACTS.stream()
            .flatMap(c -> contact(c).studentRelationships().stream())
            .collect(Collectors.toList());
    Set<String> types =
        links.stream()
            .map(l -> l.type().map(OpenEnum::value).orElse(""))
            .collect(Collectors.toSet());
    Set<String> relationships =
        links.stream()
            .map(l -> l.relationship().map(OpenEnum::value).orElse(""))
            .collect(Collectors.toSet());

    assertThat(types)
        .containsExactlyInAnyOrder(
            "Parent/Guardian",
            "Primary",
            "Secondary",
            "Emergency",
            "Family",
            "Other",
            "",
            "Guardian Ad Litem");
    assertThat(relationships)
        .containsExactlyInAnyOrder(
            "Parent", "Grandparent", "Self", "Aunt/Uncle", "Sibling", "Other", "", "Stepparent");
    assertThat(RelationshipType.of("Guardian Ad Litem").isKnown()).isFalse();
    assertThat(Relationship.of("Stepparent").isKnown()).isFalse();
  }

  @Test
  void someContactsHaveNeitherEmailNorPhoneAndEveryStudentHasOne() {
    assertThat(CONTACTS.stream().filter(c -> c.email().isEmpty() && contact(c).phone().isEmpty()))
        .hasSizeGreaterThan(100);
    Map<String, Integer> guardians = new HashMap<>();
    CONTACTS.forEach(
        c ->
            contact(c)
                .studentRelationships()
                .forEach(l -> guardians.merge(l.student().orElseThrow(), 1, Integer::sum)));
    assertThat(guardians.keySet())
        .containsAll(STUDENTS.stream().map(User::id).collect(Collectors.toList()));
    assertThat(guardians.get(DISTRICT.studentId(7))).isGreaterThanOrEqualTo(6);
  }

  @Test
  void aFewRecordsCarryEnumValuesTheModelsDoNotKnow() {
    assertThat(STUDENTS.get(12).roles().student().orElseThrow().grade().orElseThrow().isKnown())
        .isFalse();
    assertThat(STUDENTS.get(11).roles().student().orElseThrow().gender().orElseThrow().isKnown())
        .isFalse();
    assertThat(SECTIONS.stream().filter(s -> s.subject().map(v -> !v.isKnown()).orElse(false)))
        .hasSize(1);
    assertThat(
            CONTACTS.stream()
                .filter(c -> contact(c).phoneType().map(v -> !v.isKnown()).orElse(false)))
        .isNotEmpty();
  }

  @Test
  void rejectsSizesItCannotLayOut() {
    assertThatThrownBy(() -> TestDistrict.generate(SEED, 2))
        .hasMessageContaining("students must be from 3");
  }

  private static ContactRole contact(User user) {
    return user.roles().contact().orElseThrow();
  }

  private static int roleCount(User user) {
    return (user.roles().teacher().isPresent() ? 1 : 0)
        + (user.roles().staff().isPresent() ? 1 : 0)
        + (user.roles().districtAdmin().isPresent() ? 1 : 0);
  }

  private static RecordSource users(String role) {
    return DISTRICT.users(Optional.ofNullable(role)).orElseThrow();
  }

  private static RecordSource collection(String name) {
    return DISTRICT.collection(name).orElseThrow();
  }

  private static <T> List<T> read(RecordSource source, JsonCodec<T> codec) {
    List<T> records = new ArrayList<>();
    for (int i = 0; i < source.size(); i++) {
      StringWriter json = new StringWriter();
      try {
        source.write(i, new JsonWriter(json));
      } catch (IOException e) {
        throw new AssertionError(e);
      }
      records.add(codec.fromJson(json.toString()));
    }
    return records;
  }
}
