package com.classtag.examples.cli;

import com.classtag.clever.model.RosterSnapshot;
import com.classtag.clever.testing.district.GeneratedDistrict;
import com.classtag.clever.testing.standin.CleverData;
import com.classtag.examples.demo.DemoDistrict;
import com.classtag.examples.demo.SchoolDays;
import com.classtag.sync.clever.CleverRosterAdapter;
import com.classtag.sync.jdbc.ApplyResult;
import com.classtag.sync.jdbc.JdbcStore;
import com.classtag.sync.jdbc.LoadedState;
import com.classtag.sync.jdbc.StalePlanException;
import com.classtag.sync.jdbc.StoreException;
import com.classtag.sync.plan.Decision;
import com.classtag.sync.plan.Hold;
import com.classtag.sync.plan.Plan;
import com.classtag.sync.plan.PlanJson;
import com.classtag.sync.plan.PlanText;
import com.classtag.sync.plan.Planner;
import com.classtag.sync.settings.SyncSettings;
import com.classtag.sync.state.AppState;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code sync}: the nightly job, end to end. Reads the district (incrementally from a saved
 * baseline when it can), loads the app state from a database through sync-jdbc, plans, prints the
 * plan, and with {@code --apply} applies it in one transaction. Held decisions are listed and never
 * applied; a plan with a hold applies nothing and exits 4. {@code --demo} runs against the stand-in
 * and an H2 file database in a folder; {@code --demo --advance} moves the stand-in's district on by
 * one school day.
 */
@Command(
    name = "sync",
    synopsisHeading = "usage: ",
    mixinStandardHelpOptions = true,
    usageHelpWidth = 110,
    versionProvider = Cli.Version.class,
    sortOptions = false,
    description = {
      "Reads a Clever district (only Clever's events when a saved baseline allows), plans against"
          + " the app state in a database, prints the plan and, with --apply, applies it in one transaction."
          + " A dry run by default. See docs/cli.md."
    },
    footer = {
      "Progress goes to standard error.",
      "Exit codes: 0 done (or nothing to do), 2 bad arguments or input files, 3 Clever unreachable or refused,",
      "            4 plan held by a safety rule (nothing applied), 5 the database failed or another run changed",
      "            it meanwhile (nothing applied; run again)."
    })
final class SyncCommand implements Callable<Integer> {
  /**
   * The demo's files in {@code --dir}: the H2 database ({@code .mv.db}), the baseline, the
   * district's day.
   */
  static final String DEMO_FILES = "clever-sync-demo";

  /** The environment variable holding the database password. */
  static final String PASSWORD_ENV = "CLEVER_SYNC_JDBC_PASSWORD";

  private final Terminal terminal;
  private final Tuning tuning;

  @Mixin private DistrictOptions district = new DistrictOptions();

  @Option(
      names = "--apply",
      description =
          "Apply the plan (default: a dry run that prints it and changes no"
              + " app data). A plan held by a safety rule is never applied.")
  private boolean apply;

  @Option(
      names = "--advance",
      description =
          "With --demo: move the stand-in's district on by one school day"
              + " (a student leaves a homeroom, one joins, one is renamed), remembered in --dir; the next run reads the"
              + " changes as Clever events.")
  private boolean advance;

  @Option(
      names = "--dir",
      paramLabel = "DIR",
      converter = Converters.File.class,
      description =
          "With --demo: the folder of the demo's H2 database, baseline and district day (default: the"
              + " working folder).")
  private Path dir;

  @Option(
      names = "--jdbc-url",
      paramLabel = "URL",
      description =
          "The app state's database, such as"
              + " jdbc:postgresql://db.example.org/classtag; its tables are created on first use (docs/jdbc-store.md)."
              + " Required without --demo; with --demo, an H2 file in --dir.")
  private String jdbcUrl;

  @Option(
      names = "--jdbc-user",
      paramLabel = "USER",
      description = "The database user; the password comes from $" + PASSWORD_ENV + ".")
  private String jdbcUser;

  @Option(
      names = "--baseline",
      paramLabel = "FILE",
      converter = Converters.File.class,
      description =
          "The saved roster the next run reads Clever's events against (docs/baseline.md); default"
              + " district.baseline, with --demo in --dir. Losing it costs a full read, nothing else.")
  private Path baseline;

  @Option(
      names = "--state",
      paramLabel = "FILE",
      converter = Converters.File.class,
      description =
          "Only for a new database: the app state to start from, at least the app's schools and"
              + " their Clever ids (docs/app-state.md). With --demo, the bundled demo state's schools.")
  private Path state;

  @Option(
      names = "--format",
      paramLabel = "FORMAT",
      converter = Converters.FormatName.class,
      description = "How the plan is printed: text (default) or json (docs/plan/README.md).")
  private Converters.Format format = Converters.Format.TEXT;

  SyncCommand(Terminal terminal, Tuning tuning) {
    this.terminal = terminal;
    this.tuning = tuning;
  }

