package com.classtag.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.classtag.clever.testing.district.GeneratedDistrict;
import com.classtag.clever.testing.standin.CleverData;
import com.classtag.clever.testing.standin.CleverStandIn;
import com.classtag.clever.testing.standin.Faults;
import com.classtag.clever.testing.standin.RecordSource;
import com.classtag.clever.testing.time.FakeClock;
import com.classtag.examples.demo.DemoDistrict;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way the command line refuses to run, and the exit code and message each gives. */
class PlanCommandErrorsTest {
  private static final GeneratedDistrict SMALL = DemoDistrict.generate(90);

  @TempDir Path dir;

  @Test
  void withoutArgumentsPrintsUsageAndExits2() {
    CliRun run = CliRun.run();

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("usage:").contains("plan").contains("serve");
  }

  @Test
  void helpExits0() {
    assertThat(CliRun.run("--help").exitCode()).isZero();
    CliRun planHelp = CliRun.plan("--help");
    assertThat(planHelp.exitCode()).isZero();
    assertThat(planHelp.out())
        .contains("--base-url")
        .contains("--demo")
        .contains("Exit codes")
        .contains("with --demo,")
        .contains("2026-10-01T06:00:00Z, the morning after")
        .doesNotContain("null");
  }

  @Test
  void anUnknownCommandExits2() {
    CliRun run = CliRun.run("apply");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("unknown command 'apply'");
  }

  @Test
  void anUnknownOptionExits2NamingIt() {
    assertError(CliRun.plan("--demo", "--dry-run"), "unknown option --dry-run");
  }

  @Test
  void anOptionWithoutItsValueExits2() {
    assertError(CliRun.plan("--demo", "--state"), "option --state needs a value");
  }

  @Test
  void anOptionGivenTwiceExits2() {
    assertError(
        CliRun.plan("--demo", "--format", "json", "--format", "text"),
        "option --format is given twice");
  }

  @Test
  void anUnknownFormatExits2() {
    assertError(
        CliRun.plan("--demo", "--format", "yaml"),
        "option --format must be text or json, was 'yaml'");
  }

  @Test
  void anUnreadableTimeExits2() {
    assertError(CliRun.plan("--demo", "--now", "tomorrow"), "option --now must be a date and time");
  }

  @Test
  void noTokenExits2() {
    assertError(
        CliRun.plan("--base-url", "https://api.clever.com"),
        "no Clever token: give --token or set CLEVER_TOKEN");
  }

  @Test
  void aBlankTokenExits2() {
    assertError(CliRun.plan("--token", " "), "option --token must not be blank");
  }

  @Test
  void demoRefusesAnotherServer() {
    assertError(
        CliRun.plan("--demo", "--base-url", "https://api.clever.com"),
        "option --base-url cannot be used with --demo");
    assertError(CliRun.plan("--demo", "--token", "x"), "option --token cannot be used with --demo");
  }

  @Test
  void standInOptionsNeedDemo() {
    assertError(
        CliRun.plan("--token", "t", "--students", "100"),
        "option --students only applies to the stand-in");
    assertError(
        CliRun.plan("--token", "t", "--faults", "503@1"),
        "option --faults only applies to the stand-in");
  }

  @Test
  void aBadStudentCountOrFaultScheduleExits2() {
    assertError(
        CliRun.plan("--demo", "--students", "many"), "option --students must be a whole number");
    assertError(CliRun.plan("--demo", "--faults", "418@1"), "option --faults: fault item '418@1'");
  }

  @Test
  void aMissingStateFileExits2NamingIt() {
    Path missing = dir.resolve("missing.json");

    assertError(
        CliRun.plan("--demo", "--state", missing.toString()),
        "option --state: " + missing + ": no such file");
  }

  @Test
  void anInvalidStateFileExits2NamingTheFileAndField() throws IOException {
    Path state =
        write(
            "state.json",
            "{\"version\": 1, \"classrooms\": [{\"id\": \"c\", \"schoolId\": \"s\", "
                + "\"name\": \"n\", \"archive\": {\"by\": \"robot\", \"at\": \"2026-09-01T00:00:00Z\"}}]}");

    assertError(
        CliRun.plan("--demo", "--state", state.toString()),
        state
            + ": $.classrooms[0].archive.by: expected one of \"SYNC\", \"PERSON\"; found a string that is none "
            + "of them");
  }

