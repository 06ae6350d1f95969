package com.classtag.clever.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** Read, write, read gives an equal value, and what is written keeps what was read. */
class UserRoundTripTest {

  static final List<String> PAGES = UserFixtures.PAGES;
  static final List<String> SINGLES = UserFixtures.SINGLES;

  @ParameterizedTest
  @FieldSource("PAGES")
  void pagesRoundTrip(String fixture) {
    ListPage<User> read = UserFixtures.page(fixture);
    String written = UserFixtures.PAGE_CODEC.toJson(read);
    assertThat(UserFixtures.PAGE_CODEC.fromJson(written)).isEqualTo(read);
  }

  @ParameterizedTest
  @FieldSource("SINGLES")
  void singlesRoundTrip(String fixture) {
    SingleResponse<User> read = UserFixtures.SINGLE_CODEC.fromJson(UserFixtures.text(fixture));
    String written = UserFixtures.SINGLE_CODEC.toJson(read);
    assertThat(UserFixtures.SINGLE_CODEC.fromJson(written)).isEqualTo(read);
  }

  @Test
  void everyUserRoundTripsOnItsOwn() {
    for (User user : UserFixtures.allUsers()) {
      assertThat(CleverJson.USER.fromJson(CleverJson.USER.toJson(user))).isEqualTo(user);
    }
  }

  @Test
  void unknownFieldsAndExtValuesAreWrittenBackVerbatim() {
    User user = UserFixtures.page(UserFixtures.EDGE_CASES_PAGE).records().get(2);
    JsonObject written = JsonParser.parseString(CleverJson.USER.toJson(user)).getAsJsonObject();
    assertThat(written.get("sso_hint").toString())
        .isEqualTo("{\"provider\":\"saml\",\"attempts\":[1,2.50,true,null]}");
    assertThat(written.getAsJsonObject("name").get("suffix").getAsString()).isEqualTo("Jr");
    JsonObject lms = written.getAsJsonObject("lms_status");
    assertThat(lms.get("synced_in_lms").getAsJsonPrimitive().isBoolean()).isTrue();
    assertThat(lms.get("synced_at").getAsString()).isEqualTo("2025-01-01T00:00:00Z");
    JsonObject roles = written.getAsJsonObject("roles");
    assertThat(roles.get("guardian").toString()).isEqualTo("{\"since\":2024}");
    assertThat(roles.get("observer").isJsonNull()).isTrue();
    assertThat(roles.has("student")).as("a null role is not written").isFalse();
    JsonObject teacher = roles.getAsJsonObject("teacher");
    assertThat(teacher.get("badge_number").getAsString()).isEqualTo("B-19");
    assertThat(teacher.getAsJsonObject("credentials").has("district_password")).isTrue();

    StudentRole student =
        UserFixtures.page(UserFixtures.STUDENTS_V30_PAGE)
            .records()
            .get(0)
            .roles()
            .student()
            .orElseThrow();
    JsonObject studentJson =
        JsonParser.parseString(
                CleverJson.USER.toJson(
                    User.builder()
                        .id("65f1a0c2e4b0a10001750001")
                        .roles(Roles.builder().student(student).build())
                        .build()))
            .getAsJsonObject()
            .getAsJsonObject("roles")
            .getAsJsonObject("student");
    assertThat(studentJson.getAsJsonObject("ext").toString())
        .isEqualTo(
            "{\"homeroom\":\"Room Larkspur\",\"locker\":4417,\"transport\":{\"route\":\"Vireo Line\"}}");
  }

  @Test
  void districtadminIsWrittenAsDistrictAdmin() {
    User user = UserFixtures.page(UserFixtures.EDGE_CASES_PAGE).records().get(1);
    JsonObject roles =
        JsonParser.parseString(CleverJson.USER.toJson(user))
            .getAsJsonObject()
            .getAsJsonObject("roles");
    assertThat(roles.keySet()).containsExactly("district_admin");
    assertThat(roles.getAsJsonObject("district_admin").get("title").getAsString())
        .isEqualTo("Superintendent");
  }

  @Test
  void emptyRoleObjectsAreWrittenAsEmptyObjects() {
    User user = UserFixtures.page(UserFixtures.EDGE_CASES_PAGE).records().get(0);
    JsonObject roles =
        JsonParser.parseString(CleverJson.USER.toJson(user))
            .getAsJsonObject()
            .getAsJsonObject("roles");
    assertThat(roles.toString()).isEqualTo("{\"district_admin\":{},\"contact\":{}}");
  }

  @Test
  void writtenDatesKeepTheirRawText() {
    User user = UserFixtures.page(UserFixtures.STUDENTS_V30_PAGE).records().get(2);
    JsonObject written = JsonParser.parseString(CleverJson.USER.toJson(user)).getAsJsonObject();
    assertThat(written.get("created").getAsString()).isEqualTo("not a timestamp");
    JsonObject student = written.getAsJsonObject("roles").getAsJsonObject("student");
    assertThat(student.get("dob").getAsString()).isEqualTo("2012-11-30");
    assertThat(
            student
                .getAsJsonArray("enrollments")
                .get(0)
                .getAsJsonObject()
                .get("end_date")
                .getAsString())
        .isEqualTo("end of year");
    assertThat(student.get("grade").getAsString()).isEqualTo("14");
    assertThat(student.get("gender").getAsString()).isEqualTo("Z");
  }
}