  @Override
  public Integer call() {
    district.resolve(terminal.env());
    PrintStream err = terminal.err();
    if (!district.demo) {
      for (String demoOnly :
          new String[] {advance ? "--advance" : null, dir != null ? "--dir" : null}) {
        if (demoOnly != null) {
          throw new UsageException("option " + demoOnly + " only applies to the demo; add --demo");
        }
      }
      if (jdbcUrl == null) {
        throw new UsageException("no database: give --jdbc-url (or try --demo)");
      }
    } else if (jdbcUrl != null) {
      throw new UsageException(
          "option --jdbc-url cannot be used with --demo, which keeps an H2 file in --dir");
    }
    if (advance && apply) {
      throw new UsageException(
          "option --advance only moves the demo district on; run sync --demo --apply"
              + " afterwards to read and apply the changes");
    }
    Path folder = dir == null ? Path.of("") : dir;
    if (district.demo && !Files.isDirectory(folder.toAbsolutePath())) {
      throw new UsageException("option --dir: " + folder + " is not a directory");
    }
    DemoDay day = district.demo ? DemoDay.in(folder.resolve(DEMO_FILES + ".day")) : null;
    if (advance) {
      return advance(day);
    }
    Path baselineFile =
        baseline != null
            ? baseline
            : district.demo
                ? folder.resolve(DEMO_FILES + ".baseline")
                : Path.of("district.baseline");
    PlanCommand.checkWritable("--baseline", baselineFile);
    SyncSettings settings = InputLoader.settings(district.settings(), district.demo);

    JdbcStore store = open(folder);
    if (store == null) {
      return ExitCode.STORE_FAILED;
    }
    LoadedState loaded = load(store);
    if (loaded == null) {
      return ExitCode.STORE_FAILED;
    }
    AppState seed = null;
    if (loaded.version() == 0) {
      seed = seed();
    } else if (state != null) {
      throw new UsageException(
          "option --state: the database already holds an app state (version "
              + loaded.version()
              + "); --state only starts a new one");
    }

    int days = day == null ? 0 : day.read();
    Instant now =
        district.demo
            ? district.planningTime().plus(Duration.ofDays(days))
            : district.planningTime();
    UnaryOperator<CleverData> serving =
        district.demo
            ? base ->
                SchoolDays.after(
                    base,
                    DemoDistrict.generate(district.students()),
                    days,
                    DistrictOptions.DEMO_NOW)
            : UnaryOperator.identity();
    if (district.demo && days > 0) {
      err.println("The demo district is at school day " + days + ".");
    }
    long started = System.nanoTime();
    Optional<RosterSnapshot> snapshot =
        DistrictRead.read(district, Optional.of(baselineFile), serving, err, tuning);
    if (snapshot.isEmpty()) {
      return ExitCode.CLEVER_FAILED;
    }
    err.println("Read the district in " + millis(started) + ".");

    if (seed != null && apply) {
      loaded = importSeed(store, seed);
      if (loaded == null) {
        return ExitCode.STORE_FAILED;
      }
    }
    AppState current = seed != null && !apply ? seed : loaded.state();
    err.printf(
        "Planning against the app state (version %d: %,d classrooms, %,d students, %,d staff, %,d"
            + " contacts) for %s ...%n",
        seed != null && !apply ? 0 : loaded.version(),
        current.classrooms().size(),
        current.students().size(),
        current.staff().size(),
        current.contacts().size(),
        now);
    started = System.nanoTime();
    Plan plan =
        Planner.create(settings).plan(CleverRosterAdapter.toRoster(snapshot.get()), current, now);
    err.println("Planned in " + millis(started) + ". " + PlanText.summary(plan));
    print(plan);

    if (!plan.holds().isEmpty()) {
      return held(plan, err);
    }
    if (plan.hasNoChanges() && plan.baselineChange().isEmpty()) {
      err.println("Nothing to apply: the app state matches the district.");
      return ExitCode.OK;
    }
    if (!apply) {
      err.println(
          "Dry run: nothing was applied. Run again with --apply to apply the "
              + plan.changes().size()
              + " decisions.");
      return ExitCode.OK;
    }
    return applyPlan(store, plan, loaded, err);
  }

  private int advance(DemoDay day) {
    int next = day.read() + 1;
    day.write(next);
    GeneratedDistrict generated = DemoDistrict.generate(district.students());
    terminal.err().println("The demo district moved on to school day " + next + ":");
    for (String line : SchoolDays.describe(generated, next)) {
      terminal.err().println("  " + line);
    }
    terminal
        .err()
        .println(
            "Run sync --demo to read the changes as Clever events (add --apply to apply them).");
    return ExitCode.OK;
  }

  private AppState seed() {
    if (state != null) {
      return InputLoader.appState(Optional.of(state), false, true);
    }
    if (district.demo) {
      // The bundled state's schools: the demo's first run is a first sync into an app that has only
      // its schools.
      return InputLoader.appState(Optional.empty(), true, false);
    }
    throw new UsageException(
        "the database holds no app state yet: give --state FILE with the app's schools and"
            + " their Clever ids (docs/app-state.md) on the first run");
  }

