package com.classtag.clever.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Malformed or wrong-shape user JSON fails with a {@link CleverJsonException} naming the path. */
class UserMalformedJsonTest {

  private static final String ID = "\"id\":\"65f1a0c2e4b0a10001750001\"";

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      quoteCharacter = '`',
      textBlock =
          """
      number as id                  | {"id":65123}                                              | $.id
      empty id                      | {"id":""}                                                 | $.id
      null id                       | {"id":null}                                               | $.id
      object as id                  | {"id":{"oid":"x"}}                                        | $.id
      missing id                    | {"district":"65f1a0c2e4b0a10001d00001","roles":{}}        | $.roles
      array as name                 | {ID,"name":["Ada","Lovelace"]}                            | $.name
      string as roles               | {ID,"roles":"student"}                                    | $.roles
      array as student role         | {ID,"roles":{"student":[]}}                               | $.roles.student
      number as teacher role        | {ID,"roles":{"teacher":7}}                                | $.roles.teacher
      array as district_admin       | {ID,"roles":{"districtadmin":["x"]}}                      | $.roles.districtadmin
      object as schools             | {ID,"roles":{"student":{"schools":{"a":"b"}}}}            | $.roles.student.schools
      object in schools             | {ID,"roles":{"staff":{"schools":[{"id":"x"}]}}}           | $.roles.staff.schools[0]
      array as grade                | {ID,"roles":{"student":{"grade":["5"]}}}                  | $.roles.student.grade
      object as dob                 | {ID,"roles":{"student":{"dob":{"m":1}}}}                  | $.roles.student.dob
      string as enrollments         | {ID,"roles":{"student":{"enrollments":"none"}}}           | $.roles.student.enrollments
      string in enrollments         | {ID,"roles":{"student":{"enrollments":["x"]}}}            | $.roles.student.enrollments[0]
      string as ext                 | {ID,"roles":{"teacher":{"ext":"x"}}}                      | $.roles.teacher.ext
      array as credentials          | {ID,"roles":{"teacher":{"credentials":[]}}}               | $.roles.teacher.credentials
      number as relationships       | {ID,"roles":{"contact":{"student_relationships":3}}}      | $.roles.contact.student_relationships
      array as relationship type    | {ID,"roles":{"contact":{"student_relationships":[{"type":[]}]}}} | $.roles.contact.student_relationships[0].type
      object as staff roles entry   | {ID,"roles":{"staff":{"roles":[{}]}}}                     | $.roles.staff.roles[0]
      number as synced_in_lms       | {ID,"lms_status":{"synced_in_lms":1}}                     | $.lms_status.synced_in_lms
      string as disability          | {ID,"roles":{"student":{"disability":"Y"}}}               | $.roles.student.disability
      array as location             | {ID,"roles":{"student":{"location":[]}}}                  | $.roles.student.location
      """)
  void wrongShapeNamesThePath(String what, String json, String path) {
    CleverJsonException e =
        catchThrowableOfType(
            CleverJsonException.class, () -> CleverJson.USER.fromJson(json.replace("ID", ID)));
    assertThat(e).as(what).isNotNull();
    assertThat(e.path()).as(what).startsWith(path);
    assertThat(e.getMessage()).contains(e.path());
  }

  @Test
  void truncatedInputFails() {
    String full = UserFixtures.text(UserFixtures.STUDENT_V31);
    for (int cut : new int[] {1, 40, full.length() / 2, full.length() - 2}) {
      assertThatThrownBy(() -> UserFixtures.SINGLE_CODEC.fromJson(full.substring(0, cut)))
          .isInstanceOf(CleverJsonException.class)
          .hasMessageContaining("$");
    }
  }

  @Test
  void arrayWhereTheUserBelongsFails() {
    CleverJsonException e =
        catchThrowableOfType(
            CleverJsonException.class,
            () ->
                UserFixtures.PAGE_CODEC.fromJson("{\"data\":[{\"data\":[" + ID.length() + "]}]}"));
    assertThat(e).isNotNull();
    assertThat(e.path()).startsWith("$.data[0].data");
  }

  @Test
  void missingIdInAPageNamesTheRecord() {
    String page = "{\"data\":[{\"data\":{" + ID + "}},{\"data\":{\"email\":\"x@example.org\"}}]}";
    CleverJsonException e =
        catchThrowableOfType(
            CleverJsonException.class, () -> UserFixtures.PAGE_CODEC.fromJson(page));
    assertThat(e).isNotNull();
    assertThat(e.path()).startsWith("$.data[1].data");
    assertThat(e.getMessage()).contains("no id").doesNotContain("x@example.org");
  }

  @Test
  void messagesNeverQuoteInputValues() {
    String json =
        "{" + ID + ",\"roles\":{\"student\":{\"dob\":{\"secret\":\"Zephyrine Oddbody\"}}}}";
    assertThatThrownBy(() -> CleverJson.USER.fromJson(json))
        .isInstanceOf(CleverJsonException.class)
        .message()
        .doesNotContain("Zephyrine");
  }

  @Test
  void meWithoutIdFails() {
    assertThatThrownBy(() -> CleverJson.ME.fromJson("{\"type\":\"user\"}"))
        .isInstanceOf(CleverJsonException.class)
        .hasMessageContaining("no id");
  }
}
