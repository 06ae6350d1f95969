package com.classtag.clever.testing.standin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.classtag.clever.client.CleverClient;
import com.classtag.clever.client.NotFoundException;
import com.classtag.clever.client.UserRole;
import com.classtag.clever.client.UsersQuery;
import com.classtag.clever.model.Course;
import com.classtag.clever.model.Relationship;
import com.classtag.clever.model.School;
import com.classtag.clever.model.Section;
import com.classtag.clever.model.Term;
import com.classtag.clever.model.User;
import com.classtag.clever.testing.district.DistrictBuilder;
import com.classtag.clever.testing.district.TestDistrict;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The related-collection endpoints the client offers, read through the real client. */
class RelatedEndpointsTest {
  private static TestDistrict district;
  private static User ada;
  private static User lin;
  private static User sam;
  private static User parent;
  private static CleverStandIn clever;
  private static CleverClient client;

  @BeforeAll
  static void start() {
    DistrictBuilder b = TestDistrict.builder().school("Lincoln Middle");
    ada = b.teacher("Ada", "Byron");
    lin = b.teacher("Lin", "Okoro");
    sam = b.student("Sam", "Reyes");
    parent = b.contact(Relationship.PARENT, sam);
    b.section(
        s ->
            s.name("Math 7")
                .course("Mathematics")
                .teacher(ada)
                .coTeacher(lin)
                .students(3)
                .student(sam));
    b.school("Ridge High");
    b.section(s -> s.name("Biology").course("Science").teacher(lin).students(2));
    district = b.build();
    clever = CleverStandIn.builder(district).start();
    client =
        CleverClient.builder()
            .baseUrl(clever.baseUrl().toString())
            .token(clever.token())
            .pageSize(2)
            .build();
  }

  @AfterAll
  static void stop() {
    client.close();
    clever.close();
  }

  @Test
  void aSectionsRelatedRecordsAndUsers() {
    Section math = district.sections().get(0);

    assertThat(client.sections().school(math.id()).name()).contains("Lincoln Middle");
    assertThat(client.sections().course(math.id()).name()).contains("Mathematics");
    assertThat(client.sections().term(math.id()).id()).isEqualTo(math.termId().orElseThrow());
    assertThat(client.sections().district(math.id()).id()).isEqualTo(district.districtId());
    assertThat(
            ids(
                client.sections().users(math.id(), UsersQuery.withRole(UserRole.STUDENT)).stream()
                    .toList()))
        .containsExactlyInAnyOrderElementsOf(math.students());
    assertThat(
            ids(
                client.sections().users(math.id(), UsersQuery.withRole(UserRole.TEACHER)).stream()
                    .toList()))
        .containsExactly(ada.id(), lin.id());
    assertThat(client.sections().resources(math.id()).stream().toList()).isEmpty();
  }

  @Test
  void aSchoolsSectionsCoursesTermsAndUsers() {
    School lincoln = district.snapshot().schools().get(0);

    assertThat(client.schools().sections(lincoln.id()).stream().map(Section::id).toList())
        .containsExactly(district.sections().get(0).id());
    assertThat(client.schools().courses(lincoln.id()).stream().map(Course::name).toList())
        .containsExactly(java.util.Optional.of("Mathematics"));
    assertThat(client.schools().terms(lincoln.id()).stream().map(Term::id).toList()).hasSize(1);
    assertThat(
            ids(
                client.schools().users(lincoln.id(), UsersQuery.withRole(UserRole.TEACHER)).stream()
                    .toList()))
        .containsExactly(ada.id(), lin.id());
  }

  @Test
  void aPersonsSectionsSchoolsStudentsTeachersAndContacts() {
    assertThat(client.users().sections(lin.id()).stream().toList()).hasSize(2);
    assertThat(client.users().schools(sam.id()).stream().map(School::id).toList())
        .containsExactly(district.snapshot().schools().get(0).id());
    assertThat(ids(client.users().teachers(sam.id()).stream().toList()))
        .containsExactly(ada.id(), lin.id());
    assertThat(ids(client.users().students(ada.id()).stream().toList()))
        .hasSize(4)
        .contains(sam.id());
    assertThat(ids(client.users().students(parent.id()).stream().toList()))
        .containsExactly(sam.id());
    assertThat(ids(client.users().contacts(sam.id()).stream().toList()))
        .containsExactly(parent.id());
  }

  @Test
  void termsAndCoursesLeadToTheirSectionsAndSchools() {
    Section biology = district.sections().get(1);

    assertThat(
            client.courses().sections(biology.course().orElseThrow()).stream()
                .map(Section::id)
                .toList())
        .containsExactly(biology.id());
    assertThat(
            client.courses().schools(biology.course().orElseThrow()).stream()
                .map(School::id)
                .toList())
        .containsExactly(biology.school().orElseThrow());
    assertThat(client.terms().sections(biology.termId().orElseThrow()).stream().toList())
        .hasSize(2);
    assertThat(client.terms().schools(biology.termId().orElseThrow()).stream().toList()).hasSize(2);
  }

  @Test
  void anUnknownParentIs404() {
    assertThatThrownBy(() -> client.sections().school("64da20aa05ec00000000ffff"))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(
            () -> client.schools().sections("64d9e1b5050100000000ffff").stream().toList())
        .isInstanceOf(NotFoundException.class);
  }

  private static List<String> ids(List<User> users) {
    return users.stream().map(User::id).toList();
  }
}
