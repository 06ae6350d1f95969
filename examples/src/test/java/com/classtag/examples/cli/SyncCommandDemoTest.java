package com.classtag.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.classtag.clever.client.CleverClient;
import com.classtag.clever.testing.district.GeneratedDistrict;
import com.classtag.clever.testing.standin.CleverData;
import com.classtag.clever.testing.standin.CleverStandIn;
import com.classtag.clever.testing.standin.RecordSource;
import com.classtag.examples.demo.DemoDistrict;
import com.classtag.examples.demo.SchoolDays;
import com.classtag.sync.clever.CleverRosterAdapter;
import com.classtag.sync.jdbc.JdbcStore;
import com.classtag.sync.jdbc.LoadedState;
import com.classtag.sync.plan.DecisionKind;
import com.classtag.sync.plan.Plan;
import com.classtag.sync.plan.PlanJson;
import com.classtag.sync.plan.Planner;
import com.classtag.sync.source.Roster;
import com.classtag.sync.state.StudentRecord;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code sync --demo}, the nightly loop end to end against the stand-in and an H2 file database: a
 * first sync, a second that finds nothing, a school day going by, and an incremental sync that
 * applies exactly that day's changes. After every apply the database, reloaded and planned again,
 * gives an empty plan.
 */
class SyncCommandDemoTest {
  private static final GeneratedDistrict DEMO =
      DemoDistrict.generate(DemoDistrict.DEFAULT_STUDENTS);

  @TempDir Path dir;

  @Test
  void theNightlyLoopAppliesTheFirstSyncThenNothingThenExactlyADaysChanges() {
    CliRun dryRun = sync("--format", "json");
    assertThat(dryRun.exitCode()).as(dryRun.err()).isZero();
    assertThat(dryRun.err())
        .contains("Dry run: nothing was applied")
        .contains("roster: full read")
        .contains("Planning against the app state (version 0: 0 classrooms");
    Plan firstPlan = PlanJson.fromJson(dryRun.out());
    assertThat(firstPlan.count(DecisionKind.CREATE_CLASSROOM)).isPositive();
    assertThat(store().load().version()).as("a dry run writes no app data").isZero();

    CliRun first = sync("--apply");
    assertThat(first.exitCode()).as(first.err()).isZero();
    assertThat(first.err())
        .contains("roster: read 0 events after the saved baseline")
        .contains("Started the app state with 3 schools (version 1)")
        .containsPattern("Applied [0-9,]+ decisions in [0-9,]+ ms; the app state is now version 2");
    assertPlanningAgainFindsNothing(0);

    CliRun second = sync("--apply");
    assertThat(second.exitCode()).as(second.err()).isZero();
    assertThat(second.err())
        .contains("roster: read 0 events after the saved baseline")
        .contains("Nothing to apply: the app state matches the district.")
        .doesNotContain("Applying");
    assertThat(store().load().version()).isEqualTo(2);

    CliRun advance = sync("--advance");
    assertThat(advance.exitCode()).as(advance.err()).isZero();
    assertThat(advance.err()).contains("moved on to school day 1");
    assertThat(Files.exists(dir.resolve("clever-sync-demo.day"))).isTrue();

    CliRun third = sync("--apply", "--format", "json");
    assertThat(third.exitCode()).as(third.err()).isZero();
    assertThat(third.err())
        .contains("The demo district is at school day 1.")
        .contains("roster: read 3 events after the saved baseline; applied 3 of 3 events")
        .contains("Applied 6 decisions");
    List<String> expected = dayOne();
    assertThat(describe(PlanJson.fromJson(third.out()), expected))
        .containsExactlyInAnyOrderElementsOf(expected);
    assertPlanningAgainFindsNothing(1);
    assertThat(store().load().version()).isEqualTo(3);
  }

  @Test
  void aHeldPlanIsListedAndNothingIsApplied() throws SQLException {
    assertThat(sync("--apply").exitCode()).isZero();
    Map<String, List<String>> before = dump();
    // Most sections vanish at once: the deletion threshold holds the archives. A full read sees it.
    CleverData shrunk = new FewSections(DEMO, 6);

    CliRun run =
        CliRun.run(
            new Tuning(CliRun.NO_SLEEP, generated -> shrunk),
            Map.of(),
            "sync",
            "--demo",
            "--dir",
            dir.toString(),
            "--apply",
            "--baseline",
            dir.resolve("other.baseline").toString());

    assertThat(run.exitCode()).as(run.err()).isEqualTo(4);
    assertThat(run.err())
        .contains("The plan is held by a safety rule; nothing was applied. Held decisions:")
        .containsPattern("  ARCHIVE_CLASSROOM \\S+: .*\\(DELETION_THRESHOLD\\)")
        .doesNotContain("Applying");
    assertThat(dump()).isEqualTo(before);
  }

