package com.classtag.sync.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.classtag.sync.state.AccessRole;
import com.classtag.sync.state.Actor;
import com.classtag.sync.state.AppSchool;
import com.classtag.sync.state.AppState;
import com.classtag.sync.state.Archive;
import com.classtag.sync.state.ArchiveReason;
import com.classtag.sync.state.Classroom;
import com.classtag.sync.state.ContactAccount;
import com.classtag.sync.state.StaffAccount;
import com.classtag.sync.state.StudentRecord;
import com.classtag.sync.state.TeacherRole;
import com.classtag.sync.state.UserStatus;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class AppStateJsonTest {
  private static final String CLASSROOM = "{\"id\": \"c1\", \"schoolId\": \"s1\", \"name\": \"n\"";

  @Test
  void readsEveryFieldOfTheFormat() throws IOException {
    AppState state = AppStateJson.fromJson(golden("full-app-state.json"));

    AppSchool school = state.schools().get(0);
    assertThat(school.name()).contains("Maple");
    assertThat(school.sourceSchoolIds()).containsExactly("c-s1", "c-s2");
    Classroom classroom = state.classrooms().get(0);
    assertThat(classroom.nameEdited()).isTrue();
    assertThat(classroom.grade()).contains("Kindergarten");
    assertThat(classroom.sections().get(0).sisId()).contains("SEC-1");
    assertThat(classroom.archive())
        .contains(Archive.bySync(Instant.parse("2026-09-20T06:00:00Z"), ArchiveReason.LEFT_ROSTER));
    assertThat(classroom.teachers().get(0).role()).isEqualTo(TeacherRole.CO_TEACHER);
    assertThat(classroom.teachers().get(0).addedBy()).isEqualTo(Actor.PERSON);
    assertThat(classroom.students().get(0).studentId()).isEqualTo("st1");
    assertThat(state.classrooms().get(1).archive())
        .contains(Archive.byPerson(Instant.parse("2026-09-21T15:04:05.250Z")));
    StudentRecord student = state.students().get(0);
    assertThat(student.lastName()).contains("Quill \"Q\"");
    assertThat(student.iepStatus()).contains("N");
    assertThat(student.extensionFields()).isEqualTo(Map.of("bus", "12B", "homeroom", "101"));
    StaffAccount staff = state.staff().get(0);
    assertThat(staff.status()).isEqualTo(UserStatus.JOINED);
    assertThat(staff.homePhone()).contains("5550000003");
    assertThat(staff.schoolAccess().get(0).role()).isEqualTo(AccessRole.ADMIN);
    assertThat(staff.districtAccess()).contains(Actor.SYNC);
    ContactAccount contact = state.contacts().get(0);
    assertThat(contact.status()).as("the default").isEqualTo(UserStatus.INVITED);
    assertThat(contact.links().get(0).relationship()).contains("Parent");
    assertThat(contact.links().get(1).type()).isEmpty();
    assertThat(state.baseline().orElseThrow().sectionIds()).containsExactly("sec1", "sec2");
  }

  @Test
  void writesTheDocumentedLayoutOneRecordPerLine() throws IOException {
    String golden = golden("full-app-state.json");

    assertThat(AppStateJson.toJson(AppStateJson.fromJson(golden))).isEqualTo(golden);
  }

  @Test
  void readsAMinimalDocumentAsAnEmptyStateWithoutBaseline() {
    assertThat(AppStateJson.fromJson("{\"version\": 1}")).isEqualTo(AppState.empty());
    assertThat(AppStateJson.toJson(AppState.empty())).isEqualTo("{\n  \"version\": 1\n}\n");
  }

  @Test
  void recordsShareOneStringForEachGradeStatusAndContactType() {
    AppState state =
        AppStateJson.fromJson(
            "{\"version\": 1, \"students\": ["
                + "{\"id\": \"a\", \"grade\": \"K\", \"iepStatus\": \"N\", \"extensionFields\": {\"bus\": \"12\"}},"
                + "{\"id\": \"b\", \"grade\": \"K\", \"iepStatus\": \"N\", \"extensionFields\": {\"bus\": \"12\"}}]}");

    StudentRecord a = state.students().get(0);
    StudentRecord b = state.students().get(1);
    assertThat(b.grade().orElseThrow()).isSameAs(a.grade().orElseThrow());
    assertThat(b.iepStatus().orElseThrow()).isSameAs(a.iepStatus().orElseThrow());
    assertThat(b.extensionFields().get("bus")).isSameAs(a.extensionFields().get("bus"));
  }

  @Test
  void ignoresTheSchemaReferenceForEditors() {
    assertThat(AppStateJson.fromJson("{\"$schema\": \"app-state.schema.json\", \"version\": 1}"))
        .isEqualTo(AppState.empty());
  }

  static Stream<Arguments> invalidDocuments() {
    return Stream.of(
        Arguments.of(
            "{\"version\": 1, \"classrooms\": ["
                + CLASSROOM
                + ", \"teachers\": [{\"staffId\": \"t1\", \"role\": \"assistant\", \"addedBy\": \"SYNC\"}]}]}",
            "$.classrooms[0].teachers[0].role",
            "one of \"PRIMARY\", \"CO_TEACHER\"",
            "a string that is none of them"),
        Arguments.of(
            "{\"version\": 1, \"classrooms\": [{\"id\": \"c1\", \"name\": \"n\"}]}",
            "$.classrooms[0].schoolId",
            "a value: the field is required",
            "none"),
        Arguments.of("{\"schools\": []}", "$.version", "a value: the field is required", "none"),
        Arguments.of(
            "{\"version\": 1, \"schools\": [{\"id\": \"s1\", \"cleverIds\": [\"x\"]}]}",
            "$.schools[0].cleverIds",
            "one of the fields \"id\", \"name\", \"sourceSchoolIds\"",
            "a field this format does not have"),
        Arguments.of("{\"version\": 2}", "$.version", "1, the format version this SDK reads", "2"),
        Arguments.of(
            "{\"version\": \"1\"}",
            "$.version",
            "1, the format version this SDK reads",
            "a string"),
        Arguments.of(
            "{\"version\": 1, \"classrooms\": ["
                + CLASSROOM
                + ", \"archive\": {\"by\": \"PERSON\", \"at\": \"yesterday\"}}]}",
            "$.classrooms[0].archive.at",
            "a date and time such as 2026-09-20T06:00:00Z",
            "a string that is not one"),
        Arguments.of(
            "{\"version\": 1, \"version\": 1}",
            "$.version",
            "each field once",
            "this field a second time"),
        Arguments.of("[]", "$", "an object", "an array"),
        Arguments.of(
            "{\"version\": 1} {}", "$", "the end of the document", "more content after it"),
        Arguments.of(
            "{\"version\": 1, \"schools\": [{\"id\": null}]}",
            "$.schools[0].id",
            "a string",
            "null"),
        Arguments.of(
            "{\"version\": 1, \"schools\": [{\"id\": \"\"}]}",
            "$.schools[0].id",
            "a non-empty string",
            "an empty string"),
        Arguments.of(
            "{\"version\": 1, \"students\": [{\"id\": \"st1\"}, {\"id\": \"new:student:s2\"}]}",
            "$.students[1].id",
            "an app id; \"new:\" starts the provisional ids of a plan, which Planner.apply "
                + "replaces with app ids",
            "an id with that prefix"),
        Arguments.of(
            "{\"version\": 1, \"schools\": [{\"id\": \"s\", \"sourceSchoolIds\": [\"a\", \"a\"]}]}",
            "$.schools[0].sourceSchoolIds[1]",
            "each item once",
            "a repeat of an earlier item"),
        Arguments.of(
            "{\"version\": 1, \"baseline\": {\"sectionIds\": [\"a\", \"b\", \"a\"]}}",
            "$.baseline.sectionIds[2]",
            "each item once",
            "a repeat of an earlier item"),
        Arguments.of(
            "{\"version\": 1, \"students\": [{\"id\": \"s\", \"sisId\": 12345}]}",
            "$.students[0].sisId",
            "a string",
            "a number"),
        Arguments.of(
            "{\"version\": 1, \"students\": [{\"id\": \"s\", \"extensionFields\": {\"bus\": 12}}]}",
            "$.students[0].extensionFields.bus",
            "a string",
            "a number"),
        Arguments.of(
            "{\"version\": 1, \"students\": [{\"id\": \"s\", \"extensionFields\": "
                + "{\"bus\": \"1\", \"bus\": \"2\"}}]}",
            "$.students[0].extensionFields.bus",
            "each extension field once",
            "this field a second time"),
        Arguments.of(
            "{\"version\": 1, \"staff\": [{\"id\": \"t\", \"schoolAccess\": {}}]}",
            "$.staff[0].schoolAccess",
            "an array",
            "an object"),
        Arguments.of(
            "{\"version\": 1, \"classrooms\": [" + CLASSROOM + ", \"nameEdited\": \"yes\"}]}",
            "$.classrooms[0].nameEdited",
            "true or false",
            "a string"),
        Arguments.of(
            "{\"version\": 1, \"contacts\": [{\"id\": \"p\", \"links\": [{\"studentId\": \"s\"}]}]}",
            "$.contacts[0].links[0].addedBy",
            "a value: the field is required",
            "none"),
        Arguments.of(
            "{\"version\": 1, \"baseline\": {}}",
            "$.baseline.sectionIds",
            "a value: the field is required",
            "none"));
  }

  @ParameterizedTest
  @MethodSource("invalidDocuments")
  void namesThePathAndWhatWasExpected(String json, String path, String expected, String found) {
    assertThatThrownBy(() -> AppStateJson.fromJson(json))
        .isInstanceOfSatisfying(
            JsonFormatException.class,
            e -> {
              assertThat(e.path()).isEqualTo(path);
              assertThat(e.expected()).isEqualTo(expected);
              assertThat(e.found()).isEqualTo(found);
            })
        .hasMessage(path + ": expected " + expected + "; found " + found);
  }

  @Test
  void namesTheLineAndColumnOfMalformedJson() {
    assertThatThrownBy(() -> AppStateJson.fromJson("{\"version\": 1, \"schools\": [}"))
        .isInstanceOfSatisfying(
            JsonFormatException.class,
            e -> {
              assertThat(e.path()).isEqualTo("$.schools[0]");
              assertThat(e.expected()).isEqualTo("well-formed JSON");
              assertThat(e.found())
                  .isEqualTo("malformed JSON at line 1 column 28 (expected a value)");
            });
    assertThatThrownBy(() -> AppStateJson.fromJson("{version: 1}"))
        .hasMessage(
            "$: expected well-formed JSON; found malformed JSON at line 1 column 2 (expected a name in "
                + "double quotes)");
    assertThatThrownBy(() -> AppStateJson.fromJson("{\"version\": 1, \"schools\": ["))
        .hasMessage("$.schools[0]: expected more JSON; found the end of the input");
  }

  @Test
  void neverRepeatsATextValueOfTheDocument() {
    String[] documents = {
      "{\"version\": 1, \"contacts\": [{\"id\": \"p1\", \"status\": \"jane@example.com\"}]}",
      "{\"version\": 1, \"staff\": [{\"id\": \"t1\", \"districtAccess\": \"Jane Roe\"}]}",
      "{\"version\": 1, \"classrooms\": ["
          + CLASSROOM
          + ", \"archive\": {\"by\": \"SYNC\", \"at\": \"Jane\"}}]}",
    };
    for (String json : documents) {
      assertThatThrownBy(() -> AppStateJson.fromJson(json))
          .isInstanceOf(JsonFormatException.class)
          .satisfies(e -> assertThat(e.getMessage()).doesNotContain("Jane", "jane"))
          .satisfies(e -> assertThat(e.getCause()).isNull());
    }
  }

  @Test
  void refusesToWriteAnEmptyIdBeforeWritingAnything() {
    AppState state =
        AppState.builder()
            .addStudents(StudentRecord.builder().id("st1").build())
            .addStudents(StudentRecord.builder().id("st2").sourceId("").build())
            .build();
    StringWriter out = new StringWriter();

    assertThatThrownBy(() -> AppStateJson.write(state, out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "$.students[1].sourceId is empty; the app-state format holds only non-empty ids");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void refusesToWriteASourceSchoolIdTwice() {
    AppState state =
        AppState.builder()
            .addSchools(AppSchool.builder().id("s1").addSourceSchoolIds("c1", "c1").build())
            .build();

    assertThatThrownBy(() -> AppStateJson.toJson(state))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("$.schools[0].sourceSchoolIds[1] repeats an earlier id");
  }

  @Test
  void refusesNullArguments() {
    assertThatThrownBy(() -> AppStateJson.read((Reader) null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("in must not be null");
    assertThatThrownBy(() -> AppStateJson.read((InputStream) null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("in must not be null");
    assertThatThrownBy(() -> AppStateJson.fromJson(null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> AppStateJson.write(null, new StringWriter()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("state must not be null");
    assertThatThrownBy(() -> AppStateJson.write(AppState.empty(), null))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("out must not be null");
  }

  static String golden(String name) throws IOException {
    try (InputStream in = AppStateJsonTest.class.getResourceAsStream(name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
