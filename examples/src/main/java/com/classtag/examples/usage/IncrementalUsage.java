package com.classtag.examples.usage;

import com.classtag.clever.client.CleverClient;
import com.classtag.clever.client.CleverException;
import com.classtag.clever.client.incremental.IncrementalSync;
import com.classtag.clever.client.incremental.SyncOutcome;
import com.classtag.clever.model.RosterSnapshot;
import com.classtag.clever.model.Section;
import com.classtag.clever.testing.district.GeneratedDistrict;
import com.classtag.clever.testing.standin.ChangingDistrict;
import com.classtag.clever.testing.standin.CleverStandIn;
import com.classtag.examples.demo.DemoDistrict;
import com.classtag.sync.clever.CleverRosterAdapter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * Incremental sync in a few lines: the first run finds no baseline, reads the whole district and
 * saves it; after a section is renamed in the district, the next run reads only the event that says
 * so, applies it to the saved roster and saves that. It runs against the bundled Clever stand-in,
 * which emits the events of the changes it is asked to make; against Clever, the same {@link #run}
 * is the nightly job. The README's incremental snippet is the body of {@link #run}.
 */
public final class IncrementalUsage {
  private IncrementalUsage() {}

  /**
   * Starts the stand-in, syncs, renames a section, syncs again, and cleans up.
   *
   * @param args ignored
   * @throws UncheckedIOException if the temporary directory cannot be made or removed
   */
  public static void main(String[] args) {
    GeneratedDistrict demo = DemoDistrict.generate(DemoDistrict.DEFAULT_STUDENTS);
    ChangingDistrict district = ChangingDistrict.of(demo, Clock.systemUTC());
    Path dir = temporaryDirectory();
    try (CleverStandIn clever = CleverStandIn.builder(district).token("demo-token").start()) {
      Path path = dir.resolve("district.baseline.gz");
      String baseUrl = clever.baseUrl().toString();

      run(baseUrl, "demo-token", path);
      district.update(
          "sections",
          demo.sectionId(0),
          section -> section.addProperty("name", "Homeroom K - Room 12"));
      RosterSnapshot roster = run(baseUrl, "demo-token", path).roster();

      String renamed =
          roster.sections().stream()
              .filter(section -> section.id().equals(demo.sectionId(0)))
              .findFirst()
              .flatMap(Section::name)
              .orElse("?");
      System.out.println("section " + demo.sectionId(0) + " is now named " + renamed);
    } finally {
      deleteTree(dir);
    }
  }

  /**
   * Brings the roster saved at {@code path} up to date, or reads it whole, and saves it there.
   *
   * @param baseUrl Clever's host, such as {@code https://api.clever.com}
   * @param token a district token
   * @param path the baseline file
   * @return what the sync did
   * @throws CleverException if Clever cannot be read; the baseline file is unchanged
   * @throws UncheckedIOException if the new baseline cannot be saved; the file is unchanged
   */
  static SyncOutcome run(String baseUrl, String token, Path path) {
    try (CleverClient client = CleverClient.builder().baseUrl(baseUrl).token(token).build()) {
      SyncOutcome outcome =
          IncrementalSync.builder().client(client).baselineFile(path).build().run();
      // EVENTS or FULL_READ, and why: ids, counts and times, never personal data.
      System.out.println(outcome.path() + ": " + outcome.detail());
      System.out.println(
          outcome.roster() + " -> " + CleverRosterAdapter.toRoster(outcome.roster()));
      return outcome;
    }
  }

  private static Path temporaryDirectory() {
    try {
      return Files.createTempDirectory("incremental-usage");
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create a temporary directory", e);
    }
  }

  private static void deleteTree(Path dir) {
    try (Stream<Path> paths = Files.walk(dir)) {
      for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(path);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot remove " + dir, e);
    }
  }
}
