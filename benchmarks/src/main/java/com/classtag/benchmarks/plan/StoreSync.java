package com.classtag.benchmarks.plan;

import com.classtag.sync.jdbc.ApplyResult;
import com.classtag.sync.jdbc.JdbcStore;
import com.classtag.sync.jdbc.LoadedState;
import com.classtag.sync.plan.Plan;
import com.classtag.sync.plan.Planner;
import com.classtag.sync.settings.SyncSettings;
import com.classtag.sync.source.Roster;
import com.classtag.sync.state.AppState;
import com.classtag.sync.state.Classroom;
import com.classtag.sync.state.ContactAccount;
import com.classtag.sync.state.ContactLink;
import com.classtag.sync.state.SchoolAccess;
import com.classtag.sync.state.SectionRef;
import com.classtag.sync.state.StaffAccount;
import com.classtag.sync.state.StudentMembership;
import com.classtag.sync.state.StudentRecord;
import com.classtag.sync.state.TeacherMembership;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.h2.jdbcx.JdbcDataSource;
import org.postgresql.ds.PGSimpleDataSource;

/**
 * A first sync through sync-jdbc, timed phase by phase: load the (schools-only) state, plan, apply,
 * load the synced state (and the heap it holds, between full collections) and plan again. The
 * baseline, in the same run: a plain JDBC batch insert (1,000 rows a batch, one transaction) of the
 * same rows into an empty copy of the same schema. Not JMH: one 1M-student first sync takes
 * minutes, and each phase runs once per engine. Usage:
 *
 * <pre>
 * java -Xmx12g -cp benchmarks/target/benchmarks.jar com.classtag.benchmarks.plan.StoreSync STUDENTS \
 *     h2:DIR | pg:HOST:PORT ...
 * </pre>
 *
 * {@code benchmarks/store.sh} starts a throwaway PostgreSQL and runs both engines.
 */
public final class StoreSync {
  private static final Instant NOW = Instant.parse("2025-09-02T07:00:00Z");

  private StoreSync() {}

  /**
   * Runs the benchmark.
   *
   * @param args the number of students (a multiple of 20), then engines: {@code h2:DIR} (file
   *     databases in DIR) or {@code pg:HOST:PORT:DATABASE} (databases dropped and created there)
   * @throws Exception if a phase fails
   */
  public static void main(String[] args) throws Exception {
    int students = Integer.parseInt(args[0]);
    SyntheticRoster synthetic = new SyntheticRoster(students);
    Roster roster = synthetic.roster();
    AppState schools = synthetic.firstSyncState();
    Planner planner = Planner.create(SyncSettings.defaults());
    System.out.printf(
        "| engine | students | load (empty) | plan | apply | decisions applied | rows | plain batch"
            + " insert | apply / insert | load (synced) | plan again | changes |%n|---|---:|---:|---:|---:|---:|---:|"
            + "---:|---:|---:|---:|---:|%n");
    for (int i = 1; i < args.length; i++) {
      String engine = args[i];
      DataSource store = dataSource(engine, "store");
      DataSource plain = dataSource(engine, "plain");
      System.gc();
      JdbcStore s = JdbcStore.open(store);
      s.importState(schools);

      // Each phase is printed to stderr as it ends (a long run killed midway still leaves its
      // figures), and what a later phase does not need is dropped first: a 1M-student plan and its
      // state weigh gigabytes.
      long t0 = System.nanoTime();
      LoadedState empty = s.load();
      long t1 = phase(engine, "load (schools only)", t0);
      Plan plan = planner.plan(roster, empty.state(), NOW);
      long t2 = phase(engine, "plan (" + plan.changes().size() + " decisions)", t1);
      ApplyResult result = s.apply(plan, empty);
      long t3 = phase(engine, "apply", t2);
      plan = null;
      empty = null;
      long heapBefore = liveHeap();
      long l0 = System.nanoTime();
      LoadedState synced = s.load();
      long t4 = phase(engine, "load (synced)", l0);
      System.err.printf(
          "%s: the synced state holds %,d MB of heap%n",
          engine.substring(0, engine.indexOf(':')), (liveHeap() - heapBefore) >> 20);
      long a0 = System.nanoTime();
      int again = planner.plan(roster, synced.state(), NOW.plusSeconds(86_400)).changes().size();
      long t5 = phase(engine, "plan again (" + again + " changes)", a0);

      JdbcStore.open(plain).importState(schools);
      System.gc();
      long p0 = System.nanoTime();
      long rows = PlainInsert.insert(plain, synced.state());
      long p1 = phase(engine, "plain batch insert (" + rows + " rows)", p0);
      synced = null;

      System.out.printf(
          "| %s | %,d | %.1f s | %.1f s | %.1f s | %,d | %,d | %.1f s | %.2f | %.1f s | %.1f s | %,d |%n",
          engine.substring(0, engine.indexOf(':')),
          students,
          sec(t1 - t0),
          sec(t2 - t1),
          sec(t3 - t2),
          result.changes(),
          rows,
          sec(p1 - p0),
          (double) (t3 - t2) / (p1 - p0),
          sec(t4 - l0),
          sec(t5 - a0),
          again);
    }
  }

