package com.classtag.examples.cli;

import com.classtag.clever.model.RosterSnapshot;
import com.classtag.examples.demo.DemoDistrict;
import com.classtag.sync.audit.AuditReport;
import com.classtag.sync.audit.AuditText;
import com.classtag.sync.audit.SharingAudit;
import com.classtag.sync.clever.CleverRosterAdapter;
import com.classtag.sync.plan.Hold;
import com.classtag.sync.plan.Plan;
import com.classtag.sync.plan.PlanJson;
import com.classtag.sync.plan.PlanText;
import com.classtag.sync.plan.Planner;
import com.classtag.sync.settings.SyncSettings;
import com.classtag.sync.source.Roster;
import com.classtag.sync.state.AppState;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code plan}: reads a district through clever-client, plans against an app state with sync-core's
 * planner, and prints the plan.
 */
@Command(
    name = "plan",
    synopsisHeading = "usage: ",
    mixinStandardHelpOptions = true,
    usageHelpWidth = 110,
    versionProvider = Cli.Version.class,
    sortOptions = false,
    description =
        "Reads a Clever district through the API, plans what the app must change, and prints the plan.",
    footer = {
      "Progress goes to standard error.",
      "Exit codes: 0 plan ready, 2 bad arguments or input files (or a --baseline FILE that cannot be",
      "            written), 3 Clever unreachable or refused, 4 plan held by a safety rule (see the plan's",
      "            holds)."
    })
final class PlanCommand implements Callable<Integer> {
  private final Terminal terminal;
  private final Tuning tuning;

  @Mixin private DistrictOptions district = new DistrictOptions();

  @Option(
      names = "--state",
      paramLabel = "FILE",
      converter = Converters.File.class,
      description =
          "The app state, see docs/app-state.md (default: an empty app, a first sync; with --demo, the"
              + " bundled state, or its schools only for another --students size).")
  private Path state;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = Converters.FormatName.class,
      description =
          "text (default): summary, then decisions by school and classroom; json: the plan in"
              + " sync-core's versioned JSON format (docs/plan/README.md).")
  private Converters.Format format = Converters.Format.TEXT;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      converter = Converters.File.class,
      description = "Write the plan to FILE instead of standard output.")
  private Path out;

  @Option(
      names = "--baseline",
      paramLabel = "FILE",
      converter = Converters.File.class,
      description =
          "Read the district incrementally: the roster saved in FILE brought up to date with Clever's"
              + " events since, or a full read when FILE is missing or unreadable or its events cursor has expired;"
              + " FILE is then replaced with the new roster (see docs/baseline.md). Standard error says which path"
              + " was taken and why.")
  private Path baseline;

  PlanCommand(Terminal terminal, Tuning tuning) {
    this.terminal = terminal;
    this.tuning = tuning;
  }

  @Override
  public Integer call() {
    district.resolve(terminal.env());
    if (baseline != null
        && out != null
        && baseline.toAbsolutePath().normalize().equals(out.toAbsolutePath().normalize())) {
      throw new UsageException("options --baseline and --out name the same file, " + out);
    }
    // Every input problem is reported before Clever is contacted.
    Optional<Path> outFile = Optional.ofNullable(out);
    outFile.ifPresent(file -> checkWritable("--out", file));
    Optional.ofNullable(baseline).ifPresent(file -> checkWritable("--baseline", file));
    SyncSettings settings = InputLoader.settings(district.settings(), district.demo);
    AppState appState =
        InputLoader.appState(
            Optional.ofNullable(state),
            district.demo,
            district.students() == DemoDistrict.DEFAULT_STUDENTS);

    Optional<RosterSnapshot> snapshot =
        DistrictRead.read(
            district,
            Optional.ofNullable(baseline),
            UnaryOperator.identity(),
            terminal.err(),
            tuning);
    if (snapshot.isEmpty()) {
      return ExitCode.CLEVER_FAILED;
    }
    Roster roster = CleverRosterAdapter.toRoster(snapshot.get());
    Plan plan = Planner.create(settings).plan(roster, appState, district.planningTime());
    AuditReport audit =
        SharingAudit.create(settings).audit(roster, appState, district.planningTime());
    PlanOutput.write(
        outFile,
        terminal.out(),
        writer -> {
          if (format == Converters.Format.JSON) {
            // The plan's JSON format is strict and versioned; the audit has its own (the audit
            // command).
            PlanJson.write(plan, writer);
          } else {
            PlanText.write(plan, writer);
            writer.write(System.lineSeparator());
            writer.write(System.lineSeparator());
            writer.write(AuditText.render(audit));
          }
        });
    outFile.ifPresent(file -> terminal.err().println("Wrote the plan to " + file + "."));
    terminal
        .err()
        .println(
            AuditText.summary(audit)
                + (audit.isClean()
                    ? ""
                    : " Run the audit command for the details; findings are advice."));
    return verdict(plan, terminal.err());
  }

  /**
   * Ends with what the plan amounts to, the last thing on the terminal however long the plan, and
   * the exit code: 4 when a safety rule holds decisions back.
   */
  static int verdict(Plan plan, PrintStream err) {
    if (plan.holds().isEmpty()) {
      err.println("Plan ready. " + PlanText.summary(plan));
      return ExitCode.OK;
    }
    err.println("The plan is held by a safety rule; do not apply its held decisions:");
    for (Hold hold : plan.holds()) {
      err.println("  " + hold.explanation());
    }
    err.println(PlanText.summary(plan));
    return ExitCode.HELD;
  }

  /** Refuses, before Clever is contacted, a file that could not be written where it is. */
  static void checkWritable(String option, Path file) {
    Path parent = file.toAbsolutePath().getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      String why =
          parent != null && Files.exists(parent) ? " is not a directory" : " does not exist";
      throw new UsageException(
          "option " + option + ": " + file + ": the directory " + parent + why);
    }
    if (Files.isDirectory(file)) {
      throw new UsageException("option " + option + ": " + file + " is a directory");
    }
    if (!Files.isWritable(parent)) {
      throw new UsageException(
          "option " + option + ": " + file + ": the directory " + parent + " is not writable");
    }
  }
}