  @Test
  void aStateFileThatIsNotJsonExits2() throws IOException {
    Path state = write("state.json", "version: 1\n");

    assertError(
        CliRun.plan("--demo", "--state", state.toString()),
        state + ": $: expected well-formed JSON; found malformed JSON");
  }

  @Test
  void malformedJsonIsDescribedWithoutGsonsDeveloperHints() throws IOException {
    for (String text :
        List.of(
            "version: 1\n",
            "{\"version\": 1,}",
            "{\"version\": 01}",
            "{'version': 1}",
            "{\"version\": 1} trailing",
            "[1 2]",
            "{\"version\": 1")) {
      Path state = write("state.json", text);
      CliRun run = CliRun.plan("--demo", "--state", state.toString());
      assertThat(run.exitCode()).as(text).isEqualTo(2);
      assertThat(run.err())
          .as(text)
          .contains(state + ": $")
          .doesNotContain("setStrictness")
          .doesNotContain("Strictness")
          .doesNotContain("JsonReader")
          .doesNotContain("gson")
          .doesNotContain("troubleshooting");
    }
  }

  @Test
  void aFileThatIsNotUtf8SaysSo() throws IOException {
    Path state = dir.resolve("state.json");
    Files.write(state, new byte[] {'{', '"', 'v', (byte) 0xE9, '"', ':', '1', '}'});
    Path settings = dir.resolve("settings.json");
    Files.write(settings, new byte[] {'{', (byte) 0xFF, '}'});

    assertError(
        CliRun.plan("--demo", "--state", state.toString()),
        "option --state: " + state + ": cannot be read (it is not UTF-8 text; save it as UTF-8)");
    assertError(
        CliRun.plan("--demo", "--settings", settings.toString()),
        "option --settings: "
            + settings
            + ": cannot be read (it is not UTF-8 text; save it as UTF-8)");
    assertThat(CliRun.plan("--demo", "--state", state.toString()).err())
        .doesNotContain("Input length");
  }

  @Test
  void anInvalidSettingsFileExits2NamingTheFileAndField() throws IOException {
    Path settings =
        write("settings.json", "{\"version\": 1, \"contactTypes\": \"Parent/Guardian\"}");

    assertError(
        CliRun.plan("--demo", "--settings", settings.toString()),
        settings + ": $.contactTypes: expected an array; found a string");
  }

  @Test
  void anOutputFileInAMissingDirectoryExits2BeforeReadingClever() {
    Path out = dir.resolve("no-such-dir").resolve("plan.txt");

    CliRun run = CliRun.plan("--demo", "--out", out.toString());

    assertError(run, "option --out: " + out);
    assertThat(run.err()).doesNotContain("Started the Clever stand-in");
  }

  @Test
  void anOutputFileThatIsADirectoryExits2() {
    assertError(
        CliRun.plan("--demo", "--out", dir.toString()), "option --out: " + dir + " is a directory");
  }

  @Test
  void aBaseUrlTheClientRefusesExits2() {
    assertError(
        CliRun.plan("--token", "t", "--base-url", "http://clever.example.com"),
        "option --base-url: ");
  }

  @Test
  void aRefusedTokenExits3SayingSo() {
    try (CleverStandIn clever = CleverStandIn.builder(SMALL).token("right").start()) {
      CliRun run =
          CliRun.plan("--base-url", clever.baseUrl().toString(), "--token", "wrong-secret");

      assertThat(run.exitCode()).isEqualTo(3);
      assertThat(run.err()).contains("Clever refused the token").doesNotContain("wrong-secret");
      assertThat(run.out()).isEmpty();
    }
  }

  @Test
  void theTokenCanComeFromTheEnvironment() {
    try (CleverStandIn clever = CleverStandIn.builder(SMALL).token("from-env").start()) {
      CliRun run =
          CliRun.plan(
              java.util.Map.of(
                  "CLEVER_TOKEN", "wrong", "CLEVER_BASE_URL", clever.baseUrl().toString()));

      assertThat(run.exitCode()).isEqualTo(3);
      assertThat(run.err()).contains("Reading the district from " + clever.baseUrl());
    }
  }

