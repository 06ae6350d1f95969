package com.classtag.sync.jdbc.internal;

import com.classtag.sync.state.Actor;
import com.classtag.sync.state.AppSchool;
import com.classtag.sync.state.AppState;
import com.classtag.sync.state.Archive;
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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Writes a whole app state into an empty store, every list in its order. A member listed twice in
 * one classroom is stored once, at its first place, as added by a person if either entry was (as
 * {@code Planner.apply} merges them); any other repeated key is refused.
 */
public final class StateWriter {
  /** A null timestamp: PostgreSQL refuses a null typed as text in a timestamp column. */
  private static final Object NO_TIME = new Object();

  private final Connection c;
  private long pos = 1;

  /**
   * Creates a writer.
   *
   * @param c the connection, in the caller's transaction
   */
  public StateWriter(Connection c) {
    this.c = c;
  }

  /**
   * Writes the state.
   *
   * @param state the state
   * @return the first row position not used
   * @throws IllegalArgumentException if the state repeats a key or uses an id of the form the store
   *     assigns
   * @throws SQLException if the database fails, for example on a reference to an unknown id
   */
  public long write(AppState state) throws SQLException {
    try (Rows schools = new Rows("INSERT INTO app_school (id, pos, name) VALUES (?, ?, ?)");
        Rows sources =
            new Rows(
                "INSERT INTO app_school_source (school_id, source_school_id, pos) VALUES (?, ?, ?)",
                schools)) {
      for (AppSchool s : state.schools()) {
        schools.add(s.id(), pos++, s.name().orElse(null));
        for (String source : unique(s.sourceSchoolIds(), "school " + s.id() + " source school")) {
          sources.add(s.id(), source, pos++);
        }
      }
    }
    try (Rows students =
            new Rows(
                "INSERT INTO student (id, pos, source_id, sis_id, student_number, legacy_id,"
                    + " first_name, last_name, email, grade, display_id, ell_status, frl_status, iep_status)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        Rows extensions =
            new Rows(
                "INSERT INTO student_extension (student_id, field_name, field_value, pos)"
                    + " VALUES (?, ?, ?, ?)",
                students)) {
      for (StudentRecord s : state.students()) {
        students.add(
            id(s.id()),
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
        for (Map.Entry<String, String> e : s.extensionFields().entrySet()) {
          extensions.add(s.id(), e.getKey(), e.getValue(), pos++);
        }
      }
    }
    String account =
        " (id, pos, source_id, sis_id, legacy_id, first_name, last_name, email, sms_phone,"
            + " home_phone, status";
    try (Rows staff =
            new Rows(
                "INSERT INTO staff"
                    + account
                    + ", district_access)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        Rows access =
            new Rows(
                "INSERT INTO staff_school_access (staff_id, school_id, access_role, added_by, pos)"
                    + " VALUES (?, ?, ?, ?, ?)",
                staff)) {
      for (StaffAccount a : state.staff()) {
        staff.add(
            id(a.id()),
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
            a.districtAccess().map(Actor::name).orElse(null));
        Set<String> seen = new HashSet<>();
        for (SchoolAccess s : a.schoolAccess()) {
          if (!seen.add(s.schoolId())) {
            throw new IllegalArgumentException(
                "staff account "
                    + a.id()
                    + " has school "
                    + s.schoolId()
                    + " twice in its school access");
          }
          access.add(a.id(), s.schoolId(), s.role().name(), s.addedBy().name(), pos++);
        }
      }
    }
    try (Rows contacts =
            new Rows(
                "INSERT INTO contact" + account + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        Rows links =
            new Rows(
                "INSERT INTO contact_link (contact_id, student_id, link_type, relationship,"
                    + " added_by, pos) VALUES (?, ?, ?, ?, ?, ?)",
                contacts)) {
      for (ContactAccount a : state.contacts()) {
        contacts.add(
            id(a.id()),
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
        Set<String> seen = new HashSet<>();
        for (ContactLink l : a.links()) {
          if (!seen.add(l.studentId())) {
            throw new IllegalArgumentException(
                "contact account " + a.id() + " links student " + l.studentId() + " twice");
          }
          links.add(
              a.id(), l.studentId(), o(l.type()), o(l.relationship()), l.addedBy().name(), pos++);
        }
      }
    }
    writeClassrooms(state);
    if (state.baseline().isPresent()) {
      try (Rows baseline =
          new Rows("INSERT INTO baseline_section (section_id, pos) VALUES (?, ?)")) {
        for (String id : state.baseline().get().sectionIds()) {
          baseline.add(id, pos++);
        }
      }
    }
    return pos;
  }

  private void writeClassrooms(AppState state) throws SQLException {
    try (Rows classrooms =
            new Rows(
                "INSERT INTO classroom (id, pos, school_id, name, name_edited, grade,"
                    + " archived_by, archived_at, archive_reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
        Rows sections =
            new Rows(
                "INSERT INTO classroom_section (classroom_id, section_id, sis_id, pos)"
                    + " VALUES (?, ?, ?, ?)",
                classrooms);
        Rows teachers =
            new Rows(
                "INSERT INTO classroom_teacher (classroom_id, staff_id, teacher_role, added_by,"
                    + " pos) VALUES (?, ?, ?, ?, ?)",
                classrooms);
        Rows students =
            new Rows(
                "INSERT INTO classroom_student (classroom_id, student_id, added_by, pos)"
                    + " VALUES (?, ?, ?, ?)",
                classrooms)) {
      for (Classroom c : state.classrooms()) {
        Optional<Archive> archive = c.archive();
        classrooms.add(
            id(c.id()),
            pos++,
            c.schoolId(),
            c.name(),
            c.nameEdited(),
            o(c.grade()),
            archive.map(a -> a.by().name()).orElse(null),
            archive
                .<Object>map(a -> OffsetDateTime.ofInstant(a.at(), ZoneOffset.UTC))
                .orElse(NO_TIME),
            archive.flatMap(Archive::reason).map(Enum::name).orElse(null));
        Set<String> seen = new HashSet<>();
        for (SectionRef s : c.sections()) {
          if (!seen.add(s.id())) {
            throw new IllegalArgumentException(
                "classroom " + c.id() + " is linked to section " + s.id() + " twice");
          }
          sections.add(c.id(), s.id(), o(s.sisId()), pos++);
        }
        Map<String, TeacherMembership> t = new LinkedHashMap<>();
        for (TeacherMembership m : c.teachers()) {
          TeacherMembership first = t.putIfAbsent(m.staffId(), m);
          if (first != null && m.addedBy() == Actor.PERSON) {
            t.put(
                m.staffId(), TeacherMembership.builder().from(first).addedBy(Actor.PERSON).build());
          }
        }
        for (TeacherMembership m : t.values()) {
          teachers.add(c.id(), m.staffId(), m.role().name(), m.addedBy().name(), pos++);
        }
        Map<String, Actor> s = new LinkedHashMap<>();
        for (StudentMembership m : c.students()) {
          s.merge(
              m.studentId(),
              m.addedBy(),
              (a, b) -> a == Actor.PERSON || b == Actor.PERSON ? Actor.PERSON : a);
        }
        for (Map.Entry<String, Actor> m : s.entrySet()) {
          students.add(c.id(), m.getKey(), m.getValue().name(), pos++);
        }
      }
    }
  }

  private static Iterable<String> unique(Iterable<String> ids, String what) {
    Set<String> seen = new HashSet<>();
    for (String id : ids) {
      if (!seen.add(id)) {
        throw new IllegalArgumentException(what + " " + id + " is listed twice");
      }
    }
    return ids;
  }

  private static String id(String id) {
    if (AppIds.looksAssigned(id)) {
      throw new IllegalArgumentException(
          "app id "
              + id
              + " has the form of the ids the store assigns"
              + " (<kind>-<n>); import the state with other ids");
    }
    return id;
  }

  private static String o(Optional<String> v) {
    return v.orElse(null);
  }

  /** One insert statement, batched; a child table's batch runs its parent's pending batch first. */
  private final class Rows implements AutoCloseable {
    private final PreparedStatement p;
    private final Rows parent;
    private int pending;

    Rows(String sql) throws SQLException {
      this(sql, null);
    }

    Rows(String sql, Rows parent) throws SQLException {
      this.p = c.prepareStatement(sql);
      this.parent = parent;
    }

    void flush() throws SQLException {
      if (parent != null) {
        parent.flush();
      }
      if (pending > 0) {
        p.executeBatch();
        pending = 0;
      }
    }

    void add(Object... row) throws SQLException {
      for (int i = 0; i < row.length; i++) {
        Object v = row[i];
        if (v == null) {
          p.setNull(i + 1, Types.VARCHAR);
        } else if (v == NO_TIME) {
          p.setNull(i + 1, Types.TIMESTAMP_WITH_TIMEZONE);
        } else if (v instanceof OffsetDateTime) {
          p.setObject(i + 1, v);
        } else if (v instanceof Long) {
          p.setLong(i + 1, (Long) v);
        } else if (v instanceof Boolean) {
          p.setBoolean(i + 1, (Boolean) v);
        } else {
          p.setString(i + 1, (String) v);
        }
      }
      p.addBatch();
      if (++pending == 1000) {
        flush();
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
