package com.classtag.clever.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Consuming apps can build realistic users for their own tests in a line or two. */
class UserBuildersTest {
  private static final String SCHOOL = "65f1a0c2e4b0a10001500101";

  @Test
  void studentInOneLine() {
    User u = User.student("65f1a0c2e4b0a10001750001", SCHOOL).name(Name.of("Ada", "Quill")).build();
    assertThat(u.roles().roleNames()).containsExactly("student");
    StudentRole s = u.roles().student().orElseThrow();
    assertThat(s.school()).contains(SCHOOL);
    assertThat(s.schools()).containsExactly(SCHOOL);
    assertThat(u.name().flatMap(Name::first)).contains("Ada");
    assertThat(CleverJson.USER.toJson(u))
        .isEqualTo(
            "{\"id\":\"65f1a0c2e4b0a10001750001\",\"name\":{\"first\":\"Ada\",\"last\":\"Quill\"},"
                + "\"roles\":{\"student\":{\"school\":\"65f1a0c2e4b0a10001500101\","
                + "\"schools\":[\"65f1a0c2e4b0a10001500101\"]}}}");
  }

  @Test
  void fullerStudentThroughTheRoleBuilders() {
    User u =
        User.builder()
            .id("65f1a0c2e4b0a10001750002")
            .district("65f1a0c2e4b0a10001d00001")
            .roles(
                Roles.builder()
                    .student(
                        StudentRole.atSchool(SCHOOL)
                            .grade(Grade.GRADE_3)
                            .dob("2/29/2016")
                            .putExt("homeroom", JsonValue.ofString("3B"))
                            .build())
                    .build())
            .build();
    StudentRole s = u.roles().student().orElseThrow();
    assertThat(s.grade()).contains(Grade.GRADE_3);
    assertThat(s.dobDate()).hasValueSatisfying(d -> assertThat(d.getDayOfMonth()).isEqualTo(29));
    assertThat(s.extString("homeroom")).contains("3B");
    assertThat(CleverJson.USER.fromJson(CleverJson.USER.toJson(u))).isEqualTo(u);
  }

  @Test
  void multiRoleEmployeeAndContact() {
    User employee =
        User.builder()
            .id("65f1a0c2e4b0a10001740009")
            .roles(
                Roles.builder()
                    .teacher(TeacherRole.builder().school(SCHOOL).addSchools(SCHOOL).build())
                    .staff(StaffRole.builder().addRoles(StaffRoleType.PORTAL_ONLY).build())
                    .districtAdmin(DistrictAdminRole.builder().build())
                    .build())
            .build();
    assertThat(employee.roles().roleNames()).containsExactly("teacher", "staff", "district_admin");

    User parent =
        User.builder()
            .id("65f1a0c2e4b0a10001730009")
            .name(Name.builder().last("Rowan Quill").build())
            .roles(
                Roles.builder()
                    .contact(
                        ContactRole.builder()
                            .addStudentRelationships(
                                StudentRelationship.builder()
                                    .student("65f1a0c2e4b0a10001750001")
                                    .relationship(Relationship.PARENT)
                                    .type(RelationshipType.PARENT_GUARDIAN)
                                    .build())
                            .build())
                    .build())
            .build();
    assertThat(parent.roles().contact().orElseThrow().studentRelationships()).hasSize(1);
    assertThat(CleverJson.USER.fromJson(CleverJson.USER.toJson(parent))).isEqualTo(parent);
  }

  @Test
  void rolesDefaultToNoneAndIdIsRequired() {
    User u = User.builder().id("65f1a0c2e4b0a10001750003").build();
    assertThat(u.roles().roleNames()).isEmpty();
    assertThat(CleverJson.USER.toJson(u))
        .isEqualTo("{\"id\":\"65f1a0c2e4b0a10001750003\",\"roles\":{}}");
    assertThatThrownBy(() -> User.builder().build()).isInstanceOf(IllegalStateException.class);
  }

  @Test
  void lmsStatusIsWrittenAsABoolean() {
    User u = User.builder().id("65f1a0c2e4b0a10001750004").lmsStatus(LmsStatus.of(true)).build();
    assertThat(CleverJson.USER.toJson(u)).contains("\"lms_status\":{\"synced_in_lms\":true}");
  }
}
