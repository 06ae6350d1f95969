package com.classtag.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.classtag.sync.plan.Decision;
import com.classtag.sync.plan.DecisionKind;
import com.classtag.sync.plan.HoldReason;
import com.classtag.sync.plan.Plan;
import com.classtag.sync.plan.PlanJson;
import com.classtag.sync.plan.PlanText;
import com.classtag.sync.plan.ReasonCode;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The {@code plan --demo} command line end to end: formats, output file, time, faults and the
 * safety exit code. What the demo plan contains is asserted in {@code DemoPlanTest}.
 */
class PlanCommandDemoTest {
  private static CliRun json;

  @TempDir Path dir;

  @BeforeAll
  static void planOnce() {
    json = CliRun.plan("--demo", "--format", "json");
  }

  @Test
  void theDemoIsReadyAndReportsProgressOnStandardError() {
    assertThat(json.exitCode()).as(json.err()).isZero();
    assertThat(json.err())
        .contains(
            "Started the Clever stand-in with the demo district (1,500 students, 60 sections)")
        .contains("Events cursor before the read: 65a0b1c20e01000005dc0005")
        .containsPattern("Read 3,655 records in 6 pages \\([0-9,]+ records/s\\)\\.");
  }

  @Test
  void textShowsThePlannersSummaryThenDecisionsBySchoolAndClassroom() {
    CliRun text = CliRun.plan("--demo");
    Plan plan = PlanJson.fromJson(json.out());

    assertThat(text.exitCode()).isZero();
    assertThat(text.out()).startsWith(PlanText.render(plan));
    assertThat(text.out())
        .contains(PlanText.summary(plan))
        .contains("School maple:")
        .contains("Classroom ");
  }

  @Test
  void writesTheJsonPlanToAFileThatReadsBack() throws IOException {
    Path out = dir.resolve("plan.json");

    CliRun run = CliRun.plan("--demo", "--format", "json", "--out", out.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(run.err()).contains("Wrote the plan to " + out);
    try (Reader reader = Files.newBufferedReader(out, StandardCharsets.UTF_8)) {
      assertThat(PlanJson.read(reader)).isEqualTo(PlanJson.fromJson(json.out()));
    }
    try (var files = Files.list(dir)) {
      assertThat(files).containsExactly(out);
    }
  }

  @Test
  void theSamePlanComesOutWhateverFaultsTheStandInInjects() {
    CliRun faulty =
        CliRun.plan("--demo", "--format", "json", "--faults", "429x3@2,503x2@6,drop@9,cut@11");

    assertThat(faulty.exitCode()).as(faulty.err()).isZero();
    assertThat(faulty.err())
        .contains("injecting 7 faults")
        .contains("retrying GET")
        .contains("status 429")
        .contains("status 503")
        .contains("I/O");
    assertThat(faulty.out()).isEqualTo(json.out());
  }

  @Test
  void nowDecidesWhetherTheSummerTermHasEnded() {
    Plan inJuly =
        PlanJson.fromJson(
            CliRun.plan("--demo", "--format", "json", "--now", "2026-07-15T06:00:00Z").out());
    Plan inOctober = PlanJson.fromJson(json.out());

    assertThat(reasons(inOctober)).contains(ReasonCode.TERM_ENDED);
    assertThat(reasons(inJuly)).doesNotContain(ReasonCode.TERM_ENDED);
  }

  @Test
  void aPlanHeldByTheDeletionThresholdExits4AndSaysWhy() throws IOException {
    Path settings =
        Files.writeString(
            dir.resolve("strict.json"),
            "{\"version\": 1, \"contactTypes\": [\"Parent/Guardian\", \"Primary\"], "
                + "\"contactRelationships\": [\"Parent\", \"Grandparent\"], \"archiveEndedTerms\": true, "
                + "\"deletionThreshold\": {\"percent\": 0, \"floor\": 0}}");

    CliRun run = CliRun.plan("--demo", "--format", "json", "--settings", settings.toString());
    Plan plan = PlanJson.fromJson(run.out());

    assertThat(run.exitCode()).isEqualTo(4);
    assertThat(plan.holds())
        .isNotEmpty()
        .allSatisfy(hold -> assertThat(hold.reason()).isEqualTo(HoldReason.DELETION_THRESHOLD));
    assertThat(plan.held()).extracting(Decision::kind).contains(DecisionKind.ARCHIVE_CLASSROOM);
    assertThat(run.err())
        .contains("The plan is held by a safety rule")
        .contains(plan.holds().get(0).explanation());
  }

  private static java.util.List<ReasonCode> reasons(Plan plan) {
    return plan.decisions().stream().map(Decision::reason).toList();
  }
}
