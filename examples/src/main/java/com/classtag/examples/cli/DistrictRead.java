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
import com.classtag.clever.testing.standin.CleverData;
import com.classtag.clever.testing.standin.CleverStandIn;
import com.classtag.examples.demo.DemoDistrict;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * Reads the district for {@code plan}, {@code audit} and {@code sync}: from the demo stand-in,
 * started for the run, or from Clever; in full, or incrementally from a saved baseline. Progress
 * and failures go to standard error, in terms a user can act on, never with the token.
 */
final class DistrictRead {
  /** The token the demo's stand-in expects; it guards nothing but shows the bearer-token check. */
  static final String DEMO_TOKEN = "demo-token";

  private DistrictRead() {}

  /**
   * Reads the district.
   *
   * @param options which district (resolved)
   * @param baseline the baseline file for an incremental read, or empty for a full read
   * @param serving with {@code --demo}: what the stand-in serves, given the generated demo district
   * @param err where progress and failures go
   * @param tuning what tests adjust
   * @return the roster, or empty when Clever failed, which is reported
   * @throws UsageException if the base URL is refused or the baseline cannot be saved
   */
  static Optional<RosterSnapshot> read(
      DistrictOptions options,
      Optional<Path> baseline,
      UnaryOperator<CleverData> serving,
      PrintStream err,
      Tuning tuning) {
    try (CleverStandIn standIn =
        options.demo ? startStandIn(options, serving, err, tuning) : null) {
      String baseUrl = standIn != null ? standIn.baseUrl().toString() : options.baseUrl;
      String token = standIn != null ? DEMO_TOKEN : options.token;
      ProgressReporter progress = new ProgressReporter(err, Clock.systemUTC());
      try (CleverClient client = client(baseUrl, token, progress, tuning.client())) {
        err.println("Reading the district from " + baseUrl + " ...");
        if (baseline.isPresent()) {
          return Optional.of(IncrementalRead.read(client, baseline.get(), err, progress));
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

  private static CleverStandIn startStandIn(
      DistrictOptions options, UnaryOperator<CleverData> serving, PrintStream err, Tuning tuning) {
    GeneratedDistrict district = DemoDistrict.generate(options.students());
    CleverStandIn standIn =
        CleverStandIn.builder(serving.apply(tuning.demoData().apply(district)))
            .token(DEMO_TOKEN)
            .faults(options.faults())
            .start();
    err.printf(
        "Started the Clever stand-in with the demo district (%,d students, %,d sections) at %s%s%n",
        district.students(),
        district.sections(),
        standIn.baseUrl(),
        options.faults().size() == 0 ? "" : ", injecting " + options.faults().size() + " faults");
    return standIn;
  }

  private static CleverClient client(
      String baseUrl,
      String token,
      ProgressReporter progress,
      UnaryOperator<CleverClient.Builder> tuning) {
    CleverClient.Builder builder;
    try {
      builder = CleverClient.builder().baseUrl(baseUrl).token(token).listener(progress);
    } catch (IllegalArgumentException e) {
      throw new UsageException("option --base-url: " + e.getMessage(), e);
    }
    return tuning.apply(builder).build();
  }

  /** Says why Clever could not be read, in terms a user can act on; never shows the token. */
  private static String describe(CleverException e, String baseUrl) {
    String why;
    if (e instanceof UnauthorizedException) {
      why = "Clever refused the token (check --token or CLEVER_TOKEN)";
    } else if (e instanceof PermissionDeniedException) {
      why =
          "the token may not read this data (the district did not grant the scope, or it needs Secure Sync)";
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
