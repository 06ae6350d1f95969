package com.classtag.examples.cli;

import com.classtag.clever.testing.standin.Faults;
import com.classtag.examples.demo.DemoDistrict;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The options that say which district to read and how to plan for it, shared by {@code plan},
 * {@code audit} and {@code sync}: the demo stand-in or a real Clever, the settings and the planning
 * time. Checks that need no file and no network are made by {@link #resolve}, so a bad invocation
 * fails with exit code 2 before anything is read.
 */
final class DistrictOptions {
  /** The planning time the demo uses unless {@code --now} is given. */
  static final String DEMO_NOW_TEXT = "2026-10-01T06:00:00Z";

  /** {@link #DEMO_NOW_TEXT} as an instant. */
  static final Instant DEMO_NOW = Instant.parse(DEMO_NOW_TEXT);

  /** Clever's production API host. */
  static final String CLEVER_URL = "https://api.clever.com";

  @Option(
      names = "--demo",
      description =
          "Start the built-in Clever stand-in with the bundled demo district,"
              + " and use the bundled app state and settings unless --state or --settings are given.")
  boolean demo;

  @Option(
      names = "--base-url",
      paramLabel = "URL",
      description = "Clever's API host (default $CLEVER_BASE_URL, else " + CLEVER_URL + ").")
  private String baseUrlOption;

  @Option(
      names = "--token",
      paramLabel = "TOKEN",
      description =
          "A district bearer token (default $CLEVER_TOKEN;"
              + " prefer the environment: the command line is visible to other users of the machine).")
  private String tokenOption;

  @Option(
      names = "--settings",
      paramLabel = "FILE",
      converter = Converters.File.class,
      description =
          "The sync settings, see docs/settings.md (default: ClassTag's defaults; with --demo, the"
              + " bundled settings).")
  private Path settingsOption;

  @Option(
      names = "--now",
      paramLabel = "TIME",
      converter = Converters.Time.class,
      description =
          "The time to plan for, such as 2026-10-01T06:00:00Z (default: now; with --demo, "
              + DEMO_NOW_TEXT
              + ", the morning after the demo district's last sync).")
  private Instant nowOption;

  @Option(
      names = "--students",
      paramLabel = "N",
      converter = Converters.Students.class,
      description = "With --demo: the size of the generated district (default 1500).")
  private Integer studentsOption;

  @Option(
      names = "--faults",
      paramLabel = "SPEC",
      converter = Converters.FaultSchedule.class,
      description = "With --demo: failures the stand-in injects, e.g. 429x3@2,503x2@6,drop@9.")
  private Faults faultsOption;

  /** The API host, resolved by {@link #resolve}; null with {@code --demo}. */
  String baseUrl;

  /** The token, resolved by {@link #resolve}; null with {@code --demo}. */
  String token;

  /**
   * Checks the options against each other and fills in the defaults from the environment.
   *
   * @param env the environment, for {@code CLEVER_BASE_URL} and {@code CLEVER_TOKEN}
   * @throws UsageException naming the option at fault
   */
  void resolve(Map<String, String> env) {
    if (demo) {
      if (baseUrlOption != null) {
        throw clash("--base-url");
      }
      if (tokenOption != null) {
        throw clash("--token");
      }
      return;
    }
    if (studentsOption != null) {
      throw new UsageException("option --students only applies to the stand-in; add --demo");
    }
    if (faultsOption != null) {
      throw new UsageException("option --faults only applies to the stand-in; add --demo");
    }
    baseUrl =
        Optional.ofNullable(baseUrlOption)
            .or(() -> nonBlank(env.get("CLEVER_BASE_URL")))
            .orElse(CLEVER_URL);
    if (tokenOption != null && tokenOption.isBlank()) {
      throw new UsageException("option --token must not be blank");
    }
    token =
        Optional.ofNullable(tokenOption).or(() -> nonBlank(env.get("CLEVER_TOKEN"))).orElse(null);
    if (token == null) {
      throw new UsageException("no Clever token: give --token or set CLEVER_TOKEN (or try --demo)");
    }
  }

  /** Returns the settings file, if given. */
  Optional<Path> settings() {
    return Optional.ofNullable(settingsOption);
  }

  /** Returns the demo district's size. */
  int students() {
    return studentsOption == null ? DemoDistrict.DEFAULT_STUDENTS : studentsOption;
  }

  /** Returns the faults the stand-in injects. */
  Faults faults() {
    return faultsOption == null ? Faults.none() : faultsOption;
  }

  /** Returns the time to plan for. */
  Instant planningTime() {
    return nowOption != null ? nowOption : demo ? DEMO_NOW : Instant.now();
  }

  private static UsageException clash(String option) {
    return new UsageException(
        "option "
            + option
            + " cannot be used with --demo, which starts its own Clever"
            + " stand-in");
  }

  private static Optional<String> nonBlank(String value) {
    return value == null || value.isBlank() ? Optional.empty() : Optional.of(value);
  }
}
