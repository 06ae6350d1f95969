package com.classtag.examples.cli;

import com.classtag.clever.client.CleverClient;
import com.classtag.clever.client.CleverException;
import com.classtag.clever.client.CleverIoException;
import com.classtag.clever.client.CleverServiceException;
import com.classtag.clever.client.PermissionDeniedException;
import com.classtag.clever.client.RateLimitedException;
import com.classtag.clever.client.ServerException;
import com.classtag.clever.client.UnauthorizedException;
import com.classtag.clever.model.RosterSnapshot;
import com.classtag.clever.testing.district.GeneratedDistrict;
import com.classtag.examples.demo.DemoDistrict;
import com.classtag.clever.testing.standin.CleverStandIn;
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
import java.time.Clock;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * {@code plan}: reads a district through clever-client, plans against an app state with sync-core's
 * planner, and prints the plan. See {@link PlanOptions#HELP} for the options and exit codes.
 */
final class PlanCommand {
  /** The token the demo's stand-in expects; it guards nothing but shows the bearer-token check. */
  static final String DEMO_TOKEN = "demo-token";

  private PlanCommand() {}

  /**
   * Runs the command.
   *
   * @param tuning what tests adjust: the client before it is built, the district {@code --demo} serves
   */
  static int run(String[] args, Terminal terminal, Tuning tuning) {
    PlanOptions options = PlanOptions.parse(args, terminal.env());
    if (options.help) {
      terminal.out().println(PlanOptions.HELP);
      return ExitCode.OK;
    }
    // Every input problem is reported before Clever is contacted.
    options.out.ifPresent(file -> checkWritable("--out", file));
    options.baseline.ifPresent(file -> checkWritable("--baseline", file));
    SyncSettings settings = InputLoader.settings(options.settings, options.demo);
    AppState state = InputLoader.appState(options.state, options.demo,
        options.students == DemoDistrict.DEFAULT_STUDENTS);

    Optional<RosterSnapshot> snapshot = readDistrict(options, terminal.err(), tuning);
    if (snapshot.isEmpty()) {
      return ExitCode.CLEVER_FAILED;
    }
    Roster roster = CleverRosterAdapter.toRoster(snapshot.get());
    Plan plan = Planner.create(settings).plan(roster, state, options.planningTime());
    AuditReport audit = SharingAudit.create(settings).audit(roster, state, options.planningTime());
    PlanOutput.write(options.out, terminal.out(), out -> {
      if (options.format == PlanOptions.Format.JSON) {
        // The plan's JSON format is strict and versioned; the audit has its own (the audit command).
        PlanJson.write(plan, out);
      } else {
        out.write(PlanText.render(plan));
        out.write(System.lineSeparator());
        out.write(System.lineSeparator());
        out.write(AuditText.render(audit));
      }
    });
    options.out.ifPresent(file -> terminal.err().println("Wrote the plan to " + file + "."));
    terminal.err().println(AuditText.summary(audit)
        + (audit.isClean() ? "" : " Run the audit command for the details; findings are advice."));
    return verdict(plan, terminal.err());
  }

  /** Reads the district, from the stand-in with {@code --demo}; empty when Clever failed, which is reported. */
  static Optional<RosterSnapshot> readDistrict(PlanOptions options, PrintStream err, Tuning tuning) {
    try (CleverStandIn standIn = options.demo ? startStandIn(options, err, tuning) : null) {
      String baseUrl = standIn != null ? standIn.baseUrl().toString() : options.baseUrl;
      String token = standIn != null ? DEMO_TOKEN : options.token;
      ProgressReporter progress = new ProgressReporter(err, Clock.systemUTC());
      try (CleverClient client = client(baseUrl, token, progress, tuning.client())) {
        err.println("Reading the district from " + baseUrl + " ...");
        if (options.baseline.isPresent()) {
          return Optional.of(IncrementalRead.read(client, options.baseline.get(), err, progress));
        }
        RosterSnapshot snapshot = RosterReader.read(client, err);
        progress.finish();
        return Optional.of(snapshot);
      } catch (CleverException e) {
        err.println("error: " + describe(e, baseUrl));
        return Optional.empty();
      }
    }
  }

  /**
   * Ends with what the plan amounts to, the last thing on the terminal however long the plan, and the exit
   * code: 4 when a safety rule holds decisions back.
   */
  private static int verdict(Plan plan, PrintStream err) {
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

  private static CleverStandIn startStandIn(PlanOptions options, PrintStream err, Tuning tuning) {
    GeneratedDistrict district = DemoDistrict.generate(options.students);
    CleverStandIn standIn = CleverStandIn.builder(tuning.demoData().apply(district)).token(DEMO_TOKEN)
        .faults(options.faults).start();
    err.printf("Started the Clever stand-in with the demo district (%,d students, %,d sections) at %s%s%n",
        district.students(), district.sections(), standIn.baseUrl(),
        options.faults.size() == 0 ? "" : ", injecting " + options.faults.size() + " faults");
    return standIn;
  }

  private static CleverClient client(String baseUrl, String token, ProgressReporter progress,
      UnaryOperator<CleverClient.Builder> tuning) {
    CleverClient.Builder builder;
    try {
      builder = CleverClient.builder().baseUrl(baseUrl).token(token).listener(progress);
    } catch (IllegalArgumentException e) {
      throw new UsageException("option --base-url: " + e.getMessage(), e);
    }
    return tuning.apply(builder).build();
  }

  /** Refuses, before Clever is contacted, a file that could not be written where it is. */
  static void checkWritable(String option, Path file) {
    Path parent = file.toAbsolutePath().getParent();
    if (parent == null || !Files.isDirectory(parent)) {
      String why = parent != null && Files.exists(parent) ? " is not a directory" : " does not exist";
      throw new UsageException("option " + option + ": " + file + ": the directory " + parent + why);
    }
    if (Files.isDirectory(file)) {
      throw new UsageException("option " + option + ": " + file + " is a directory");
    }
    if (!Files.isWritable(parent)) {
      throw new UsageException("option " + option + ": " + file + ": the directory " + parent
          + " is not writable");
    }
  }

  /** Says why Clever could not be read, in terms a user can act on; never shows the token. */
  private static String describe(CleverException e, String baseUrl) {
    String why;
    if (e instanceof UnauthorizedException) {
      why = "Clever refused the token (check --token or CLEVER_TOKEN)";
    } else if (e instanceof PermissionDeniedException) {
      why = "the token may not read this data (the district did not grant the scope, or it needs Secure Sync)";
    } else if (e instanceof RateLimitedException) {
      why = "Clever kept rate-limiting the requests beyond the retry budget";
    } else if (e instanceof ServerException) {
      why = "Clever kept failing with server errors beyond the retry budget";
    } else if (e instanceof CleverIoException) {
      why = "Clever is unreachable at " + baseUrl;
    } else if (e instanceof CleverServiceException) {
      why = "Clever refused the request";
    } else {
      why = "Clever's answer could not be used";
    }
    return why + ": " + e.getMessage();
  }
}
