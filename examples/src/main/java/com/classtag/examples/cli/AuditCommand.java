package com.classtag.examples.cli;

import com.classtag.clever.model.RosterSnapshot;
import com.classtag.examples.demo.DemoDistrict;
import com.classtag.sync.audit.AuditJson;
import com.classtag.sync.audit.AuditReport;
import com.classtag.sync.audit.AuditText;
import com.classtag.sync.audit.SharingAudit;
import com.classtag.sync.clever.CleverRosterAdapter;
import com.classtag.sync.settings.SyncSettings;
import com.classtag.sync.state.AppState;
import java.util.Optional;

/**
 * {@code audit}: reads a district through clever-client and prints sync-core's sharing audit for the
 * settings and app state: what the district overshares and what it forgot to share. Findings are advice:
 * the exit code is 0 whatever they say.
 */
final class AuditCommand {
  /** The command's help, which {@code audit --help} prints. */
  static final String HELP = String.join("\n",
      "usage: audit (--demo | [--base-url URL] [--token TOKEN]) [--state FILE.json] [--settings FILE.json]",
      "             [--now TIME] [--format text|json] [--out FILE]",
      "Reads a Clever district through the API and reports what it shares that the sync settings never use",
      "(overshared) and what the settings use that it does not share (missing), each with counts, sample ids",
      "and the place in Clever's dashboard to fix it.",
      "  --demo             start the built-in Clever stand-in with the bundled demo district, and use the",
      "                     bundled app state and settings unless --state or --settings are given",
      "  --base-url URL     Clever's API host (default $CLEVER_BASE_URL, else https://api.clever.com)",
      "  --token TOKEN      a district bearer token (default $CLEVER_TOKEN)",
      "  --state FILE       the app state, see docs/app-state.md; only its schools' Clever ids are read",
      "                     (default: an empty app, which maps no school)",
      "  --settings FILE    the sync settings, see docs/settings.md (default: ClassTag's defaults)",
      "  --now TIME         the time that decides which terms have ended (default: now; with --demo,",
      "                     " + PlanOptions.DEMO_NOW + ")",
      "  --format FORMAT    text (default), or json: the report as documented in docs/audit/README.md",
      "  --out FILE         write the report to FILE instead of standard output",
      "  --students N       with --demo: the size of the generated district (default 1500)",
      "  --faults SPEC      with --demo: failures the stand-in injects, e.g. 429x3@2,503x2@6,drop@9",
      "Progress goes to standard error.",
      "Exit codes: 0 report ready, findings or not; 2 bad arguments or input files; 3 Clever unreachable or",
      "            refused.");

  private AuditCommand() {}

  /**
   * Runs the command.
   *
   * @param tuning what tests adjust: the client before it is built, the district {@code --demo} serves
   */
  static int run(String[] args, Terminal terminal, Tuning tuning) {
    // The plan's options are the audit's, less --baseline: one parser, one set of checks and messages.
    PlanOptions options = PlanOptions.parse(args, terminal.env());
    if (options.help) {
      terminal.out().println(HELP);
      return ExitCode.OK;
    }
    if (options.baseline.isPresent()) {
      throw new UsageException("option --baseline only applies to plan; the audit reads the whole district");
    }
    options.out.ifPresent(file -> PlanCommand.checkWritable("--out", file));
    SyncSettings settings = InputLoader.settings(options.settings, options.demo);
    AppState state = InputLoader.appState(options.state, options.demo,
        options.students == DemoDistrict.DEFAULT_STUDENTS);

    Optional<RosterSnapshot> snapshot = PlanCommand.readDistrict(options, terminal.err(), tuning);
    if (snapshot.isEmpty()) {
      return ExitCode.CLEVER_FAILED;
    }
    AuditReport report = SharingAudit.create(settings)
        .audit(CleverRosterAdapter.toRoster(snapshot.get()), state, options.planningTime());
    PlanOutput.write(options.out, terminal.out(), out -> {
      if (options.format == PlanOptions.Format.JSON) {
        AuditJson.write(report, out);
        out.write(System.lineSeparator());
      } else {
        out.write(AuditText.render(report));
      }
    });
    options.out.ifPresent(file -> terminal.err().println("Wrote the audit to " + file + "."));
    terminal.err().println(AuditText.summary(report));
    return ExitCode.OK;
  }
}
