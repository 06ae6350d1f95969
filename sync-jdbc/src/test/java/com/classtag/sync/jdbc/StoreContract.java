package com.classtag.sync.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.classtag.sync.plan.Decision;
import com.classtag.sync.plan.DecisionKind;
import com.classtag.sync.plan.GeneratedWorlds;
import com.classtag.sync.plan.GeneratedWorlds.GeneratedWorld;
import com.classtag.sync.plan.Plan;
import com.classtag.sync.plan.Planner;
import com.classtag.sync.state.Actor;
import com.classtag.sync.state.AppState;
import com.classtag.sync.state.ContactAccount;
import com.classtag.sync.state.ContactLink;
import com.classtag.sync.state.StudentRecord;
import com.classtag.sync.state.UserStatus;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

/**
 * The store's behaviour, run on every engine by a subclass: H2 ({@link H2StoreTest}) and a real
 * PostgreSQL ({@link PostgresStoreTest}). Worlds come from sync-core's own generators (messy and
 * evolved states, random settings), so every decision kind is exercised.
 */
abstract class StoreContract {
  abstract TestDatabase database();

  /** Worlds per generator; each is imported, planned, applied, reloaded and planned again. */
  abstract int worlds();

  private static Plan plan(GeneratedWorld w, AppState state) {
    return Planner.create(w.settings()).plan(w.roster(), state, w.now());
  }

  @Test
  void createsItsSchemaOnceAndRecordsItsVersion() throws SQLException {
    DataSource ds = database().empty();
    JdbcStore.open(ds);
    Map<String, List<String>> created = Dump.of(ds);
    JdbcStore.open(ds);

    assertThat(Dump.of(ds)).isEqualTo(created);
    assertThat(created.get("sync_schema_version")).hasSize(JdbcStore.schemaVersion());
    assertThat(JdbcStore.open(ds).load().state()).isEqualTo(AppState.empty());
    assertThat(JdbcStore.open(ds).load().version()).isZero();
  }

  @Test
  void refusesADatabaseWrittenByANewerVersion() throws SQLException {
    DataSource ds = database().empty();
    JdbcStore.open(ds);
    try (Connection c = ds.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "INSERT INTO sync_schema_version (version, script) VALUES (99, 'V99__future.sql')");
    }
    Map<String, List<String>> before = Dump.of(ds);

