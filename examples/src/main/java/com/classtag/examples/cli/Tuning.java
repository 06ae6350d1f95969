package com.classtag.examples.cli;

import com.classtag.clever.client.CleverClient;
import com.classtag.clever.testing.standin.CleverData;
import java.util.function.UnaryOperator;
import javax.sql.DataSource;

/**
 * What tests may adjust in a run of the command line, which a user cannot.
 *
 * @param client adjusts the Clever client before it is built, for example to replace its sleeper
 * @param demoData replaces the district {@code --demo} serves, for example with one the test
 *     changes between runs
 * @param database wraps the database {@code sync} uses, for example to inject a crash
 */
record Tuning(
    UnaryOperator<CleverClient.Builder> client,
    UnaryOperator<CleverData> demoData,
    UnaryOperator<DataSource> database) {
  /** Adjusts nothing: the program as users run it. */
  static final Tuning NONE =
      new Tuning(UnaryOperator.identity(), UnaryOperator.identity(), UnaryOperator.identity());

  /**
   * Adjusts the client and the demo district only.
   *
   * @param client adjusts the Clever client before it is built
   * @param demoData replaces the district {@code --demo} serves
   */
  Tuning(UnaryOperator<CleverClient.Builder> client, UnaryOperator<CleverData> demoData) {
    this(client, demoData, UnaryOperator.identity());
  }
}