  @Test
  void aCrashAtRandomPointsOfTheIncrementalApplyLosesNothingAndTheRetryConverges()
      throws IOException, SQLException {
    assertThat(sync("--apply").exitCode()).isZero();
    assertThat(sync("--advance").exitCode()).isZero();
    Path start = Files.createDirectory(dir.resolve("start"));
    copy(dir, start);
    Crash counting = new Crash(Integer.MAX_VALUE);
    assertThat(run(dir, counting, "--apply").exitCode()).isZero();
    Map<String, List<String>> uninterrupted = dump(dir);
    assertThat(counting.count).as("statements and commits of one run").isGreaterThan(10);

    Random random = new Random(19);
    for (int i = 0; i < 12; i++) {
      int at = i == 0 ? counting.count : 1 + random.nextInt(counting.count);
      Path run = Files.createDirectory(dir.resolve("crash-" + i));
      copy(start, run);
      Map<String, List<String>> before = dump(run);

      CliRun crashed = run(run, new Crash(at), "--apply");
      assertThat(crashed.exitCode())
          .as("crash at %d: %s", at, crashed.err())
          .isEqualTo(ExitCode.STORE_FAILED);
      assertThat(dump(run)).as("after a crash at %d", at).isEqualTo(before);
      CliRun retry = run(run, new Crash(Integer.MAX_VALUE), "--apply");
      assertThat(retry.exitCode()).as(retry.err()).isZero();
      assertThat(dump(run)).as("retry after a crash at %d", at).isEqualTo(uninterrupted);
    }
  }

  private CliRun sync(String... options) {
    return run(dir, new Crash(Integer.MAX_VALUE), options);
  }

  private static CliRun run(Path folder, Crash crash, String... options) {
    List<String> args = new ArrayList<>(List.of("sync", "--demo", "--dir", folder.toString()));
    args.addAll(List.of(options));
    return CliRun.run(
        new Tuning(CliRun.NO_SLEEP, UnaryOperator.identity(), crash::wrap),
        Map.of(),
        args.toArray(String[]::new));
  }

  /**
   * Reloads the database, reads the district as the stand-in serves it on a day, and plans: nothing
   * to do.
   */
  private void assertPlanningAgainFindsNothing(int day) {
    LoadedState reloaded = store().load();
    Roster roster;
    try (CleverStandIn clever =
            CleverStandIn.builder(SchoolDays.after(DEMO, DEMO, day, DistrictOptions.DEMO_NOW))
                .token("t")
                .start();
        CleverClient client =
            CleverClient.builder().baseUrl(clever.baseUrl().toString()).token("t").build()) {
      roster = CleverRosterAdapter.toRoster(client.snapshot());
    }
    Plan again =
        Planner.create(InputLoader.settings(Optional.empty(), true))
            .plan(roster, reloaded.state(), DistrictOptions.DEMO_NOW.plus(Duration.ofDays(day)));
    assertThat(again.changes()).as("day %d, planned again after the apply", day).isEmpty();
    assertThat(again.baselineChange().isEmpty()).isTrue();
  }

  /**
   * Day 1's changes, as kind and Clever id: one student leaves a homeroom (and, in no synced
   * classroom any more, loses the links to their two contacts), one joins it, one is renamed.
   */
  private static List<String> dayOne() {
    String section = SchoolDays.section(DEMO, 1);
    String joining = SchoolDays.newStudentId(DEMO, 1);
    List<String> students = new ArrayList<>();
    try (CleverStandIn clever = CleverStandIn.builder(DEMO).token("t").start();
        CleverClient client =
            CleverClient.builder().baseUrl(clever.baseUrl().toString()).token("t").build()) {
      students.addAll(client.sections().get(section).students());
    }
    return List.of(
        "REMOVE_STUDENT " + students.get(0),
        "UNLINK_CONTACT " + students.get(0),
        "UNLINK_CONTACT " + students.get(0),
        "CREATE_STUDENT " + joining,
        "ADD_STUDENT " + joining,
        "UPDATE_STUDENT " + students.get(2));
  }

  /**
   * Each change of a plan as its kind and the Clever id of the student it is about: the student
   * record the decision names (the link's student for a contact link), by its source id in the
   * store.
   */
  private List<String> describe(Plan plan, List<String> expected) {
    Set<String> students =
        expected.stream()
            .map(line -> line.substring(line.indexOf(' ') + 1))
            .collect(Collectors.toSet());
    Map<String, String> cleverIds =
        store().load().state().students().stream()
            .filter(s -> s.sourceId().isPresent())
            .collect(Collectors.toMap(StudentRecord::id, s -> s.sourceId().get()));
    return plan.changes().stream()
        .map(
            d -> {
              String named =
                  (d.kind() == DecisionKind.UNLINK_CONTACT ? d.relatedId() : d.targetId())
                      .orElse("");
              String clever =
                  cleverIds.getOrDefault(
                      named,
                      d.sourceIds().stream()
                          .filter(students::contains)
                          .findFirst()
                          .orElse("? " + named));
              return d.kind() + " " + clever;
            })
        .collect(Collectors.toList());
  }

