package com.classtag.examples.cli;

import com.classtag.clever.client.CleverClient;
import com.classtag.clever.testing.standin.CleverData;
import java.util.function.UnaryOperator;

/**
 * What tests may adjust in a run of the command line, which a user cannot.
 *
 * @param client adjusts the Clever client before it is built, for example to replace its sleeper
 * @param demoData replaces the district {@code --demo} serves, for example with one the test changes
 *     between runs
 */
record Tuning(UnaryOperator<CleverClient.Builder> client, UnaryOperator<CleverData> demoData) {
  /** Adjusts nothing: the program as users run it. */
  static final Tuning NONE = new Tuning(UnaryOperator.identity(), UnaryOperator.identity());
}
