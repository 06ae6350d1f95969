package com.classtag.sync.jdbc;

import com.classtag.sync.jdbc.internal.DecisionApplier;
import com.classtag.sync.jdbc.internal.Migrator;
import com.classtag.sync.jdbc.internal.PlanFingerprint;
import com.classtag.sync.jdbc.internal.StateReader;
import com.classtag.sync.jdbc.internal.StateWriter;
import com.classtag.sync.plan.Plan;
import com.classtag.sync.state.AppState;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import javax.sql.DataSource;

/**
 * The planner's app state in a relational database, over plain JDBC. {@link #open} creates or
 * migrates the schema; {@link #load()} reads the state to plan against; {@link #apply} applies a
 * plan's applied decisions in one transaction, with the meaning sync-core's {@code Planner.apply}
 * gives them, and records the plan's fingerprint:
 *
 * <ul>
 *   <li>the same plan applied again changes nothing ({@link ApplyResult#applied()} is {@code
 *       false});
 *   <li>a plan computed against a state that has changed since is refused ({@link
 *       StalePlanException});
 *   <li>an apply that fails leaves the database as it was: the transaction is rolled back.
 * </ul>
 *
 * <p>The store assigns the app ids of the objects a plan creates ({@link
 * ApplyResult#assignedIds()}). Thread-safe: each call uses its own connection; the database
 * serialises concurrent applies.
 *
 * <pre>{@code
 * JdbcStore store = JdbcStore.open(dataSource);
 * LoadedState loaded = store.load();
 * Plan plan = planner.plan(roster, loaded.state(), clock.instant());
 * if (plan.holds().isEmpty()) {
 *   store.apply(plan, loaded);
 * }
 * }</pre>
 */
public final class JdbcStore {
  private final DataSource dataSource;