  /** Prints a phase's time and the heap in use to stderr, and returns the time it ended. */
  private static long phase(String engine, String what, long started) {
    long now = System.nanoTime();
    Runtime rt = Runtime.getRuntime();
    System.err.printf(
        "%s: %s in %.1f s (heap in use %,d MB)%n",
        engine.substring(0, engine.indexOf(':')),
        what,
        sec(now - started),
        (rt.totalMemory() - rt.freeMemory()) >> 20);
    return now;
  }

  /** Returns the heap in use after a full collection, in bytes. */
  private static long liveHeap() {
    System.gc();
    Runtime rt = Runtime.getRuntime();
    return rt.totalMemory() - rt.freeMemory();
  }

  private static double sec(long nanos) {
    return nanos / 1e9;
  }

  private static DataSource dataSource(String engine, String name) throws SQLException {
    String[] parts = engine.split(":");
    if (parts[0].equals("h2")) {
      java.io.File file = new java.io.File(parts[1], name + ".mv.db");
      file.delete();
      JdbcDataSource ds = new JdbcDataSource();
      ds.setURL("jdbc:h2:file:" + new java.io.File(parts[1], name).getAbsolutePath());
      return ds;
    }
    PGSimpleDataSource admin = pg(parts[1], Integer.parseInt(parts[2]), "postgres");
    try (Connection c = admin.getConnection();
        java.sql.Statement st = c.createStatement()) {
      st.execute("DROP DATABASE IF EXISTS " + name);
      st.execute("CREATE DATABASE " + name);
    }
    return pg(parts[1], Integer.parseInt(parts[2]), name);
  }

  private static PGSimpleDataSource pg(String host, int port, String database) {
    PGSimpleDataSource ds = new PGSimpleDataSource();
    ds.setServerNames(new String[] {host});
    ds.setPortNumbers(new int[] {port});
    ds.setDatabaseName(database);
    ds.setUser("postgres");
    return ds;
  }

  /** The baseline: the synced state's rows, inserted with plain JDBC batches in one transaction. */
  static final class PlainInsert {
    private PlainInsert() {}

