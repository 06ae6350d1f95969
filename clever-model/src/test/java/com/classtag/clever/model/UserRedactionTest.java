package com.classtag.clever.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.FieldSource;

/** {@code toString} of users and their parts never shows personal data from the fixtures. */
class UserRedactionTest {

  static final List<String> FIXTURES =
      List.of(
          UserFixtures.STUDENTS_V30_PAGE,
          UserFixtures.STUDENT_V31,
          UserFixtures.TEACHER,
          UserFixtures.MULTI_ROLE_STAFF,
          UserFixtures.CONTACTS_PAGE,
          UserFixtures.EDGE_CASES_PAGE);

  /** Keys whose values, and everything under them, are personal data. */
  private static final Set<String> PII_KEYS =
      Set.of(
          "name",
          "first",
          "middle",
          "last",
          "preferred_name",
          "email",
          "phone",
          "dob",
          "location",
          "address",
          "city",
          "state",
          "zip",
          "lat",
          "lon",
          "credentials",
          "district_username",
          "district_password",
          "ext",
          "gender",
          "race",
          "hispanic_ethnicity",
          "ell_status",
          "iep_status",
          "frl_status",
          "gifted_status",
          "section_504_status",
          "disability",
          "disability_status",
          "disability_code",
          "disability_type",
          "home_language",
          "home_language_code",
          "unweighted_gpa",
          "weighted_gpa",
          // unknown fields: only their names may show
          "sso_hint",
          "suffix",
          "synced_at",
          "badge_number",
          "guardian");

  @ParameterizedTest
  @FieldSource("FIXTURES")
  void toStringOfEveryUserHidesEveryPersonalValue(String fixture) {
    List<String> pii = new ArrayList<>();
    collect(JsonParser.parseString(UserFixtures.text(fixture)), false, pii);
    assertThat(pii).isNotEmpty();
    String text = describeAll(fixture);
    for (String value : pii) {
      // Short codes such as "F" or "Y" occur in ordinary words; check them as whole field values.
      if (value.length() >= 4) {
        assertThat(text).as("value from %s", fixture).doesNotContain(value);
      }
      assertThat(text)
          .as("value from %s", fixture)
          .doesNotContain("=" + value + ",")
          .doesNotContain("=" + value + "}")
          .doesNotContain("=" + value + "]");
    }
  }

  @Test
  void personalFieldsShowOnlyThatTheyArePresent() {
    User tamsin = UserFixtures.page(UserFixtures.STUDENTS_V30_PAGE).records().get(0);
    String text = tamsin.toString();
    assertThat(text)
        .contains("id=65f1a0c2e4b0a10001750001")
        .contains("district=65f1a0c2e4b0a10001d00001")
        .contains("name=<redacted>")
        .contains("email=<redacted>")
        .contains("sisId=<redacted>")
        .contains("studentNumber=<redacted>")
        .contains("stateId=<redacted>")
        .contains("legacyId=5e71c0ffee0a1b0001a0b001")
        .contains("school=65f1a0c2e4b0a10001500101")
        .contains("schools=[65f1a0c2e4b0a10001500101, 65f1a0c2e4b0a10001500102]")
        .contains("grade=5")
        .contains("dob=<redacted>")
        .contains("gender=<redacted>")
        .contains("race=<redacted>")
        .contains("location=<redacted>")
        .contains("credentials=<redacted>")
        .contains("ext=<redacted>")
        .doesNotContain(
            "S-770311",
            "770311",
            "WA-5501998",
            "Tamsin",
            "Ottoline",
            "Quellbrook",
            "tquellbrook44",
            "4/9/2013",
            "77 Wickerbasket Lane",
            "Fernhollow",
            "98931",
            "Larkspur",
            "Asian",
            "Vietnamese");

    User anselm = UserFixtures.single(UserFixtures.STUDENT_V31);
    assertThat(anselm.toString())
        .contains(
            "disability=<redacted>",
            "frlStatus=<redacted>",
            "homeLanguageCode=<redacted>",
            "preferredName=<redacted>",
            "unweightedGpa=<redacted>",
            "lmsStatus=LmsStatus{syncedInLms=true}")
        .doesNotContain("Sandy", "Haitian", "hat,", "3.41", "3.87", "Reduced", "12/1/2010");

    User helena = UserFixtures.page(UserFixtures.CONTACTS_PAGE).records().get(0);
    assertThat(helena.toString())
        .contains(
            "phone=<redacted>",
            "phoneType=Cell",
            "sisId=<redacted>",
            "student=65f1a0c2e4b0a10001750001",
            "relationship=Parent",
            "type=Parent/Guardian")
        .doesNotContain(
            "C-40017", "Helena", "Brandvold", "5095550188", "helena.brandvold@mail.example.com");
  }

