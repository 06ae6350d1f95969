package com.classtag.examples.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.classtag.sync.state.AccessRole;
import com.classtag.sync.state.Actor;
import com.classtag.sync.state.AppState;
import com.classtag.sync.state.ArchiveReason;
import com.classtag.sync.state.Classroom;
import com.classtag.sync.state.TeacherRole;
import com.classtag.sync.state.UserStatus;
import java.io.StringReader;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class AppStateFileTest {
  private static final String FULL = """
      {
        "version": 1,
        "schools": [{"id": "s1", "name": "Maple", "sourceSchoolIds": ["c-s1"]}],
        "classrooms": [{
          "id": "c1", "schoolId": "s1", "name": "Homeroom K", "nameEdited": true, "grade": "Kindergarten",
          "sections": [{"id": "sec1", "sisId": "SEC-1"}],
          "archive": {"by": "SYNC", "at": "2026-09-20T06:00:00Z", "reason": "LEFT_ROSTER"},
          "teachers": [{"staffId": "t1", "role": "CO_TEACHER", "addedBy": "PERSON"}],
          "students": [{"studentId": "st1", "addedBy": "SYNC"}]
        }],
        "students": [{"id": "st1", "sourceId": "c-st1", "displayId": "1001", "extensionFields": {"bus": "12B"}}],
        "staff": [{"id": "t1", "sourceId": "c-t1", "status": "JOINED", "districtAccess": "SYNC",
                   "schoolAccess": [{"schoolId": "s1", "role": "ADMIN", "addedBy": "SYNC"}]}],
        "contacts": [{"id": "p1", "sourceId": "c-p1", "smsPhone": "5550000001",
                      "links": [{"studentId": "st1", "type": "Parent/Guardian", "relationship": "Parent",
                                 "addedBy": "SYNC"}]}],
        "baseline": {"sectionIds": ["sec1"]}
      }
      """;

  @Test
  void readsEveryPartOfTheFormat() {
    AppState state = AppStateFile.read("state.json", new StringReader(FULL));

    Classroom classroom = state.classrooms().get(0);
    assertThat(state.schools().get(0).sourceSchoolIds()).containsExactly("c-s1");
    assertThat(classroom.nameEdited()).isTrue();
    assertThat(classroom.archive().orElseThrow().by()).isEqualTo(Actor.SYNC);
    assertThat(classroom.archive().orElseThrow().at()).isEqualTo(Instant.parse("2026-09-20T06:00:00Z"));
    assertThat(classroom.archive().orElseThrow().reason()).contains(ArchiveReason.LEFT_ROSTER);
    assertThat(classroom.teachers().get(0).role()).isEqualTo(TeacherRole.CO_TEACHER);
    assertThat(classroom.teachers().get(0).addedBy()).isEqualTo(Actor.PERSON);
    assertThat(state.students().get(0).extensionFields()).containsEntry("bus", "12B");
    assertThat(state.staff().get(0).status()).isEqualTo(UserStatus.JOINED);
    assertThat(state.staff().get(0).districtAccess()).contains(Actor.SYNC);
    assertThat(state.staff().get(0).schoolAccess().get(0).role()).isEqualTo(AccessRole.ADMIN);
    assertThat(state.contacts().get(0).status()).isEqualTo(UserStatus.INVITED);
    assertThat(state.contacts().get(0).links().get(0).relationship()).contains("Parent");
    assertThat(state.baseline().orElseThrow().sectionIds()).containsExactly("sec1");
  }

  @Test
  void readsAMinimalFileAsAnEmptyStateWithoutBaseline() {
    AppState state = AppStateFile.read("state.json", new StringReader("{\"version\": 1}"));

    assertThat(state).isEqualTo(AppState.empty());
  }

  @Test
  void namesTheFileAndPathOfAnUnknownEnumValue() {
    String json = FULL.replace("\"role\": \"CO_TEACHER\"", "\"role\": \"assistant\"");

    assertThatThrownBy(() -> AppStateFile.read("state.json", new StringReader(json)))
        .isInstanceOf(InputFileException.class)
        .hasMessage("state.json: $.classrooms[0].teachers[0].role: must be one of \"PRIMARY\", \"CO_TEACHER\"; "
            + "was \"assistant\"");
  }

  @Test
  void namesEveryMissingRequiredField() {
    String json = "{\"version\": 1, \"classrooms\": [{\"id\": \"c1\"}]}";

    assertThatThrownBy(() -> AppStateFile.read("state.json", new StringReader(json)))
        .isInstanceOfSatisfying(InputFileException.class, e -> assertThat(e.paths())
            .containsExactly("$.classrooms[0].schoolId", "$.classrooms[0].name"))
        .hasMessageContaining("state.json has 2 problems")
        .hasMessageContaining("$.classrooms[0].schoolId: is required but missing");
  }

  @Test
  void rejectsUnknownFieldsSoTyposDoNotPassSilently() {
    String json = "{\"version\": 1, \"schools\": [{\"id\": \"s1\", \"cleverIds\": [\"x\"]}]}";

    assertThatThrownBy(() -> AppStateFile.read("state.json", new StringReader(json)))
        .hasMessageStartingWith("state.json: $.schools[0].cleverIds: is not a known field; known fields are id, "
            + "name, sourceSchoolIds");
  }

  @Test
  void rejectsAWrongVersion() {
    assertThatThrownBy(() -> AppStateFile.read("state.json", new StringReader("{\"version\": 2}")))
        .hasMessage("state.json: $.version: must be 1; was 2");
  }

  @Test
  void rejectsABadTimestamp() {
    String json = FULL.replace("2026-09-20T06:00:00Z", "yesterday");

    assertThatThrownBy(() -> AppStateFile.read("state.json", new StringReader(json)))
        .hasMessageStartingWith("state.json: $.classrooms[0].archive.at: must be a date and time");
  }

  @Test
  void neverRepeatsAnEmailOrPhoneInAMessage() {
    String json = "{\"version\": 1, \"contacts\": [{\"id\": \"p1\", \"status\": \"jane@example.com\"}]}";

    assertThatThrownBy(() -> AppStateFile.read("state.json", new StringReader(json)))
        .hasMessageContaining("$.contacts[0].status")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("jane"));
  }

  @Test
  void namesTheLocationOfMalformedJson() {
    assertThatThrownBy(() -> AppStateFile.read("state.json", new StringReader("{\"version\": 1, \"schools\": [}")))
        .isInstanceOf(InputFileException.class)
        .hasMessageStartingWith("state.json: $.schools[0]: malformed JSON");
  }

  @Test
  void rejectsAKeyGivenTwice() {
    assertThatThrownBy(() -> AppStateFile.read("state.json", new StringReader("{\"version\": 1, \"version\": 1}")))
        .hasMessage("state.json: $.version: the key 'version' is given twice");
  }

  @Test
  void rejectsADocumentThatIsNotAnObject() {
    assertThatThrownBy(() -> AppStateFile.read("state.json", new StringReader("[]")))
        .hasMessage("state.json: $: must be an object; was an array");
  }
}
