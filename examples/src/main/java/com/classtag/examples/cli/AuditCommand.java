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
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code audit}: reads a district through clever-client and prints sync-core's sharing audit for
 * the settings and app state: what the district overshares and what it forgot to share. Findings
 * are advice: the exit code is 0 whatever they say.
 */
@Command(
    name = "audit",
    synopsisHeading = "usage: ",
    mixinStandardHelpOptions = true,
    usageHelpWidth = 110,
    versionProvider = Cli.Version.class,
    sortOptions = false,
    description = {
      "Reads a Clever district through the API and reports what it shares that the sync settings"
          + " never use (overshared) and what the settings use that it does not share (missing), each with counts,"
          + " sample ids and the place in Clever's dashboard to fix it."
    },
    footer = {
      "Progress goes to standard error.",
      "Exit codes: 0 report ready, findings or not; 2 bad arguments or input files; 3 Clever unreachable or",
      "            refused."
    })
final class AuditCommand implements Callable<Integer> {
  private final Terminal terminal;
  private final Tuning tuning;

  @Mixin private DistrictOptions district = new DistrictOptions();

  @Option(
      names = "--state",
      paramLabel = "FILE",
      converter = Converters.File.class,
      description =
          "The app state, see docs/app-state.md; only its schools' Clever ids are read (default: an"
              + " empty app, which maps no school).")
  private Path state;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = Converters.FormatName.class,
      description = "text (default), or json: the report as documented in docs/audit/README.md.")
  private Converters.Format format = Converters.Format.TEXT;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      converter = Converters.File.class,
      description = "Write the report to FILE instead of standard output.")
  private Path out;

  /** Accepted only to say why it does not apply here: the plan command's users reach for it. */
  @Option(names = "--baseline", paramLabel = "FILE", hidden = true)
  private String baseline;

  AuditCommand(Terminal terminal, Tuning tuning) {
    this.terminal = terminal;
    this.tuning = tuning;
  }

  @Override
  public Integer call() {
    district.resolve(terminal.env());
    if (baseline != null) {
      throw new UsageException(
          "option --baseline only applies to plan; the audit reads the whole district");
    }
    Optional<Path> outFile = Optional.ofNullable(out);
    outFile.ifPresent(file -> PlanCommand.checkWritable("--out", file));
    SyncSettings settings = InputLoader.settings(district.settings(), district.demo);
    AppState appState =
        InputLoader.appState(
            Optional.ofNullable(state),
            district.demo,
            district.students() == DemoDistrict.DEFAULT_STUDENTS);

    Optional<RosterSnapshot> snapshot =
        DistrictRead.read(
            district, Optional.empty(), UnaryOperator.identity(), terminal.err(), tuning);
    if (snapshot.isEmpty()) {
      return ExitCode.CLEVER_FAILED;
    }
    AuditReport report =
        SharingAudit.create(settings)
            .audit(CleverRosterAdapter.toRoster(snapshot.get()), appState, district.planningTime());
    PlanOutput.write(
        outFile,
        terminal.out(),
        writer -> {
          if (format == Converters.Format.JSON) {
            AuditJson.write(report, writer);
            writer.write(System.lineSeparator());
          } else {
            writer.write(AuditText.render(report));
          }
        });
    outFile.ifPresent(file -> terminal.err().println("Wrote the audit to " + file + "."));
    terminal.err().println(AuditText.summary(report));
    return ExitCode.OK;
  }
}