  private JdbcStore store() {
    return JdbcStore.open(h2(dir));
  }

  private static DataSource h2(Path folder) {
    return new JdbcUrlDataSource(SyncCommand.demoUrl(folder), null, null);
  }

  private Map<String, List<String>> dump() throws SQLException {
    return dump(dir);
  }

  /** Every table's rows, sorted, bookkeeping included. */
  private static Map<String, List<String>> dump(Path folder) throws SQLException {
    Map<String, List<String>> tables = new TreeMap<>();
    try (Connection c = h2(folder).getConnection();
        Statement s = c.createStatement()) {
      List<String> names = new ArrayList<>();
      try (ResultSet rs =
          s.executeQuery(
              "SELECT table_name FROM information_schema.tables"
                  + " WHERE table_schema = 'PUBLIC'")) {
        while (rs.next()) {
          names.add(rs.getString(1));
        }
      }
      for (String name : names) {
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = s.executeQuery("SELECT * FROM " + name)) {
          int columns = rs.getMetaData().getColumnCount();
          while (rs.next()) {
            StringBuilder row = new StringBuilder();
            for (int i = 1; i <= columns; i++) {
              row.append(rs.getString(i)).append('|');
            }
            rows.add(row.toString());
          }
        }
        rows.sort(null);
        tables.put(name, rows);
      }
    }
    return tables;
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> files = Files.list(from)) {
      for (Path file : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
        Files.copy(file, to.resolve(file.getFileName()));
      }
    }
  }

  /** Fails the Nth statement execution or commit like a lost connection, and counts them. */
  private static final class Crash {
    private final int at;
    private int count;

    Crash(int at) {
      this.at = at;
    }

    DataSource wrap(DataSource real) {
      return (DataSource)
          java.lang.reflect.Proxy.newProxyInstance(
              DataSource.class.getClassLoader(),
              new Class<?>[] {DataSource.class},
              (proxy, m, args) -> {
                Object result = invoke(real, m, args);
                return result instanceof Connection ? connection((Connection) result) : result;
              });
    }

    private Connection connection(Connection real) {
      return (Connection)
          java.lang.reflect.Proxy.newProxyInstance(
              Connection.class.getClassLoader(),
              new Class<?>[] {Connection.class},
              (proxy, m, args) -> {
                if (m.getName().equals("commit")) {
                  step();
                }
                Object result = invoke(real, m, args);
                return result instanceof Statement
                    ? statement((Statement) result, m.getReturnType())
                    : result;
              });
    }

    private Object statement(Statement real, Class<?> type) {
      return java.lang.reflect.Proxy.newProxyInstance(
          type.getClassLoader(),
          new Class<?>[] {type},
          (proxy, m, args) -> {
            if (m.getName().startsWith("execute")) {
              step();
            }
            return invoke(real, m, args);
          });
    }

    private void step() throws SQLException {
      if (++count == at) {
        throw new SQLException("injected crash at step " + count, "08006");
      }
    }

    private static Object invoke(Object target, java.lang.reflect.Method m, Object[] args)
        throws Throwable {
      try {
        return m.invoke(target, args);
      } catch (java.lang.reflect.InvocationTargetException e) {
        throw e.getCause();
      }
    }
  }

  /** The demo district with only its first sections. */
  private record FewSections(GeneratedDistrict base, int kept) implements CleverData {
    @Override
    public String districtId() {
      return base.districtId();
    }

    @Override
    public Optional<RecordSource> collection(String collection) {
      Optional<RecordSource> all = base.collection(collection);
      if (!collection.equals("sections")) {
        return all;
      }
      RecordSource sections = all.orElseThrow();
      return Optional.of(
          new RecordSource() {
            @Override
            public int size() {
              return kept;
            }

            @Override
            public String id(int index) {
              return sections.id(index);
            }

            @Override
            public void write(int index, JsonWriter out) throws IOException {
              sections.write(index, out);
            }
          });
    }

    @Override
    public Optional<RecordSource> users(Optional<String> role) {
      return base.users(role);
    }

    @Override
    public RecordSource events(Set<String> recordTypes, Optional<String> school) {
      return base.events(recordTypes, school);
    }
  }
}