  @Test
  void unknownFieldsShowTheirNamesOnly() {
    User saffron = UserFixtures.page(UserFixtures.EDGE_CASES_PAGE).records().get(2);
    assertThat(saffron.toString())
        .contains(
            "unknownFields=[sso_hint]",
            "unknownFields=[guardian, observer]",
            "unknownFields=[badge_number]",
            "credentials=<redacted>")
        .doesNotContain("saml", "hunter2", "B-19", "spembertonyu");
    Credentials credentials =
        saffron.roles().teacher().flatMap(TeacherRole::credentials).orElseThrow();
    assertThat(credentials.toString())
        .isEqualTo("Credentials{districtUsername=<redacted>, unknownFields=[district_password]}");
  }

  @Test
  void pagesAndResponsesDoNotShowRecords() {
    assertThat(UserFixtures.page(UserFixtures.CONTACTS_PAGE).toString()).doesNotContain("Helena");
    assertThat(
            UserFixtures.SINGLE_CODEC.fromJson(UserFixtures.text(UserFixtures.TEACHER)).toString())
        .doesNotContain("Ottilie", "Fairweather");
  }

  /** Returns the toString of every user and every part of it. */
  private static String describeAll(String fixture) {
    List<User> users =
        UserFixtures.PAGES.contains(fixture)
            ? UserFixtures.page(fixture).records()
            : List.of(UserFixtures.single(fixture));
    StringBuilder sb = new StringBuilder();
    for (User u : users) {
      sb.append(u).append('\n');
      u.name().ifPresent(n -> sb.append(n).append('\n'));
      Roles r = u.roles();
      sb.append(r).append('\n');
      r.student()
          .ifPresent(
              s -> {
                sb.append(s)
                    .append(s.location())
                    .append(s.credentials())
                    .append(s.disability())
                    .append(s.preferredName())
                    .append(s.enrollments())
                    .append(s.ext())
                    .append('\n');
              });
      r.teacher()
          .ifPresent(t -> sb.append(t).append(t.name()).append(t.credentials()).append('\n'));
      r.staff().ifPresent(s -> sb.append(s).append(s.credentials()).append('\n'));
      r.contact().ifPresent(c -> sb.append(c).append(c.studentRelationships()).append('\n'));
      r.districtAdmin().ifPresent(a -> sb.append(a).append('\n'));
      for (Map.Entry<String, JsonValue> e : u.unknownFields().entrySet()) {
        sb.append(e.getValue()).append('\n');
      }
    }
    return sb.toString();
  }

  private static void collect(JsonElement e, boolean pii, List<String> out) {
    if (e.isJsonObject()) {
      for (Map.Entry<String, JsonElement> f : e.getAsJsonObject().entrySet()) {
        collect(f.getValue(), pii || PII_KEYS.contains(f.getKey()), out);
      }
    } else if (e.isJsonArray()) {
      e.getAsJsonArray().forEach(x -> collect(x, pii, out));
    } else if (pii && e.isJsonPrimitive() && !e.getAsString().isEmpty()) {
      out.add(e.getAsString());
    }
  }
}
