package com.classtag.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The root of the command line: its usage, the commands it lists, and the completion script. */
class CliTest {
  @Test
  void theUsageListsEveryCommandAndTheExitCodes() {
    CliRun run = CliRun.run("--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out())
        .startsWith("usage: clever-sync")
        .contains("plan", "audit", "sync", "serve", "completion")
        .contains(
            "Exit codes: 0 ready, 2 bad arguments or input files, 3 Clever unreachable or refused,");
  }

  @Test
  void completionPrintsABashScriptThatKnowsTheCommandsAndTheirOptions() {
    CliRun run = CliRun.run("completion");

    assertThat(run.exitCode()).as(run.err()).isZero();
    assertThat(run.out())
        .contains("complete -F")
        .contains("clever-sync")
        .contains("sync")
        .contains("--jdbc-url")
        .contains("--baseline");
  }

  @Test
  void syncRefusesDemoOnlyOptionsWithoutTheDemoAndNeedsADatabase() {
    CliRun advance = CliRun.run(java.util.Map.of("CLEVER_TOKEN", "t"), "sync", "--advance");
    CliRun noDatabase = CliRun.run(java.util.Map.of("CLEVER_TOKEN", "t"), "sync");

    assertThat(advance.exitCode()).isEqualTo(2);
    assertThat(advance.err())
        .contains("error: option --advance only applies to the demo; add --demo");
    assertThat(noDatabase.exitCode()).isEqualTo(2);
    assertThat(noDatabase.err()).contains("error: no database: give --jdbc-url (or try --demo)");
  }
}