  private void print(Plan plan) {
    if (format == Converters.Format.JSON) {
      PlanOutput.write(Optional.empty(), terminal.out(), writer -> PlanJson.write(plan, writer));
    } else {
      terminal.out().println(PlanText.render(plan));
    }
    terminal.out().flush();
  }

  private static int held(Plan plan, PrintStream err) {
    err.println("The plan is held by a safety rule; nothing was applied. Held decisions:");
    for (Decision d : plan.held()) {
      err.println(
          "  "
              + d.kind()
              + " "
              + d.classroomId().or(d::targetId).orElse("")
              + ": "
              + d.explanation()
              + " ("
              + d.heldBy().orElseThrow()
              + ")");
    }
    for (Hold hold : plan.holds()) {
      err.println("  " + hold.explanation());
    }
    return ExitCode.HELD;
  }

  private int applyPlan(JdbcStore store, Plan plan, LoadedState loaded, PrintStream err) {
    err.printf("Applying %,d decisions in one transaction ...%n", plan.changes().size());
    long started = System.nanoTime();
    ApplyResult result;
    try {
      result = store.apply(plan, loaded);
    } catch (StalePlanException e) {
      err.println("error: " + e.getMessage());
      return ExitCode.STORE_FAILED;
    } catch (StoreException e) {
      err.println("error: " + describe(e, false));
      return ExitCode.STORE_FAILED;
    }
    if (!result.applied()) {
      err.println(
          "This plan was applied before; nothing changed (app state version "
              + result.version()
              + ").");
      return ExitCode.OK;
    }
    int created = result.assignedIds().size();
    err.printf(
        "Applied %,d decisions in %s; the app state is now version %d (%,d %s created).%n",
        result.changes(),
        millis(started),
        result.version(),
        created,
        created == 1 ? "object" : "objects");
    return ExitCode.OK;
  }

  private JdbcStore open(Path folder) {
    String url = district.demo ? demoUrl(folder) : jdbcUrl;
    try {
      JdbcStore store =
          JdbcStore.open(
              tuning
                  .database()
                  .apply(new JdbcUrlDataSource(url, jdbcUser, terminal.env().get(PASSWORD_ENV))));
      terminal
          .err()
          .println(
              "Opened the app state's database ("
                  + (district.demo ? folder.resolve(DEMO_FILES + ".mv.db") : "--jdbc-url")
                  + ").");
      return store;
    } catch (StoreException e) {
      terminal.err().println("error: " + describe(e, true));
      return null;
    }
  }

  /**
   * Returns the JDBC URL of the demo's H2 file in a folder. The file is opened and closed by each
   * step of a run; H2 does not compact it on close, which rewrites the file and gains a demo
   * nothing.
   *
   * @param folder the {@code --dir} folder
   * @return the URL
   */
  static String demoUrl(Path folder) {
    return "jdbc:h2:file:"
        + folder.toAbsolutePath().resolve(DEMO_FILES).toString().replace('\\', '/')
        + ";MAX_COMPACT_TIME=0";
  }

  private LoadedState load(JdbcStore store) {
    try {
      return store.load();
    } catch (StoreException e) {
      terminal.err().println("error: " + describe(e, true));
      return null;
    }
  }

  private LoadedState importSeed(JdbcStore store, AppState seed) {
    try {
      LoadedState loaded = store.importState(seed);
      terminal
          .err()
          .printf(
              "Started the app state with %,d schools (version %d).%n",
              seed.schools().size(), loaded.version());
      return loaded;
    } catch (StoreException e) {
      terminal.err().println("error: " + describe(e, false));
      return null;
    } catch (IllegalArgumentException e) {
      throw new UsageException("option --state: " + e.getMessage(), e);
    }
  }

  /**
   * The store's message, which names tables, ids and versions only; and while no app data has been
   * read or written (opening, loading), the driver's, which says why a connection or query failed.
   * Not otherwise: a driver may quote the value it refused, such as a name.
   */
  private static String describe(StoreException e, boolean withDriverMessage) {
    Throwable cause = e.getCause();
    return e.getMessage()
        + (!withDriverMessage || cause == null || cause.getMessage() == null
            ? ""
            : " (" + cause.getMessage() + ")");
  }

  private static String millis(long startedNanos) {
    return String.format("%,d ms", (System.nanoTime() - startedNanos) / 1_000_000);
  }

  /**
   * The demo district's school day, kept in a file so that the next run's stand-in serves the same
   * day.
   */
  private record DemoDay(Path file) {
    static DemoDay in(Path file) {
      return new DemoDay(file);
    }

    int read() {
      if (!Files.exists(file)) {
        return 0;
      }
      try {
        return Integer.parseInt(Files.readString(file, StandardCharsets.UTF_8).trim());
      } catch (IOException | NumberFormatException e) {
        throw new UsageException(
            file
                + ": cannot be read as the demo district's day ("
                + e.getMessage()
                + "); delete it to start again from day 0",
            e);
      }
    }

    void write(int day) {
      try {
        Files.writeString(file, day + System.lineSeparator(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UsageException(
            "option --dir: " + file + ": cannot be written (" + e.getMessage() + ")", e);
      }
    }
  }
}
