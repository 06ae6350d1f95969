package com.classtag.examples.usage;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The README's usage snippets are these programs; running them here keeps the snippets honest. */
class UsageExamplesTest {
  @Test
  void modelUsageReadsAPageWithAnUnknownGradeAndRedactsNames() {
    String out = capture(() -> ModelUsage.main(new String[0]));

    assertThat(out)
        .contains("64da1c0e8b7f2a0001c3d901 is in grade 14 (unknown)")
        .contains("next page: none")
        .contains("streamed 64da1c0e8b7f2a0001c3d901")
        .contains("round-trips: true")
        .doesNotContain("Devon")
        .doesNotContain("Okafor");
  }

  @Test
  void clientUsageReadsTheStandIn() {
    String out = capture(() -> ClientUsage.main(new String[0]));

    assertThat(out)
        .contains("61 teachers (60 with an email), 16 co-taught sections")
        .contains("read twice: true")
        .contains("events cursor 65a0b1c20e01000005dc0005")
        .contains("users=3574, duplicateUsers=0, sections=60")
        .contains("-> Roster{schools=4");
  }

  @Test
  void authenticateUsageReadsEveryDistrictThatAuthorizedTheApp() {
    String out = capture(() -> AuthenticateUsage.main(new String[0]));

    assertThat(out.lines().filter(l -> l.startsWith("token ")).count()).isEqualTo(3);
    assertThat(out).doesNotContain("demo-token").doesNotContain("demo-client-secret");
  }

  @Test
  void theReadmesAuthenticateSnippetIsTheCompiledOne() throws java.io.IOException {
    List<String> lines =
        java.nio.file.Files.readAllLines(
            java.nio.file.Path.of(
                "src/main/java/com/classtag/examples/usage/AuthenticateUsage.java"));
    int start = lines.indexOf("    // snippet:start");
    int end = lines.indexOf("    // snippet:end");
    assertThat(start).isNotNegative().isLessThan(end);
    String snippet =
        lines.subList(start + 1, end).stream()
            .map(line -> line.startsWith("    ") ? line.substring(4) : line)
            .collect(java.util.stream.Collectors.joining("\n", "", "\n"));
    assertThat(java.nio.file.Files.readString(java.nio.file.Path.of("../README.md")))
        .contains(snippet + "```");
  }

  @Test
  void incrementalUsageReadsEverythingOnceThenOnlyTheEvent() {
    String out = capture(() -> IncrementalUsage.main(new String[0]));

    assertThat(out)
        .contains("FULL_READ: there is no baseline file: nothing at ")
        .contains("read the whole district with cursor 65a0b1c20e01000005dc0005")
        .contains(
            "EVENTS: applied 1 of 1 events after cursor 65a0b1c20e01000005dc0005 (0 skipped); "
                + "the new cursor is 65a0b1c20e01000005dc0006")
        .contains("is now named Homeroom K - Room 12")
        .contains("users=3574, duplicateUsers=0, sections=60")
        .contains("-> Roster{schools=4");
  }

  @Test
  void plannerUsagePlansAppliesAndPlansNothingMore() {
    String out = capture(() -> PlannerUsage.main(new String[0]));

    assertThat(out)
        .contains("Plan: 1 classroom to create")
        .contains("create Homeroom 4B")
        .contains("JSON reads back equal: true")
        .contains("after applying, the next plan has changes: false");
  }

  private static String capture(Runnable program) {
    PrintStream original = System.out;
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    System.setOut(new PrintStream(buffer, true, StandardCharsets.UTF_8));
    try {
      program.run();
    } finally {
      System.setOut(original);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }
}