  private JdbcStore(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /**
   * Opens a store, creating its tables in an empty database or running the migrations it lacks.
   *
   * @param dataSource where the tables live; the caller brings the driver
   * @return the store
   * @throws NullPointerException if {@code dataSource} is null
   * @throws SchemaVersionException if the database was written by a newer sync-jdbc
   * @throws StoreException if the database fails
   */
  public static JdbcStore open(DataSource dataSource) {
    Objects.requireNonNull(dataSource, "dataSource");
    try (Connection c = dataSource.getConnection()) {
      Migrator.migrate(c);
    } catch (SQLException e) {
      throw new StoreException(
          "creating or migrating the sync-jdbc schema failed (SQLState "
              + e.getSQLState()
              + "); nothing was changed by the failed step",
          e);
    }
    return new JdbcStore(dataSource);
  }

  /**
   * Returns the newest schema version this sync-jdbc knows, the one {@link #open} brings a database
   * to.
   *
   * @return the schema version
   */
  public static int schemaVersion() {
    return Migrator.latestVersion();
  }

  /**
   * Reads the stored app state, in one consistent snapshot, with its version.
   *
   * @return the state and its version
   * @throws StoreException if the database fails
   * @throws IllegalStateException if a row holds a value the model does not know, naming the column
   */
  public LoadedState load() {
    try (Connection c = dataSource.getConnection()) {
      int isolation = c.getTransactionIsolation();
      c.setAutoCommit(false);
      c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      c.setReadOnly(true);
      try {
        Meta meta = Meta.read(c, false);
        AppState state = new StateReader(c).read(meta.hasBaseline);
        c.commit();
        return new LoadedState(state, meta.version);
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        // A pooled connection goes back as it came.
        c.setReadOnly(false);
        c.setTransactionIsolation(isolation);
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException(
          "loading the app state failed (SQLState " + e.getSQLState() + ")", e);
    }
  }

  /**
   * Writes a whole app state into a store that has never been written, for example the app's
   * schools before the first sync, or a state kept elsewhere until now.
   *
   * @param state the state; ids of the form the store assigns ({@code student-12}) are refused
   * @return the stored state, as {@link #load()} reads it
   * @throws IllegalStateException if the store already holds a state
   * @throws IllegalArgumentException if the state repeats a key (a classroom's section, a contact's
   *     student) or uses an id of the form the store assigns; nothing is written
   * @throws StoreException if the database fails, for example on a reference to an unknown id;
   *     nothing is written
   */
  public LoadedState importState(AppState state) {
    Objects.requireNonNull(state, "state");
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        Meta meta = Meta.read(c, true);
        if (meta.version != 0) {
          throw new IllegalStateException(
              "the store already holds a state (version "
                  + meta.version
                  + "); import only into a new store");
        }
        long nextPos = new StateWriter(c).write(state);
        Meta.write(c, 1, nextPos, meta.nextId, state.baseline().isPresent());
        c.commit();
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException(
          "importing the app state failed (SQLState " + e.getSQLState() + "); nothing was written",
          e);
    }
    return load();
  }

  /**
   * Applies a plan's applied decisions ({@code Decision.isChange()}: never a held one or a skip)
   * and its baseline change, in one transaction, and records the plan's fingerprint.
   *
   * @param plan the plan
   * @param planned the loaded state the plan was computed against
   * @return what was done: applied, or found already applied and nothing changed
   * @throws StalePlanException if the stored state changed since {@code planned} was loaded;
   *     nothing changed
   * @throws IllegalArgumentException if a decision does not fit the state, naming it; nothing
   *     changed
   * @throws StoreException if the database fails; nothing changed (the transaction is rolled back)
   */
  public ApplyResult apply(Plan plan, LoadedState planned) {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(planned, "planned");
    String fingerprint = PlanFingerprint.of(plan);
    try (Connection c = dataSource.getConnection()) {
      c.setAutoCommit(false);
      try {
        Meta meta = Meta.read(c, true);
        if (alreadyApplied(c, fingerprint)) {
          c.rollback();
          return ApplyResult.alreadyApplied(meta.version);
        }
        if (meta.version != planned.version()) {
          throw new StalePlanException(planned.version(), meta.version);
        }
        DecisionApplier applier =
            new DecisionApplier(c, plan, planned.state(), meta.nextPos, meta.nextId);
        int changes = applier.apply();
        boolean hasBaseline =
            meta.hasBaseline || !plan.paused() && !plan.baselineChange().isEmpty();
        long version = meta.version + 1;
        Meta.write(c, version, applier.nextPos(), applier.nextId(), hasBaseline);
        try (PreparedStatement p =
            c.prepareStatement(
                "INSERT INTO applied_plan (fingerprint, state_version, changes) VALUES (?, ?, ?)")) {
          p.setString(1, fingerprint);
          p.setLong(2, version);
          p.setInt(3, changes);
          p.executeUpdate();
        }
        c.commit();
        return ApplyResult.applied(version, changes, applier.assignedIds());
      } catch (SQLException | RuntimeException e) {
        c.rollback();
        throw e;
      } finally {
        c.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException(
          "applying the plan failed (SQLState "
              + e.getSQLState()
              + "); nothing was changed: the transaction was rolled back, so the same plan can be applied again",
          e);
    }
  }

  private static boolean alreadyApplied(Connection c, String fingerprint) throws SQLException {
    try (PreparedStatement p =
        c.prepareStatement("SELECT 1 FROM applied_plan WHERE fingerprint = ?")) {
      p.setString(1, fingerprint);
      try (ResultSet rs = p.executeQuery()) {
        return rs.next();
      }
    }
  }

  @Override
  public String toString() {
    return "JdbcStore{schemaVersion=" + schemaVersion() + '}';
  }

  /** The store's one-row bookkeeping table. */
  private static final class Meta {
    final long version;
    final long nextPos;
    final long nextId;
    final boolean hasBaseline;

    private Meta(long version, long nextPos, long nextId, boolean hasBaseline) {
      this.version = version;
      this.nextPos = nextPos;
      this.nextId = nextId;
      this.hasBaseline = hasBaseline;
    }

    /**
     * Reads the row; with {@code lock}, holds it until the transaction ends, so writers go one at a
     * time.
     */
    static Meta read(Connection c, boolean lock) throws SQLException {
      try (PreparedStatement p =
              c.prepareStatement(
                  "SELECT state_version, next_pos, next_id, has_baseline"
                      + " FROM sync_store WHERE id = 1"
                      + (lock ? " FOR UPDATE" : ""));
          ResultSet rs = p.executeQuery()) {
        if (!rs.next()) {
          throw new StoreException(
              "the sync_store table has no row: the schema was damaged by hand", null);
        }
        return new Meta(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getBoolean(4));
      }
    }

    static void write(Connection c, long version, long nextPos, long nextId, boolean hasBaseline)
        throws SQLException {
      try (PreparedStatement p =
          c.prepareStatement(
              "UPDATE sync_store SET state_version = ?, next_pos = ?,"
                  + " next_id = ?, has_baseline = ? WHERE id = 1")) {
        p.setLong(1, version);
        p.setLong(2, nextPos);
        p.setLong(3, nextId);
        p.setBoolean(4, hasBaseline);
        p.executeUpdate();
      }
    }
  }
}
