package com.example.consumer;

import com.classtag.clever.client.CleverClient;
import com.classtag.clever.client.RetryPolicy;
import com.classtag.clever.client.incremental.IncrementalSync;
import com.classtag.clever.client.incremental.SyncOutcome;
import com.classtag.clever.client.incremental.SyncPath;
import com.classtag.clever.model.CleverJson;
import com.classtag.clever.model.PageReader;
import com.classtag.clever.model.RosterSnapshot;
import com.classtag.clever.model.Subject;
import com.classtag.clever.model.User;
import com.classtag.clever.model.baseline.Baseline;
import com.classtag.clever.model.baseline.BaselineFormat;
import com.classtag.clever.model.baseline.BaselineHeader;
import com.classtag.clever.model.events.RosterEvents;
import com.classtag.clever.testing.district.DistrictBuilder;
import com.classtag.clever.testing.district.TestDistrict;
import com.classtag.clever.testing.standin.ChangingDistrict;
import com.classtag.clever.testing.standin.CleverStandIn;
import com.classtag.clever.testing.standin.Fault;
import com.classtag.clever.testing.sync.PlannerInputs;
import com.classtag.clever.testing.time.FakeClock;
import com.classtag.sync.audit.AuditJson;
import com.classtag.sync.audit.AuditReport;
import com.classtag.sync.audit.AuditText;
import com.classtag.sync.audit.SharingAudit;
import com.classtag.sync.clever.CleverRosterAdapter;
import com.classtag.sync.jdbc.JdbcStore;
import com.classtag.sync.json.AppStateJson;
import com.classtag.sync.json.SettingsJson;
import com.classtag.sync.plan.Plan;
import com.classtag.sync.plan.PlanJson;
import com.classtag.sync.plan.PlanText;
import com.classtag.sync.plan.Planner;
import com.classtag.sync.settings.SyncSettings;
import com.classtag.sync.source.Roster;
import com.classtag.sync.state.AppState;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.function.Function;
import javax.sql.DataSource;

/**
 * A consumer of the SDK, built outside it: only the published jars and Gson are on its class path.
 * It reads a district from the test kit's stand-in through the real client (surviving a 503),
 * plans, audits, round-trips every JSON and baseline format, and reads incrementally from a saved
 * baseline. Exit 0 and a last line of {@code consumer ok} mean every step held; any failed check
 * throws.
 */
public final class Main {
  private static final Instant NOW = Instant.parse("2026-10-01T06:00:00Z");

  private Main() {}

  public static void main(String[] args) throws IOException {
    DistrictBuilder builder = TestDistrict.builder().school("Lincoln Middle");
    User ada = builder.teacher("Ada", "Byron");
    TestDistrict district =
        builder
            .section(s -> s.name("Math 7").subject(Subject.MATH).teacher(ada).students(12))
            .build();
    check(Builders.all(district).size() == 70, "every builder is callable");

    FakeClock clock = FakeClock.at(NOW);
    ChangingDistrict changing = ChangingDistrict.of(district, clock);
    String sectionId = district.sections().get(0).id();
    changing.update("sections", sectionId, section -> section.addProperty("name", "Math 7A"));
    Path dir = Files.createTempDirectory("consumer-it");
    try (CleverStandIn clever = CleverStandIn.builder(changing).start();
        CleverClient client =
            CleverClient.builder()
                .baseUrl(clever.baseUrl().toString())
                .token(clever.token())
                .clock(clock)
                .sleeper(clock::sleep)
                .retryPolicy(RetryPolicy.defaults())
                .build()) {
      clever.inject(Fault.serverError(503).onPath("/v3.0/sections").times(1));
      RosterSnapshot snapshot = client.snapshot();
      check(snapshot.sections().size() == 1, "one section read through a 503");
      check(clever.journal().count("/v3.0/sections") == 2, "the 503 was retried once");

      models(snapshot);
      plan(snapshot, district);

      IncrementalSync sync =
          IncrementalSync.builder()
              .client(client)
              .baselineFile(dir.resolve("d.baseline"))
              .clock(clock)
              .build();
      SyncOutcome first = sync.run();
      changing.update("sections", sectionId, section -> section.addProperty("name", "Math 7B"));
      SyncOutcome second = sync.run();
      check(
          first.path() == SyncPath.FULL_READ
              && second.path() == SyncPath.EVENTS
              && second.roster().sections().get(0).name().orElseThrow().equals("Math 7B"),
          "full read, then events: " + first.detail() + " / " + second.detail());
    } finally {
      try (var files = Files.list(dir)) {
        for (Path file : (Iterable<Path>) files::iterator) {
          Files.delete(file);
        }
      }
      Files.delete(dir);
    }

    // The JDBC store needs a driver this consumer does not have: compiled against, not opened.
    Function<DataSource, JdbcStore> open = JdbcStore::open;
    check(open != null && JdbcStore.schemaVersion() > 0, "the JDBC store's schema has a version");
    System.out.println("consumer ok");
  }

  private static void models(RosterSnapshot snapshot) throws IOException {
    User teacher = snapshot.users().get(0);
    String json = CleverJson.USER.toJson(teacher);
    check(CleverJson.USER.fromJson(json).equals(teacher), "a user reads back equal");
    String page = "{\"data\":[{\"data\":" + json + "}],\"links\":[]}";
    try (PageReader<User> reader = PageReader.open(new StringReader(page), CleverJson.USER)) {
      check(reader.next().equals(teacher), "a page streams its records");
    }
    check(
        RosterEvents.apply(snapshot, List.of()).roster().equals(snapshot),
        "no events change nothing");

    BaselineHeader header =
        BaselineHeader.builder()
            .apiVersion("v3.0")
            .districtId(snapshot.district().id())
            .takenAt(NOW)
            .build();
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    BaselineFormat.write(Baseline.of(header, snapshot), bytes);
    Baseline back = BaselineFormat.read(new ByteArrayInputStream(bytes.toByteArray()));
    check(
        back.header().equals(header) && back.roster().equals(snapshot),
        "a baseline reads back equal");
  }

  private static void plan(RosterSnapshot snapshot, TestDistrict district) {
    Roster roster = CleverRosterAdapter.toRoster(snapshot);
    check(
        roster.people().size() == PlannerInputs.roster(district).people().size(),
        "the adapter sees the people the kit describes");
    AppState state = PlannerInputs.linkedSchools(snapshot);
    SyncSettings settings = SettingsJson.fromJson(SettingsJson.toJson(SyncSettings.defaults()));
    check(settings.equals(SyncSettings.defaults()), "settings read back equal");

    Plan plan = Planner.create(settings).plan(roster, state, NOW);
    check(
        !plan.hasNoChanges() && !PlanText.render(plan).isEmpty(),
        "a first plan creates the classroom");
    check(PlanJson.fromJson(PlanJson.toJson(plan)).equals(plan), "a plan reads back equal");
    AppState next = Planner.apply(plan, state);
    check(
        AppStateJson.fromJson(AppStateJson.toJson(next)).equals(next),
        "app state reads back equal");
    check(
        Planner.create(settings).plan(roster, next, NOW).hasNoChanges(),
        "planning again changes nothing");

    AuditReport audit = SharingAudit.create(settings).audit(roster, next, NOW);
    check(
        !AuditText.render(audit).isEmpty() && AuditJson.toJson(audit).startsWith("{"),
        "the audit renders");
  }

  private static void check(boolean condition, String what) {
    if (!condition) {
      throw new IllegalStateException("consumer check failed: " + what);
    }
    System.out.println("ok: " + what);
  }
}
