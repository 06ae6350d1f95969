package com.classtag.examples.cli;

import com.classtag.clever.testing.district.GeneratedDistrict;
import com.classtag.examples.demo.DemoDistrict;
import com.classtag.clever.testing.standin.Faults;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The validated options of the {@code plan} command. Every check that needs no file and no network is made
 * here, so a bad invocation fails with exit code 2 before anything is read.
 */
final class PlanOptions {
  /** The planning time the demo uses unless {@code --now} is given. */
  static final Instant DEMO_NOW = Instant.parse("2026-10-01T06:00:00Z");
  /** Clever's production API host. */
  static final String CLEVER_URL = "https://api.clever.com";

  /** The command's help, which {@code plan --help} prints. */
  static final String HELP = String.join("\n",
      "usage: plan (--demo | [--base-url URL] [--token TOKEN]) [--state FILE.json] [--settings FILE.json]",
      "            [--now TIME] [--format text|json] [--out FILE] [--baseline FILE]",
      "Reads a Clever district through the API, plans what the app must change, and prints the plan.",
      "  --demo             start the built-in Clever stand-in with the bundled demo district, and use the",
      "                     bundled app state and settings unless --state or --settings are given",
      "  --base-url URL     Clever's API host (default $CLEVER_BASE_URL, else https://api.clever.com)",
      "  --token TOKEN      a district bearer token (default $CLEVER_TOKEN)",
      "  --state FILE       the app state, see docs/app-state.md (default: an empty app, a first sync)",
      "  --settings FILE    the sync settings, see docs/settings.md (default: ClassTag's defaults)",
      "  --now TIME         the time to plan for, such as 2026-10-01T06:00:00Z (default: now; with --demo,",
      "                     " + PlanOptions.DEMO_NOW + ", the morning after the demo district's last sync)",
      "  --format FORMAT    text (default): summary, then decisions by school and classroom; json: the plan",
      "                     in sync-core's versioned JSON format (docs/plan/README.md)",
      "  --out FILE         write the plan to FILE instead of standard output",
      "  --baseline FILE    read the district incrementally: the roster saved in FILE brought up to date",
      "                     with Clever's events since, or a full read when FILE is missing or unreadable",
      "                     or its events cursor has expired; FILE is then replaced with the new roster",
      "                     (see docs/baseline.md). Standard error says which path was taken and why",
      "  --students N       with --demo: the size of the generated district (default 1500); other sizes",
      "                     plan a first sync of the demo schools unless --state is given",
      "  --faults SPEC      with --demo: failures the stand-in injects, e.g. 429x3@2,503x2@6,drop@9",
      "Progress goes to standard error.",
      "Exit codes: 0 plan ready, 2 bad arguments or input files (or a --baseline FILE that cannot be",
      "            written), 3 Clever unreachable or refused, 4 plan held by a safety rule (see the plan's",
      "            holds).");

  private static final Set<String> VALUED =
      Set.of("base-url", "token", "state", "settings", "now", "format", "out", "baseline", "students", "faults");

  /** The output format. */
  enum Format { TEXT, JSON }

  final boolean help;
  final boolean demo;
  final String baseUrl;
  final String token;
  final Optional<Path> state;
  final Optional<Path> settings;
  final Optional<Instant> now;
  final Format format;
  final Optional<Path> out;
  final Optional<Path> baseline;
  final int students;
  final Faults faults;

  private PlanOptions(Options options, Map<String, String> env) {
    help = options.flag("help");
    demo = options.flag("demo");
    if (demo) {
      for (String clash : new String[] {"base-url", "token"}) {
        if (options.value(clash).isPresent()) {
          throw new UsageException("option --" + clash + " cannot be used with --demo, which starts its own "
              + "Clever stand-in");
        }
      }
      baseUrl = null;
      token = null;
    } else {
      for (String demoOnly : new String[] {"students", "faults"}) {
        if (options.value(demoOnly).isPresent()) {
          throw new UsageException("option --" + demoOnly + " only applies to the stand-in; add --demo");
        }
      }
      baseUrl = options.value("base-url").or(() -> nonBlank(env.get("CLEVER_BASE_URL"))).orElse(CLEVER_URL);
      if (options.value("token").filter(String::isBlank).isPresent()) {
        throw new UsageException("option --token must not be blank");
      }
      token = options.value("token").or(() -> nonBlank(env.get("CLEVER_TOKEN"))).orElse(null);
    }
    state = options.value("state").map(PlanOptions::path);
    settings = options.value("settings").map(PlanOptions::path);
    now = options.value("now").map(PlanOptions::instant);
    format = options.value("format").map(PlanOptions::format).orElse(Format.TEXT);
    out = options.value("out").map(PlanOptions::path);
    baseline = options.value("baseline").map(PlanOptions::path);
    if (baseline.isPresent() && out.isPresent()
        && baseline.get().toAbsolutePath().normalize().equals(out.get().toAbsolutePath().normalize())) {
      throw new UsageException("options --baseline and --out name the same file, " + out.get());
    }
    students = options.integer("students", DemoDistrict.DEFAULT_STUDENTS, GeneratedDistrict.MIN_STUDENTS,
        GeneratedDistrict.MAX_STUDENTS);
    faults = options.faults("faults");
  }

  /**
   * Parses and checks the options.
   *
   * @throws UsageException naming the option at fault
   */
  static PlanOptions parse(String[] args, Map<String, String> env) {
    PlanOptions options = new PlanOptions(Options.parse(args, VALUED, Set.of("demo", "help")), env);
    if (!options.help && !options.demo && options.token == null) {
      throw new UsageException("no Clever token: give --token or set CLEVER_TOKEN (or try --demo)");
    }
    return options;
  }

  /** Returns the time to plan for. */
  Instant planningTime() {
    return now.orElseGet(() -> demo ? DEMO_NOW : Instant.now());
  }

  private static Optional<String> nonBlank(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }

  private static Path path(String value) {
    if (value.isBlank()) {
      throw new UsageException("a file option was given an empty name");
    }
    return Path.of(value);
  }

  private static Instant instant(String value) {
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      throw new UsageException("option --now must be a date and time such as 2026-10-01T06:00:00Z, was '"
          + value + "'", e);
    }
  }

  private static Format format(String value) {
    switch (value) {
      case "text":
        return Format.TEXT;
      case "json":
        return Format.JSON;
      default:
        throw new UsageException("option --format must be text or json, was '" + value + "'");
    }
  }
}