    assertThatThrownBy(() -> JdbcStore.open(ds))
        .isInstanceOf(SchemaVersionException.class)
        .hasMessageContaining("version 99")
        .hasMessageContaining("upgrade sync-jdbc");
    assertThat(Dump.of(ds)).isEqualTo(before);
  }

  @Test
  void appliesEveryDecisionAsPlannerApplyDoesAndPlanningAgainFindsNothing() {
    Set<DecisionKind> applied = EnumSet.noneOf(DecisionKind.class);
    int held = 0;
    for (int seed = 0; seed < 2 * worlds(); seed++) {
      GeneratedWorld w =
          seed % 2 == 0 ? GeneratedWorlds.evolved(seed) : GeneratedWorlds.messy(seed);
      JdbcStore store = JdbcStore.open(database().fresh());
      LoadedState loaded = store.importState(w.state());
      Plan plan = plan(w, loaded.state());

      ApplyResult result = store.apply(plan, loaded);
      LoadedState reloaded = store.load();

      AppState expected =
          Renamed.of(Planner.apply(plan, loaded.state()), loaded.state(), result.assignedIds());
      assertThat(reloaded.state()).as("seed %d", seed).isEqualTo(expected);
      assertThat(reloaded.version()).isEqualTo(loaded.version() + 1).isEqualTo(result.version());
      assertThat(result.changes()).isEqualTo(plan.changes().size());
      Plan again = plan(w, reloaded.state());
      assertThat(again.changes()).as("seed %d", seed).isEmpty();
      for (Decision d : plan.changes()) {
        applied.add(d.kind());
      }
      held += plan.held().size();
    }
    assertThat(applied)
        .as("decision kinds applied across the worlds")
        .containsAll(EnumSet.complementOf(EnumSet.of(DecisionKind.SKIP)));
    assertThat(held).as("held decisions across the worlds").isPositive();
  }

  @Test
  void assignsAppIdsToCreatedObjectsAndResolvesLaterDecisions() {
    GeneratedWorld w = worldWith(DecisionKind.CREATE_STUDENT, DecisionKind.ADD_STUDENT);
    JdbcStore store = JdbcStore.open(database().fresh());
    LoadedState loaded = store.importState(w.state());
    Plan plan = plan(w, loaded.state());

    ApplyResult result = store.apply(plan, loaded);

    assertThat(result.assignedIds()).isNotEmpty();
    assertThat(result.assignedIds().keySet()).allMatch(id -> id.startsWith("new:"));
    assertThat(result.assignedIds().values())
        .allMatch(id -> id.matches("(classroom|student|staff|contact)-\\d+"));
    AppState state = store.load().state();
    assertThat(state.toString()).doesNotContain("new:");
    assertThat(state.classrooms())
        .anySatisfy(
            c ->
                assertThat(c.students())
                    .anySatisfy(
                        m -> assertThat(result.assignedIds()).containsValue(m.studentId())));
  }

  @Test
  void aLoadedStateHoldsOneStringPerRepeatedValue() {
    AppState state =
        AppState.builder()
            .addStudents(student("s-one", "S-1"), student("s-two", "S-2"))
            .addContacts(
                ContactAccount.builder()
                    .id("c-one")
                    .status(UserStatus.INVITED)
                    .addLinks(link("s-one"), link("s-two"))
                    .build())
            .build();
    JdbcStore store = JdbcStore.open(database().fresh());
    store.importState(state);

    AppState loaded = store.load().state();

    assertThat(loaded).isEqualTo(state);
    StudentRecord a = loaded.students().get(0);
    StudentRecord b = loaded.students().get(1);
    assertThat(a.gradeOrNull()).isSameAs(b.gradeOrNull());
    assertThat(a.ellStatusOrNull()).isSameAs(b.ellStatusOrNull());
    assertThat(a.extensionFields().keySet().iterator().next())
        .isSameAs(b.extensionFields().keySet().iterator().next());
    assertThat(a.extensionFields().values().iterator().next())
        .isSameAs(b.extensionFields().values().iterator().next());
    assertThat(a.displayIdOrNull()).isSameAs(a.sisIdOrNull());
    assertThat(a.studentNumberOrNull()).isSameAs(a.sisIdOrNull());
    List<ContactLink> links = loaded.contacts().get(0).links();
    assertThat(links.get(0).typeOrNull()).isSameAs(links.get(1).typeOrNull());
    assertThat(links.get(0).relationshipOrNull()).isSameAs(links.get(1).relationshipOrNull());
  }

  /** A student whose repeated values are each a string of their own, as a caller may hold them. */
  private static StudentRecord student(String id, String sisId) {
    return StudentRecord.builder()
        .id(id)
        .sourceId("src-" + id)
        .sisId(sisId)
        .studentNumber(new String(sisId.toCharArray()))
        .displayId(new String(sisId.toCharArray()))
        .grade(new String("5".toCharArray()))
        .ellStatus(new String("N".toCharArray()))
        .extensionFields(
            Map.of(new String("homeroom".toCharArray()), new String("101".toCharArray())))
        .build();
  }

  private static ContactLink link(String studentId) {
    return ContactLink.builder()
        .studentId(studentId)
        .type(new String("guardian".toCharArray()))
        .relationship(new String("Parent".toCharArray()))
        .addedBy(Actor.SYNC)
        .build();
  }

  @Test
  void theSamePlanAppliedAgainChangesNothing() {
    GeneratedWorld w = worldWith(DecisionKind.CREATE_CLASSROOM);
    DataSource ds = database().fresh();
    JdbcStore store = JdbcStore.open(ds);
    LoadedState loaded = store.importState(w.state());
    Plan plan = plan(w, loaded.state());
    assertThat(store.apply(plan, loaded).applied()).isTrue();
    Map<String, List<String>> once = Dump.of(ds);

    ApplyResult again = store.apply(plan, loaded);

    assertThat(again.applied()).isFalse();
    assertThat(again.changes()).isZero();
    assertThat(Dump.of(ds)).isEqualTo(once);
  }

  @Test
  void aPlanComputedAgainstAnOlderStateIsRefusedAndChangesNothing() {
    GeneratedWorld w = worldWith(DecisionKind.CREATE_CLASSROOM);
    DataSource ds = database().fresh();
    JdbcStore store = JdbcStore.open(ds);
    LoadedState old = store.importState(w.state());
    Plan first = plan(w, old.state());
    store.apply(first, old);
    // A second plan against the same old state: tonight's run racing an earlier one, or a stale
    // review.
    Plan stale =
        Planner.create(w.settings()).plan(w.roster(), old.state(), w.now().plusSeconds(60));
    Map<String, List<String>> before = Dump.of(ds);

    assertThatThrownBy(() -> store.apply(stale, old))
        .isInstanceOfSatisfying(
            StalePlanException.class,
            e -> {
              assertThat(e.plannedVersion()).isEqualTo(old.version());
              assertThat(e.storedVersion()).isEqualTo(old.version() + 1);
              assertThat(e).hasMessageContaining("load() again, plan again");
            });
    assertThat(Dump.of(ds)).isEqualTo(before);
  }

  @Test
  void aDecisionThatDoesNotFitTheStateFailsNamingItAndChangesNothing() {
    GeneratedWorld w = worldWith(DecisionKind.ADD_STUDENT);
    DataSource ds = database().fresh();
    JdbcStore store = JdbcStore.open(ds);
    LoadedState loaded = store.importState(w.state());
    Plan plan = plan(w, loaded.state());
    Decision add =
        plan.changes().stream()
            .filter(d -> d.kind() == DecisionKind.ADD_STUDENT)
            .findFirst()
            .orElseThrow();
    Plan broken =
        Plan.builder()
            .from(plan)
            .addDecisions(Decision.builder().from(add).targetId("nobody").build())
            .build();
    Map<String, List<String>> before = Dump.of(ds);

    assertThatThrownBy(() -> store.apply(broken, loaded))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("(ADD_STUDENT): student record nobody is not in the state");
    assertThat(Dump.of(ds)).isEqualTo(before);
  }

  @Test
  void aCrashAtAnyPointOfAnApplyLosesNothingAndTheRetryConverges() {
    GeneratedWorld w =
        worldWith(
            DecisionKind.CREATE_STUDENT, DecisionKind.ARCHIVE_CLASSROOM, DecisionKind.LINK_CONTACT);
    int opening = migrationSteps();
    DataSource clean = database().fresh();
    JdbcStore store = JdbcStore.open(clean);
    LoadedState loaded = store.importState(w.state());
    Plan plan = plan(w, loaded.state());
    FaultyDataSource counting = new FaultyDataSource(clean, Integer.MAX_VALUE, false);
    JdbcStore.open(counting).apply(plan, loaded);
    Map<String, List<String>> uninterrupted = Dump.of(clean);
    int points = counting.count() - opening;
    assertThat(points).as("statements and commits in one apply").isGreaterThan(5);

    for (int at = 1; at <= points; at++) {
      DataSource ds = database().fresh();
      JdbcStore s = JdbcStore.open(ds);
      s.importState(w.state());
      Map<String, List<String>> before = Dump.of(ds);
      JdbcStore crashing = JdbcStore.open(new FaultyDataSource(ds, opening + at, false));
      int point = at;

      assertThatThrownBy(() -> crashing.apply(plan, loaded))
          .as("crash at %d", point)
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("nothing was changed");
      assertThat(Dump.of(ds)).as("after a crash at %d", point).isEqualTo(before);
      s.apply(plan, loaded);
      assertThat(Dump.of(ds)).as("retry after a crash at %d", point).isEqualTo(uninterrupted);
    }
  }

  @Test
  void aLostCommitAcknowledgementIsRecognisedOnRetry() {
    GeneratedWorld w = worldWith(DecisionKind.CREATE_STUDENT);
    DataSource ds = database().fresh();
    JdbcStore store = JdbcStore.open(ds);
    LoadedState loaded = store.importState(w.state());
    Plan plan = plan(w, loaded.state());
    // Opening counts no commit past the migrator's; the apply's commit is the next one.
    JdbcStore lossy = JdbcStore.open(new FaultyDataSource(ds, 1, true));

    assertThatThrownBy(() -> lossy.apply(plan, loaded)).isInstanceOf(StoreException.class);
    Map<String, List<String>> committed = Dump.of(ds);
    ApplyResult retry = store.apply(plan, loaded);

    assertThat(retry.applied()).isFalse();
    assertThat(Dump.of(ds)).isEqualTo(committed);
    assertThat(store.load().version()).isEqualTo(loaded.version() + 1);
  }

  /** Statements and commits that {@link JdbcStore#open} runs on an up-to-date database. */
  private int migrationSteps() {
    DataSource ds = database().fresh();
    JdbcStore.open(ds);
    FaultyDataSource counting = new FaultyDataSource(ds, Integer.MAX_VALUE, false);
    JdbcStore.open(counting);
    return counting.count();
  }

  /** Returns the first evolved world whose plan applies every given kind. */
  private static GeneratedWorld worldWith(DecisionKind... kinds) {
    for (long seed = 0; seed < 10_000; seed++) {
      GeneratedWorld w = GeneratedWorlds.evolved(seed);
      Plan plan = plan(w, w.state());
      boolean all = true;
      for (DecisionKind k : kinds) {
        all &= plan.changes().stream().anyMatch(d -> d.kind() == k);
      }
      if (all) {
        return w;
      }
    }
    throw new AssertionError("no evolved world applies all of " + List.of(kinds));
  }
}
