package com.classtag.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.classtag.clever.testing.district.GeneratedDistrict;
import com.classtag.examples.demo.DemoDistrict;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code audit --demo} end to end, and the plan's audit section: the seeded demo district's sharing
 * mistakes come out as findings, and findings never change the exit code.
 */
class AuditCommandDemoTest {
  private static final GeneratedDistrict DISTRICT =
      DemoDistrict.generate(DemoDistrict.DEFAULT_STUDENTS);
  private static CliRun json;

  @TempDir Path dir;

  @BeforeAll
  static void auditOnce() {
    json = CliRun.run("audit", "--demo", "--format", "json");
  }

  @Test
  void theSeededMistakesAreFoundAndTheExitCodeIsZero() {
    assertThat(json.exitCode()).as(json.err()).isZero();
    JsonObject report = JsonParser.parseString(json.out()).getAsJsonObject();
    assertThat(report.get("schemaVersion").getAsInt()).isEqualTo(1);
    assertThat(report.getAsJsonObject("totals").get("schools").getAsInt()).isEqualTo(4);
    assertThat(report.getAsJsonObject("totals").get("students").getAsInt()).isEqualTo(1_500);

    JsonObject school = finding(report, "SCHOOL_NOT_MAPPED", null);
    assertThat(ids(school)).containsExactly(DISTRICT.schoolId(3));
    JsonObject ell = finding(report, "STATUS_NOT_SHARED", "ELL");
    assertThat(ell.get("count").getAsInt()).isEqualTo(1_500);
    assertThat(ell.get("severity").getAsString()).isEqualTo("FUNCTION");
    assertThat(finding(report, "EXTENSION_FIELD_NOT_CARRIED", "locker").get("count").getAsInt())
        .isEqualTo(1_500);
    JsonObject emergency = finding(report, "CONTACT_TYPE_FILTERED", "Emergency");
    assertThat(emergency.get("severity").getAsString()).isEqualTo("PRIVACY");
    assertThat(emergency.get("remedy").getAsString()).contains("Edit Contact Fields");
    assertThat(ids(emergency))
        .hasSizeLessThanOrEqualTo(20)
        .allSatisfy(id -> assertThat(id).hasSize(24));
    assertThat(codes(report))
        .doesNotContain(
            "STATUS_NOT_SHARED:FRL",
            "STATUS_NOT_SHARED:IEP",
            "EXTENSION_FIELD_NOT_CARRIED:bus_route",
            "EXTENSION_FIELD_NOT_CARRIED:homeroom");
    assertThat(json.err()).contains("Sharing audit: ");
  }

  @Test
  void textNamesEachFindingWithItsFix() {
    CliRun text = CliRun.run("audit", "--demo");

    assertThat(text.exitCode()).isZero();
    assertThat(text.out())
        .startsWith("Sharing audit: ")
        .contains(
            "Overshared (privacy)",
            "Missing (function)",
            "  SCHOOL_NOT_MAPPED: ",
            "    Fix: ",
            "Edit Extension Fields");
    assertThat(text.out()).doesNotContain("@mail.example.com", "@students.maplevalley.example.org");
  }

  @Test
  void writesTheReportToAFile() throws IOException {
    Path out = dir.resolve("audit.json");

    CliRun run = CliRun.run("audit", "--demo", "--format", "json", "--out", out.toString());

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).isEmpty();
    assertThat(Files.readString(out, StandardCharsets.UTF_8)).isEqualTo(json.out());
  }

  @Test
  void thePlansTextEndsWithTheAuditAndItsJsonStaysThePlanAlone() {
    CliRun plan = CliRun.run("plan", "--demo");
    CliRun text = CliRun.run("audit", "--demo");

    assertThat(plan.exitCode()).isZero();
    assertThat(plan.out()).endsWith(text.out());
    assertThat(plan.err())
        .contains("Sharing audit: ")
        .contains("Run the audit command for the details");
  }

  @Test
  void aBaselineIsRefusedAndHelpIsPrinted() {
    CliRun baseline = CliRun.run("audit", "--demo", "--baseline", dir.resolve("b.json").toString());
    CliRun help = CliRun.run("audit", "--help");

    assertThat(baseline.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(baseline.err()).contains("--baseline only applies to plan");
    assertThat(help.exitCode()).isZero();
    assertThat(help.out()).startsWith("usage: clever-sync audit");
  }

  @Test
  void withoutATokenTheAuditSaysHowToGiveOne() {
    CliRun run = CliRun.run(Map.of(), "audit");

    assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
    assertThat(run.err()).contains("no Clever token");
  }

  private static JsonObject finding(JsonObject report, String code, String subject) {
    for (var element : report.getAsJsonArray("findings")) {
      JsonObject f = element.getAsJsonObject();
      if (f.get("code").getAsString().equals(code)
          && (subject == null
              || (f.has("subject") && f.get("subject").getAsString().equals(subject)))) {
        return f;
      }
    }
    throw new AssertionError("no " + code + " " + subject + " finding in " + codes(report));
  }

  private static List<String> codes(JsonObject report) {
    List<String> codes = new ArrayList<>();
    for (var element : report.getAsJsonArray("findings")) {
      JsonObject f = element.getAsJsonObject();
      codes.add(
          f.get("code").getAsString()
              + (f.has("subject") ? ":" + f.get("subject").getAsString() : ""));
    }
    return codes;
  }

  private static List<String> ids(JsonObject finding) {
    List<String> ids = new ArrayList<>();
    JsonArray array = finding.getAsJsonArray("sampleIds");
    array.forEach(id -> ids.add(id.getAsString()));
    return ids;
  }
}