    static long insert(DataSource ds, AppState state) throws SQLException {
      long rows = 0;
      long pos = 1_000_000_000L;
      try (Connection c = ds.getConnection()) {
        c.setAutoCommit(false);
        try (Batch st =
                new Batch(
                    c,
                    "INSERT INTO student (id, pos, source_id, sis_id, student_number,"
                        + " legacy_id, first_name, last_name, email, grade, display_id, ell_status, frl_status, iep_status)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            Batch ext =
                new Batch(
                    c,
                    "INSERT INTO student_extension (student_id, field_name, field_value, pos)"
                        + " VALUES (?, ?, ?, ?)")) {
          for (StudentRecord s : state.students()) {
            st.add(
                s.id(),
                pos++,
                o(s.sourceId()),
                o(s.sisId()),
                o(s.studentNumber()),
                o(s.legacyId()),
                o(s.firstName()),
                o(s.lastName()),
                o(s.email()),
                o(s.grade()),
                o(s.displayId()),
                o(s.ellStatus()),
                o(s.frlStatus()),
                o(s.iepStatus()));
          }
          st.flush();
          for (StudentRecord s : state.students()) {
            for (Map.Entry<String, String> e : s.extensionFields().entrySet()) {
              ext.add(s.id(), e.getKey(), e.getValue(), pos++);
            }
          }
          rows += st.rows + ext.rows;
        }
        String account =
            " (id, pos, source_id, sis_id, legacy_id, first_name, last_name, email, sms_phone,"
                + " home_phone, status";
        try (Batch st =
                new Batch(
                    c,
                    "INSERT INTO staff"
                        + account
                        + ", district_access)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            Batch access =
                new Batch(
                    c,
                    "INSERT INTO staff_school_access (staff_id, school_id, access_role,"
                        + " added_by, pos) VALUES (?, ?, ?, ?, ?)")) {
          for (StaffAccount a : state.staff()) {
            st.add(
                a.id(),
                pos++,
                o(a.sourceId()),
                o(a.sisId()),
                o(a.legacyId()),
                o(a.firstName()),
                o(a.lastName()),
                o(a.email()),
                o(a.smsPhone()),
                o(a.homePhone()),
                a.status().name(),
                a.districtAccess().map(Enum::name).orElse(null));
          }
          st.flush();
          for (StaffAccount a : state.staff()) {
            for (SchoolAccess s : a.schoolAccess()) {
              access.add(a.id(), s.schoolId(), s.role().name(), s.addedBy().name(), pos++);
            }
          }
          rows += st.rows + access.rows;
        }
        try (Batch st =
                new Batch(
                    c,
                    "INSERT INTO contact"
                        + account
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            Batch links =
                new Batch(
                    c,
                    "INSERT INTO contact_link (contact_id, student_id, link_type,"
                        + " relationship, added_by, pos) VALUES (?, ?, ?, ?, ?, ?)")) {
          for (ContactAccount a : state.contacts()) {
            st.add(
                a.id(),
                pos++,
                o(a.sourceId()),
                o(a.sisId()),
                o(a.legacyId()),
                o(a.firstName()),
                o(a.lastName()),
                o(a.email()),
                o(a.smsPhone()),
                o(a.homePhone()),
                a.status().name());
          }
          st.flush();
          for (ContactAccount a : state.contacts()) {
            for (ContactLink l : a.links()) {
              links.add(
                  a.id(),
                  l.studentId(),
                  o(l.type()),
                  o(l.relationship()),
                  l.addedBy().name(),
                  pos++);
            }
          }
          rows += st.rows + links.rows;
        }
        try (Batch st =
                new Batch(
                    c,
                    "INSERT INTO classroom (id, pos, school_id, name, name_edited, grade)"
                        + " VALUES (?, ?, ?, ?, ?, ?)");
            Batch sections =
                new Batch(
                    c,
                    "INSERT INTO classroom_section (classroom_id, section_id, sis_id, pos)"
                        + " VALUES (?, ?, ?, ?)");
            Batch teachers =
                new Batch(
                    c,
                    "INSERT INTO classroom_teacher (classroom_id, staff_id, teacher_role,"
                        + " added_by, pos) VALUES (?, ?, ?, ?, ?)");
            Batch members =
                new Batch(
                    c,
                    "INSERT INTO classroom_student (classroom_id, student_id, added_by, pos)"
                        + " VALUES (?, ?, ?, ?)")) {
          for (Classroom r : state.classrooms()) {
            st.add(r.id(), pos++, r.schoolId(), r.name(), r.nameEdited(), o(r.grade()));
          }
          st.flush();
          for (Classroom r : state.classrooms()) {
            for (SectionRef s : r.sections()) {
              sections.add(r.id(), s.id(), o(s.sisId()), pos++);
            }
            for (TeacherMembership t : r.teachers()) {
              teachers.add(r.id(), t.staffId(), t.role().name(), t.addedBy().name(), pos++);
            }
            for (StudentMembership m : r.students()) {
              members.add(r.id(), m.studentId(), m.addedBy().name(), pos++);
            }
          }
          rows += st.rows + sections.rows + teachers.rows + members.rows;
        }
        try (Batch st =
            new Batch(c, "INSERT INTO baseline_section (section_id, pos) VALUES (?, ?)")) {
          for (String id : state.baseline().map(b -> b.sectionIds()).orElse(java.util.Set.of())) {
            st.add(id, pos++);
          }
          rows += st.rows;
        }
        c.commit();
      }
      return rows;
    }

    private static String o(Optional<String> v) {
      return v.orElse(null);
    }
  }

  /** One prepared insert, executed 1,000 rows at a time. */
  private static final class Batch implements AutoCloseable {
    private final PreparedStatement p;
    private int pending;
    long rows;

    Batch(Connection c, String sql) throws SQLException {
      p = c.prepareStatement(sql);
    }

    void add(Object... row) throws SQLException {
      for (int i = 0; i < row.length; i++) {
        Object v = row[i];
        if (v == null) {
          p.setNull(i + 1, Types.VARCHAR);
        } else if (v instanceof Long) {
          p.setLong(i + 1, (Long) v);
        } else if (v instanceof Boolean) {
          p.setBoolean(i + 1, (Boolean) v);
        } else {
          p.setString(i + 1, (String) v);
        }
      }
      p.addBatch();
      rows++;
      if (++pending == 1000) {
        flush();
      }
    }

    void flush() throws SQLException {
      if (pending > 0) {
        p.executeBatch();
        pending = 0;
      }
    }

    @Override
    public void close() throws SQLException {
      try (p) {
        flush();
      }
    }
  }
}
