package com.classtag.examples.cli;

import com.classtag.clever.client.CleverClient;
import com.classtag.clever.client.incremental.IncrementalSync;
import com.classtag.clever.client.incremental.SyncOutcome;
import com.classtag.clever.client.incremental.SyncPath;
import com.classtag.clever.model.RosterSnapshot;
import com.classtag.clever.model.events.AppliedEvents;
import com.classtag.clever.model.events.SkippedEvent;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;

/**
 * Reads the district for {@code --baseline}: through {@link IncrementalSync}, which applies
 * Clever's events to the roster saved in the file, or reads the whole district when it must, and
 * saves the new roster. Says on standard error which path it took and why, in ids, counts and times
 * only.
 */
final class IncrementalRead {
  private IncrementalRead() {}

  /**
   * Reads the district and saves the new baseline.
   *
   * @param client the client
   * @param baseline the baseline file
   * @param err where to say what happened
   * @param progress reports the records of a full read
   * @return the roster as it is now
   * @throws com.classtag.clever.client.CleverException if Clever cannot be read; the file is
   *     unchanged
   * @throws UsageException if the new baseline cannot be saved; the file is unchanged
   */
  static RosterSnapshot read(
      CleverClient client, Path baseline, PrintStream err, ProgressReporter progress) {
    SyncOutcome outcome;
    try {
      outcome = IncrementalSync.builder().client(client).baselineFile(baseline).build().run();
    } catch (UncheckedIOException e) {
      Throwable cause = e.getCause();
      String why =
          cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage();
      throw new UsageException(
          "option --baseline: " + baseline + ": cannot be written (" + why + ")", e);
    }
    if (outcome.path() == SyncPath.FULL_READ) {
      progress.finish();
      err.println("roster: full read; " + outcome.detail());
    } else {
      AppliedEvents events = outcome.events().orElseThrow();
      int read = events.appliedCount() + events.skipped().size();
      err.println(
          "roster: read "
              + read
              + (read == 1 ? " event" : " events")
              + " after the saved baseline; "
              + outcome.detail());
      for (SkippedEvent skipped : events.skipped()) {
        // Kept and reported, never dropped silently: its id and type say which, the reason why.
        err.println(
            "  skipped event "
                + skipped.event().id()
                + " ("
                + skipped.event().type()
                + "): "
                + skipped.reason().description());
      }
    }
    return outcome.roster();
  }
}