  @Test
  void anUnreachableCleverExits3SayingSo() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    String url = "http://127.0.0.1:" + closedPort;

    CliRun run = CliRun.plan("--base-url", url, "--token", "t");

    assertThat(run.exitCode()).isEqualTo(3);
    assertThat(run.err()).contains("Clever is unreachable at " + url);
  }

  @Test
  void rateLimitingBeyondTheRetryBudgetExits3SayingSo() {
    // The stand-in's clock stands still, so its one-request-a-minute window never reopens.
    Clock frozen = Clock.fixed(Instant.parse("2026-10-01T06:00:10Z"), ZoneOffset.UTC);
    // The client's waits advance a clock of its own, so its time budget runs out without real time
    // passing.
    FakeClock time = FakeClock.at(frozen.instant());
    Tuning waitsPass =
        new Tuning(builder -> builder.clock(time).sleeper(time::sleep), UnaryOperator.identity());
    try (CleverStandIn clever =
        CleverStandIn.builder(SMALL).token("t").requestsPerMinute(1).clock(frozen).start()) {
      CliRun run =
          CliRun.run(
              waitsPass,
              Map.of(),
              "plan",
              "--base-url",
              clever.baseUrl().toString(),
              "--token",
              "t");

      assertThat(run.exitCode()).isEqualTo(3);
      assertThat(run.err())
          .contains("Clever kept rate-limiting the requests beyond the retry budget");
    }
  }

  @Test
  void serverErrorsBeyondTheRetryBudgetExit3SayingSo() {
    try (CleverStandIn clever =
        CleverStandIn.builder(SMALL).token("t").faults(Faults.parse("503x500@1")).start()) {
      CliRun run = CliRun.plan("--base-url", clever.baseUrl().toString(), "--token", "t");

      assertThat(run.exitCode()).isEqualTo(3);
      assertThat(run.err()).contains("Clever kept failing with server errors");
    }
  }

  @Test
  void aCollectionCleverDoesNotServeExits3SayingCleverRefused() {
    CleverData noTerms = new Altered(SMALL, "terms", null);
    try (CleverStandIn clever = CleverStandIn.builder(noTerms).token("t").start()) {
      CliRun run = CliRun.plan("--base-url", clever.baseUrl().toString(), "--token", "t");

      assertThat(run.exitCode()).isEqualTo(3);
      assertThat(run.err()).contains("Clever refused the request").contains("/v3.0/terms");
    }
  }

  @Test
  void dataThatIsNotCleversJsonExits3SayingItCouldNotBeUsed() {
    RecordSource badSection =
        new RecordSource() {
          @Override
          public int size() {
            return 1;
          }

          @Override
          public String id(int index) {
            return "64da20aa05ec000000000000";
          }

          @Override
          public void write(int index, JsonWriter out) throws IOException {
            out.beginObject().name("id").value(5).name("students").value("everyone").endObject();
          }
        };
    try (CleverStandIn clever =
        CleverStandIn.builder(new Altered(SMALL, "sections", badSection)).token("t").start()) {
      CliRun run = CliRun.plan("--base-url", clever.baseUrl().toString(), "--token", "t");

      assertThat(run.exitCode()).isEqualTo(3);
      assertThat(run.err()).contains("Clever's answer could not be used");
    }
  }

  /** A district with one collection replaced, or removed when the replacement is null. */
  private record Altered(CleverData base, String name, RecordSource replacement)
      implements CleverData {
    @Override
    public String districtId() {
      return base.districtId();
    }

    @Override
    public Optional<RecordSource> collection(String collection) {
      return collection.equals(name)
          ? Optional.ofNullable(replacement)
          : base.collection(collection);
    }

    @Override
    public Optional<RecordSource> users(Optional<String> role) {
      return base.users(role);
    }

    @Override
    public RecordSource events(Set<String> recordTypes, Optional<String> school) {
      return base.events(recordTypes, school);
    }
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
  }

  private static void assertError(CliRun run, String message) {
    assertThat(run.exitCode()).as(run.err()).isEqualTo(2);
    assertThat(run.err()).contains("error: ").contains(message);
    assertThat(run.out()).isEmpty();
  }
}
