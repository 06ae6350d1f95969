package com.classtag.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.classtag.clever.client.CleverClient;
import com.classtag.clever.client.incremental.BaselineFile;
import com.classtag.clever.model.RosterSnapshot;
import com.classtag.clever.model.baseline.Baseline;
import com.classtag.clever.testing.district.GeneratedDistrict;
import com.classtag.clever.testing.standin.ChangingDistrict;
import com.classtag.clever.testing.standin.CleverStandIn;
import com.classtag.examples.demo.DemoDistrict;
import com.classtag.sync.plan.Plan;
import com.classtag.sync.plan.PlanJson;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code plan --baseline FILE}: a full read the first time, Clever's events after that, a full read
 * again whenever the file or its cursor cannot be trusted, and the same plan either way.
 */
class PlanCommandBaselineTest {
  private static final GeneratedDistrict DEMO =
      DemoDistrict.generate(DemoDistrict.DEFAULT_STUDENTS);

  /** The demo district's newest event: the cursor a full read of it takes. */
  private static final String DEMO_CURSOR = "65a0b1c20e01000005dc0005";

  private static final Clock CLOCK =
      Clock.fixed(Instant.parse("2026-10-02T05:00:00Z"), ZoneOffset.UTC);

  @TempDir Path dir;

  @Test
  void theFirstRunReadsEverythingAndTheNextReadsOnlyEventsForTheSamePlan() {
    Path baseline = dir.resolve("district.baseline.gz");

    CliRun first = CliRun.plan("--demo", "--format", "json", "--baseline", baseline.toString());
    CliRun second = CliRun.plan("--demo", "--format", "json", "--baseline", baseline.toString());

    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.err())
        .contains(
            "roster: full read; there is no baseline file: nothing at "
                + baseline.toAbsolutePath()
                + "; read the whole district with cursor "
                + DEMO_CURSOR)
        .containsPattern("Read 3,655 records in 6 pages");
    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(second.err())
        .contains(
            "roster: read 0 events after the saved baseline; no events after cursor " + DEMO_CURSOR)
        .contains("is current and was left as it is")
        .doesNotContain("records in");
    assertThat(second.out()).isEqualTo(first.out());
    assertThat(first.out()).isEqualTo(CliRun.plan("--demo", "--format", "json").out());
    Baseline saved = BaselineFile.at(baseline).load().orElseThrow();
    assertThat(saved.header().eventsCursor()).contains(DEMO_CURSOR);
    assertThat(saved.header().districtId()).isEqualTo(DEMO.districtId());
    assertThat(saved.roster().users()).hasSize(DEMO.staff() + DEMO.students() + DEMO.contacts());
  }

  @Test
  void changesInTheDistrictArriveAsEventsAndPlanAsAFullReadWould() {
    Path baseline = dir.resolve("district.baseline.gz");
    ChangingDistrict district = ChangingDistrict.of(DEMO, CLOCK);
    CliRun before =
        CliRun.planServing(
            district, "--demo", "--format", "json", "--baseline", baseline.toString());
    String newStudent = DEMO.studentId(DEMO.students());
    String enrolledIn = DEMO.sectionId(4);
    String removed = DEMO.sectionId(10);
    String renamedStudent = DEMO.studentId(200);

    JsonObject student = district.record("users", DEMO.studentId(100));
    student.addProperty("id", newStudent);
    student.addProperty("email", "new.student@students.maplevalley.example.org");
    JsonObject studentRole = student.getAsJsonObject("roles").getAsJsonObject("student");
    studentRole.addProperty("sis_id", "1001500");
    studentRole.addProperty("student_number", "30001500");
    studentRole.remove("legacy_id");
    studentRole.remove("email");
    studentRole.getAsJsonObject("credentials").addProperty("district_username", "new1500");
    district.create("users", student);
    district.update(
        "sections", enrolledIn, section -> section.getAsJsonArray("students").add(newStudent));
    district.delete("sections", removed);
    district.update(
        "users",
        renamedStudent,
        user -> user.getAsJsonObject("name").addProperty("last", "Okafor"));

    CliRun after =
        CliRun.planServing(
            district, "--demo", "--format", "json", "--baseline", baseline.toString());
    CliRun fullRead = CliRun.planServing(district, "--demo", "--format", "json");

    assertThat(before.exitCode()).as(before.err()).isZero();
    assertThat(after.exitCode()).as(after.err()).isZero();
    assertThat(after.err())
        .contains(
            "roster: read 4 events after the saved baseline; applied 4 of 4 events after "
                + "cursor "
                + DEMO_CURSOR
                + " (0 skipped); the new cursor is 65a0b1c20e01000005dc0009");
    assertThat(after.out()).isEqualTo(fullRead.out());
    List<String> changes = describe(PlanJson.fromJson(after.out()));
    List<String> earlier = describe(PlanJson.fromJson(before.out()));
    assertThat(changes)
        .contains(
            "CREATE_STUDENT " + newStudent,
            "ADD_STUDENT " + newStudent,
            "ARCHIVE_CLASSROOM " + removed,
            "UPDATE_STUDENT " + renamedStudent);
    assertThat(earlier)
        .doesNotContain(
            "CREATE_STUDENT " + newStudent,
            "ARCHIVE_CLASSROOM " + removed,
            "UPDATE_STUDENT " + renamedStudent);
    assertThat(BaselineFile.at(baseline).load().orElseThrow().roster())
        .isEqualTo(snapshotOf(district));
  }

  @Test
  void aCorruptBaselineIsReadAgainInFullAndReplaced() throws IOException {
    Path baseline = Files.writeString(dir.resolve("district.baseline.gz"), "not a baseline\n");

    CliRun run = CliRun.plan("--demo", "--baseline", baseline.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err())
        .contains("roster: full read; the baseline file cannot be read: baseline line 1: ")
        .contains("read the whole district with cursor " + DEMO_CURSOR);
    assertThat(BaselineFile.at(baseline).load()).isPresent();
  }

  @Test
  void aTruncatedBaselineIsReadAgainInFullNamingTheLine() throws IOException {
    Path baseline = dir.resolve("district.baseline.gz");
    assertThat(CliRun.plan("--demo", "--baseline", baseline.toString()).exitCode()).isZero();
    byte[] whole = Files.readAllBytes(baseline);
    Files.write(baseline, Arrays.copyOf(whole, whole.length / 2));

    CliRun run = CliRun.plan("--demo", "--baseline", baseline.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err())
        .containsPattern(
            "roster: full read; the baseline file cannot be read: baseline line [0-9]+: ");
    assertThat(BaselineFile.at(baseline).load()).isPresent();
  }

  @Test
  void aBaselineOfADemoDistrictOfAnotherSizeIsNotAppliedToThisOne() {
    Path baseline = dir.resolve("district.baseline.gz");
    assertThat(
            CliRun.plan("--demo", "--students", "90", "--baseline", baseline.toString()).exitCode())
        .isZero();

    CliRun run = CliRun.plan("--demo", "--format", "json", "--baseline", baseline.toString());

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.err())
        .contains("roster: full read; Clever no longer knows the baseline's events cursor");
    assertThat(run.out()).isEqualTo(CliRun.plan("--demo", "--format", "json").out());
  }

  @Test
  void againstAServerAnExpiredCursorLeadsToAFullReadThenEventsAgain() {
    Path baseline = dir.resolve("district.baseline.gz");
    ChangingDistrict district = ChangingDistrict.of(DemoDistrict.generate(90), CLOCK);
    try (CleverStandIn clever = CleverStandIn.builder(district).token("server-token").start()) {
      String[] args = {
        "--base-url",
        clever.baseUrl().toString(),
        "--token",
        "server-token",
        "--now",
        "2026-10-02T06:00:00Z",
        "--format",
        "json",
        "--baseline",
        baseline.toString()
      };
      CliRun first = CliRun.plan(args);
      district.expireEvents();
      String event =
          district.update(
              "schools", DEMO.schoolId(0), s -> s.addProperty("phone", "(425) 555-0111"));

      CliRun expired = CliRun.plan(args);
      CliRun current = CliRun.plan(args);

      assertThat(first.exitCode()).as(first.err()).isZero();
      assertThat(first.err()).contains("roster: full read; there is no baseline file");
      assertThat(expired.exitCode()).as(expired.err()).isZero();
      assertThat(expired.err())
          .contains(
              "roster: full read; Clever no longer knows the baseline's events cursor: "
                  + "Clever no longer knows events cursor 65a0b1c20e010000005a0005")
          .contains("read the whole district with cursor " + event);
      assertThat(current.err())
          .contains(
              "roster: read 0 events after the saved baseline; no events after "
                  + "cursor "
                  + event);
      assertThat(current.out()).isEqualTo(expired.out());
    }
  }

  @Test
  void aBaselinePathThatCannotBeWrittenExits2BeforeReadingClever() throws IOException {
    Path plainFile = Files.writeString(dir.resolve("plain.txt"), "x");
    Path underAFile = plainFile.resolve("district.baseline.gz");

    CliRun underFile = CliRun.plan("--demo", "--baseline", underAFile.toString());
    CliRun directory = CliRun.plan("--demo", "--baseline", dir.toString());
    CliRun missingDirectory =
        CliRun.plan("--demo", "--baseline", dir.resolve("nope/b.gz").toString());

    assertError(
        underFile,
        "option --baseline: "
            + underAFile
            + ": the directory "
            + plainFile
            + " is not a directory");
    assertError(directory, "option --baseline: " + dir + " is a directory");
    assertError(
        missingDirectory,
        "option --baseline: "
            + dir.resolve("nope/b.gz")
            + ": the directory "
            + dir.resolve("nope")
            + " does not exist");
  }

  @Test
  void aBaselineThatCannotBeSavedExits2NamingItAndPrintsNoPlan() throws IOException {
    // A name the file system takes, but too long for the temporary file the atomic save writes
    // first.
    Path baseline = dir.resolve("b".repeat(250));

    CliRun run = CliRun.plan("--demo", "--baseline", baseline.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.err())
        .contains("error: option --baseline: " + baseline + ": cannot be written (");
    assertThat(run.out()).isEmpty();
    try (var files = Files.list(dir)) {
      assertThat(files).isEmpty();
    }
  }

  @Test
  void aCleverFailureExits3AndLeavesTheBaselineAsItWas() throws IOException {
    Path baseline = dir.resolve("district.baseline.gz");
    assertThat(CliRun.plan("--demo", "--baseline", baseline.toString()).exitCode()).isZero();
    byte[] saved = Files.readAllBytes(baseline);

    CliRun run = CliRun.plan("--demo", "--faults", "503x1000@1", "--baseline", baseline.toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(3);
    assertThat(run.err()).contains("Clever kept failing with server errors");
    assertThat(run.out()).isEmpty();
    assertThat(Files.readAllBytes(baseline)).isEqualTo(saved);
  }

  @Test
  void theBaselineAndThePlanCannotShareAFile() {
    Path file = dir.resolve("same");

    assertError(
        CliRun.plan("--demo", "--baseline", file.toString(), "--out", file.toString()),
        "options --baseline and --out name the same file");
  }

  @Test
  void helpDescribesTheBaseline() {
    assertThat(CliRun.plan("--help").out())
        .contains("[--baseline=FILE]")
        .contains("--baseline=FILE   Read the " + "district incrementally")
        .contains("docs/baseline.md");
  }

  private static void assertError(CliRun run, String message) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.err())
        .contains("error: " + message)
        .doesNotContain("Started the Clever stand-in");
    assertThat(run.out()).isEmpty();
  }

  /**
   * Each change of a plan as its kind and the Clever ids it stems from, such as the section or
   * student.
   */
  private static List<String> describe(Plan plan) {
    return plan.changes().stream()
        .flatMap(decision -> decision.sourceIds().stream().map(id -> decision.kind() + " " + id))
        .collect(Collectors.toList());
  }

  private static RosterSnapshot snapshotOf(ChangingDistrict district) {
    try (CleverStandIn clever = CleverStandIn.builder(district).token("t").start();
        CleverClient client =
            CleverClient.builder().baseUrl(clever.baseUrl().toString()).token("t").build()) {
      return client.snapshot();
    }
  }
}
