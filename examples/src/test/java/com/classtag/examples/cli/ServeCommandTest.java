package com.classtag.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * {@code serve} runs until the process stops, so only what it refuses to start with is tested here.
 */
class ServeCommandTest {
  @Test
  void helpDescribesTheOptions() {
    CliRun run = CliRun.run("serve", "--help");

    assertThat(run.exitCode()).isZero();
    assertThat(run.out()).contains("--students").contains("--faults");
  }

  @Test
  void aPortOutOfRangeExits2() {
    CliRun run = CliRun.run("serve", "--port", "70000");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("option --port must be a whole number from 0 to 65535");
  }

  @Test
  void aBadFaultScheduleExits2() {
    CliRun run = CliRun.run("serve", "--faults", "503x@1");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("option --faults: fault item '503x@1'");
  }

  @Test
  void aTooSmallDistrictExits2() {
    CliRun run = CliRun.run("serve", "--students", "2");

    assertThat(run.exitCode()).isEqualTo(2);
    assertThat(run.err()).contains("option --students must be a whole number from 3");
  }
}
