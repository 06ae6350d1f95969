package com.classtag.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.classtag.clever.testing.district.GeneratedDistrict;
import com.classtag.examples.cli.Cli;
import com.classtag.examples.cli.Terminal;
import com.classtag.sync.json.AppStateJson;
import com.classtag.sync.plan.Decision;
import com.classtag.sync.plan.DecisionKind;
import com.classtag.sync.plan.Plan;
import com.classtag.sync.plan.PlanJson;
import com.classtag.sync.plan.PlanText;
import com.classtag.sync.plan.ReasonCode;
import com.classtag.sync.plan.Warning;
import com.classtag.sync.plan.WarningCode;
import com.classtag.sync.state.AppState;
import com.classtag.sync.state.Classroom;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code plan --demo} end to end, through the command line, the stand-in over HTTP, the client and
 * the planner: exit code 0, and exactly the decisions and warnings the bundled district and app
 * state imply.
 */
class DemoPlanTest {
  private static final GeneratedDistrict DISTRICT =
      DemoDistrict.generate(DemoDistrict.DEFAULT_STUDENTS);
  private static int exitCode;
  private static String stderr;
  private static Plan plan;
  private static AppState state;

  @BeforeAll
  static void runTheDemo() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    exitCode =
        Cli.run(
            new String[] {"plan", "--demo", "--format", "json"},
            new Terminal(
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                Map.of()));
    stderr = err.toString(StandardCharsets.UTF_8);
    plan = PlanJson.fromJson(out.toString(StandardCharsets.UTF_8));
    try (Reader reader = DemoFiles.APP_STATE.open()) {
      state = AppStateJson.read(reader);
    }
  }

  @Test
  void theDemoPlanIsReadyAndHeldByNothing() {
    assertThat(exitCode).as(stderr).isZero();
    assertThat(plan.holds()).isEmpty();
    assertThat(plan.held()).isEmpty();
    assertThat(plan.generatedAt()).hasToString("2026-10-01T06:00:00Z");
    assertThat(stderr).contains("Plan ready. " + PlanText.summary(plan));
  }

  @Test
  void theOnlyChangesAreTheOnesTheDemoStoriesImply() {
    String swapA = classroomOf(DemoScenario.SWAP_SECTION_A);
    String swapB = classroomOf(DemoScenario.SWAP_SECTION_B);
    String teacherOfA = staffOf(DISTRICT.staffId(DemoScenario.SWAP_TEACHER_A));
    String teacherOfB = staffOf(DISTRICT.staffId(DemoScenario.SWAP_TEACHER_B));
    String moved = studentOf(DemoScenario.MOVED_STUDENT);

    assertThat(plan.changes().stream().map(DemoPlanTest::describe).collect(Collectors.toList()))
        .containsExactlyInAnyOrder(
            // The section left the roster, so its classroom is archived.
            "ARCHIVE_CLASSROOM SECTION_LEFT_ROSTER " + DemoScenario.DEPARTED_CLASSROOM + " -",
            // Last summer's section is still in the roster, but its term ended and the setting is
            // on.
            "ARCHIVE_CLASSROOM TERM_ENDED " + classroomOf(DemoScenario.SUMMER_SECTION) + " -",
            // The two homerooms swapped teachers.
            "ADD_TEACHER IN_SECTION " + swapA + " " + teacherOfA,
            "REMOVE_TEACHER NOT_IN_SECTION " + swapA + " " + teacherOfB,
            "ADD_TEACHER IN_SECTION " + swapB + " " + teacherOfB,
            "REMOVE_TEACHER NOT_IN_SECTION " + swapB + " " + teacherOfA,
            // A student moved from homeroom 0 to homeroom 1.
            "REMOVE_STUDENT NOT_IN_SECTION " + classroomOf(0) + " " + moved,
            "ADD_STUDENT IN_SECTION " + classroomOf(1) + " " + moved,
            // A contact gained an email; another was re-identified by Clever.
            "UPDATE_CONTACT ROSTER_CHANGED - "
                + contactOf(DISTRICT.contactId(DemoScenario.CONTACT_WITH_NEW_EMAIL)),
            "UPDATE_CONTACT REIDENTIFIED - "
                + contactOf(DISTRICT.departedUserId(DemoScenario.REIDENTIFIED_CONTACT_OLD_ID)));
  }

  @Test
  void theNewEmailAndTheNewIdAreWhatTheUpdatesSet() {
    Decision email = only(DecisionKind.UPDATE_CONTACT, ReasonCode.ROSTER_CHANGED);
    Decision rekey = only(DecisionKind.UPDATE_CONTACT, ReasonCode.REIDENTIFIED);

    assertThat(email.values()).containsOnlyKeys("email");
    assertThat(rekey.values())
        .containsEntry("sourceId", DISTRICT.contactId(DemoScenario.REIDENTIFIED_CONTACT));
  }

  @Test
  void manualArchivedByAPersonRenamedAndDuplicateClassroomsAreLeftAlone() {
    List<String> untouched =
        List.of(
            DemoScenario.MANUAL_CLASSROOMS.get(0),
            DemoScenario.MANUAL_CLASSROOMS.get(1),
            classroomOf(DemoScenario.ARCHIVED_BY_PERSON_SECTION),
            classroomOf(DemoScenario.RENAMED_SECTION),
            DemoScenario.DUPLICATE_CLASSROOM);

    assertThat(plan.decisions())
        .noneMatch(d -> d.classroomId().filter(untouched::contains).isPresent());
    assertThat(plan.decisions()).noneMatch(d -> d.kind() == DecisionKind.UNARCHIVE_CLASSROOM);
  }

  @Test
  void warnsAboutTheDuplicateTheReidentificationAndTheFeedsFaults() {
    assertThat(plan.warnings().stream().map(Warning::code).collect(Collectors.toList()))
        .containsExactlyInAnyOrder(
            WarningCode.UNKNOWN_TEACHER,
            WarningCode.UNKNOWN_STUDENT,
            WarningCode.SHARED_EMAIL,
            WarningCode.SHARED_EMAIL,
            WarningCode.SHARED_EMAIL,
            WarningCode.REIDENTIFIED,
            WarningCode.TOO_MANY_GUARDIANS,
            WarningCode.SECTION_LINKED_TWICE);
    assertThat(warning(WarningCode.SECTION_LINKED_TWICE).sourceIds())
        .contains(DISTRICT.sectionId(0));
    assertThat(warning(WarningCode.TOO_MANY_GUARDIANS).sourceIds()).contains(DISTRICT.studentId(7));
    assertThat(warning(WarningCode.UNKNOWN_TEACHER).sourceIds()).contains(DISTRICT.sectionId(38));
    assertThat(warning(WarningCode.UNKNOWN_STUDENT).sourceIds()).contains(DISTRICT.sectionId(40));
  }

  @Test
  void contactsTheSettingsDoNotSyncAreSkippedWithTheirReason() {
    Map<ReasonCode, Long> skips =
        plan.decisions().stream()
            .filter(d -> d.kind() == DecisionKind.SKIP)
            .collect(Collectors.groupingBy(Decision::reason, Collectors.counting()));

    assertThat(skips)
        .containsOnlyKeys(
            ReasonCode.CONTACT_TYPE_FILTERED,
            ReasonCode.CONTACT_RELATIONSHIP_FILTERED,
            ReasonCode.NO_USABLE_CREDENTIAL);
    assertThat(skips.values()).allSatisfy(count -> assertThat(count).isPositive());
  }

  @Test
  void theRosterWasReadOverHttpWithProgressReported() {
    assertThat(stderr)
        .contains("Started the Clever stand-in")
        .containsPattern("Read 3,655 records in 6 pages");
  }

  private static String describe(Decision decision) {
    return decision.kind()
        + " "
        + decision.reason()
        + " "
        + decision.classroomId().orElse("-")
        + " "
        + decision.targetId().orElse("-");
  }

  private static Decision only(DecisionKind kind, ReasonCode reason) {
    List<Decision> found =
        plan.decisions().stream().filter(d -> d.kind() == kind && d.reason() == reason).toList();
    assertThat(found).hasSize(1);
    return found.get(0);
  }

  private static Warning warning(WarningCode code) {
    return plan.warnings().stream().filter(w -> w.code() == code).findFirst().orElseThrow();
  }

  private static String classroomOf(int section) {
    String id = DISTRICT.sectionId(section);
    List<Classroom> linked =
        state.classrooms().stream()
            .filter(c -> c.sections().stream().anyMatch(s -> s.id().equals(id)))
            .filter(c -> !c.id().equals(DemoScenario.DUPLICATE_CLASSROOM))
            .toList();
    assertThat(linked).hasSize(1);
    return linked.get(0).id();
  }

  private static String studentOf(int student) {
    return state.students().stream()
        .filter(s -> s.sourceId().equals(Optional.of(DISTRICT.studentId(student))))
        .findFirst()
        .orElseThrow()
        .id();
  }

  private static String staffOf(String sourceId) {
    return state.staff().stream()
        .filter(s -> s.sourceId().equals(Optional.of(sourceId)))
        .findFirst()
        .orElseThrow()
        .id();
  }

  private static String contactOf(String sourceId) {
    return state.contacts().stream()
        .filter(c -> c.sourceId().equals(Optional.of(sourceId)))
        .findFirst()
        .orElseThrow()
        .id();
  }
}
