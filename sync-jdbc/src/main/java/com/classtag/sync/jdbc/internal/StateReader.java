package com.classtag.sync.jdbc.internal;

import com.classtag.sync.state.AccessRole;
import com.classtag.sync.state.Actor;
import com.classtag.sync.state.AppSchool;
import com.classtag.sync.state.AppState;
import com.classtag.sync.state.Archive;
import com.classtag.sync.state.ArchiveReason;
import com.classtag.sync.state.Classroom;
import com.classtag.sync.state.ContactAccount;
import com.classtag.sync.state.ContactLink;
import com.classtag.sync.state.SchoolAccess;
import com.classtag.sync.state.SectionBaseline;
import com.classtag.sync.state.SectionRef;
import com.classtag.sync.state.StaffAccount;
import com.classtag.sync.state.StudentMembership;
import com.classtag.sync.state.StudentRecord;
import com.classtag.sync.state.TeacherMembership;
import com.classtag.sync.state.TeacherRole;
import com.classtag.sync.state.UserStatus;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the stored app state, every list in row position order (the order objects were added in),
 * inside the caller's transaction.
 */
public final class StateReader {
  private final Connection c;

  /** The values repeated from row to row, one instance each for this read. */
  private final SharedValues shared = new SharedValues();

  /**
   * Extension field values, kept apart: a district may put a value of its own per student there,
   * which would fill {@link #shared} before the grades and statuses it is for.
   */
  private final SharedValues extensionValues = new SharedValues();

  /**
   * Creates a reader.
   *
   * @param c the connection, in a transaction that sees one consistent state
   */
  public StateReader(Connection c) {
    this.c = c;
  }

  /**
   * Reads the state.
   *
   * @param hasBaseline whether the store holds a baseline
   * @return the state
   * @throws SQLException if the database fails
   * @throws IllegalStateException if a row holds a value the model does not know, naming the table
   */
  public AppState read(boolean hasBaseline) throws SQLException {
    AppState.Builder state = AppState.builder();
    Map<String, List<String>> sources =
        children(
            "SELECT school_id, source_school_id FROM app_school_source ORDER BY pos",
            rs -> rs.getString(2));
    query(
        "SELECT id, name FROM app_school ORDER BY pos",
        rs ->
            state.addSchools(
                AppSchool.builder()
                    .id(rs.getString(1))
                    .name(Optional.ofNullable(rs.getString(2)))
                    .sourceSchoolIds(sources.getOrDefault(rs.getString(1), List.of()))
                    .build()));
    readClassrooms(state);
    Map<String, Map<String, String>> extensions = new HashMap<>();
    query(
        "SELECT student_id, field_name, field_value FROM student_extension ORDER BY pos",
        rs ->
            extensions
                .computeIfAbsent(rs.getString(1), k -> new LinkedHashMap<>())
                .put(shared.share(rs.getString(2)), extensionValues.share(rs.getString(3))));
    query(
        "SELECT id, source_id, sis_id, student_number, legacy_id, first_name, last_name, email, grade,"
            + " display_id, ell_status, frl_status, iep_status FROM student ORDER BY pos",
        rs -> {
          String id = rs.getString(1);
          // The display id is the SIS id or the student number (by the settings), and the two are
          // often one value: one string for all three, as AppStateReader does for a state file.
          String sisId = rs.getString(3);
          String number = sameAs(rs.getString(4), sisId, null);
          state.addStudents(
              StudentRecord.builder()
                  .id(id)
                  .sourceId(opt(rs, 2))
                  .sisId(Optional.ofNullable(sisId))
                  .studentNumber(Optional.ofNullable(number))
                  .legacyId(opt(rs, 5))
                  .firstName(opt(rs, 6))
                  .lastName(opt(rs, 7))
                  .email(opt(rs, 8))
                  .grade(shared(rs, 9))
                  .displayId(Optional.ofNullable(sameAs(rs.getString(10), sisId, number)))
                  .ellStatus(shared(rs, 11))
                  .frlStatus(shared(rs, 12))
                  .iepStatus(shared(rs, 13))
                  .extensionFields(extensions.getOrDefault(id, Map.of()))
                  .build());
        });
    Map<String, List<SchoolAccess>> access =
        children(
            "SELECT staff_id, school_id, access_role, added_by FROM staff_school_access ORDER BY pos",
            rs ->
                SchoolAccess.builder()
                    .schoolId(shared.share(rs.getString(2)))
                    .role(
                        value(AccessRole.class, rs.getString(3), "staff_school_access.access_role"))
                    .addedBy(actor(rs.getString(4), "staff_school_access.added_by"))
                    .build());
    query(
        "SELECT id, source_id, sis_id, legacy_id, first_name, last_name, email, sms_phone, home_phone,"
            + " status, district_access FROM staff ORDER BY pos",
        rs -> {
          String id = rs.getString(1);
          String district = rs.getString(11);
          state.addStaff(
              StaffAccount.builder()
                  .id(id)
                  .sourceId(opt(rs, 2))
                  .sisId(opt(rs, 3))
                  .legacyId(opt(rs, 4))
                  .firstName(opt(rs, 5))
                  .lastName(opt(rs, 6))
                  .email(opt(rs, 7))
                  .smsPhone(opt(rs, 8))
                  .homePhone(opt(rs, 9))
                  .status(value(UserStatus.class, rs.getString(10), "staff.status"))
                  .schoolAccess(access.getOrDefault(id, List.of()))
                  .districtAccess(
                      district == null
                          ? Optional.empty()
                          : Optional.of(actor(district, "staff.district_access")))
                  .build());
        });
    Map<String, List<ContactLink>> links =
        children(
            "SELECT contact_id, student_id, link_type, relationship, added_by FROM contact_link ORDER BY pos",
            rs ->
                ContactLink.builder()
                    .studentId(rs.getString(2))
                    .type(shared(rs, 3))
                    .relationship(shared(rs, 4))
                    .addedBy(actor(rs.getString(5), "contact_link.added_by"))
                    .build());
    query(
        "SELECT id, source_id, sis_id, legacy_id, first_name, last_name, email, sms_phone, home_phone,"
            + " status FROM contact ORDER BY pos",
        rs -> {
          String id = rs.getString(1);
          state.addContacts(
              ContactAccount.builder()
                  .id(id)
                  .sourceId(opt(rs, 2))
                  .sisId(opt(rs, 3))
                  .legacyId(opt(rs, 4))
                  .firstName(opt(rs, 5))
                  .lastName(opt(rs, 6))
                  .email(opt(rs, 7))
                  .smsPhone(opt(rs, 8))
                  .homePhone(opt(rs, 9))
                  .status(value(UserStatus.class, rs.getString(10), "contact.status"))
                  .links(links.getOrDefault(id, List.of()))
                  .build());
        });
    if (hasBaseline) {
      List<String> sections = new ArrayList<>();
      query(
          "SELECT section_id FROM baseline_section ORDER BY pos",
          rs -> sections.add(rs.getString(1)));
      state.baseline(SectionBaseline.of(sections));
    }
    return state.build();
  }

  private void readClassrooms(AppState.Builder state) throws SQLException {
    Map<String, List<SectionRef>> sections =
        children(
            "SELECT classroom_id, section_id, sis_id FROM classroom_section ORDER BY pos",
            rs -> SectionRef.builder().id(rs.getString(2)).sisId(opt(rs, 3)).build());
    Map<String, List<TeacherMembership>> teachers =
        children(
            "SELECT classroom_id, staff_id, teacher_role, added_by FROM classroom_teacher ORDER BY pos",
            rs ->
                TeacherMembership.builder()
                    .staffId(rs.getString(2))
                    .role(
                        value(TeacherRole.class, rs.getString(3), "classroom_teacher.teacher_role"))
                    .addedBy(actor(rs.getString(4), "classroom_teacher.added_by"))
                    .build());
    Map<String, List<StudentMembership>> students =
        children(
            "SELECT classroom_id, student_id, added_by FROM classroom_student ORDER BY pos",
            rs ->
                StudentMembership.of(
                    rs.getString(2), actor(rs.getString(3), "classroom_student.added_by")));
    query(
        "SELECT id, school_id, name, name_edited, grade, archived_by, archived_at, archive_reason"
            + " FROM classroom ORDER BY pos",
        rs -> {
          String id = rs.getString(1);
          Classroom.Builder b =
              Classroom.builder()
                  .id(id)
                  .schoolId(shared.share(rs.getString(2)))
                  .name(rs.getString(3))
                  .nameEdited(rs.getBoolean(4))
                  .grade(shared(rs, 5))
                  .sections(sections.getOrDefault(id, List.of()))
                  .teachers(teachers.getOrDefault(id, List.of()))
                  .students(students.getOrDefault(id, List.of()));
          String by = rs.getString(6);
          if (by != null) {
            String reason = rs.getString(8);
            b.archive(
                Archive.builder()
                    .by(actor(by, "classroom.archived_by"))
                    .at(rs.getObject(7, OffsetDateTime.class).toInstant())
                    .reason(
                        reason == null
                            ? Optional.empty()
                            : Optional.of(
                                value(ArchiveReason.class, reason, "classroom.archive_reason")))
                    .build());
          }
          state.addClassrooms(b.build());
        });
  }

  /** A step that reads one row. */
  private interface RowReader {
    void read(ResultSet rs) throws SQLException;
  }

  /** A function of one row. */
  private interface RowFunction<T> {
    T apply(ResultSet rs) throws SQLException;
  }

  private void query(String sql, RowReader reader) throws SQLException {
    try (Statement s = c.createStatement()) {
      // Rows are streamed, not all held by the driver (PostgreSQL needs a fetch size and a
      // transaction).
      s.setFetchSize(10_000);
      try (ResultSet rs = s.executeQuery(sql)) {
        while (rs.next()) {
          reader.read(rs);
        }
      }
    }
  }

  /**
   * Reads rows whose first column is their parent's id, grouped by parent, each group in row order.
   */
  private <T> Map<String, List<T>> children(String sql, RowFunction<T> f) throws SQLException {
    Map<String, List<T>> out = new HashMap<>();
    query(
        sql, rs -> out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>(2)).add(f.apply(rs)));
    return out;
  }

  private static Optional<String> opt(ResultSet rs, int column) throws SQLException {
    return Optional.ofNullable(rs.getString(column));
  }

  /** Reads a column whose values repeat from row to row, as the instance this read shares. */
  private Optional<String> shared(ResultSet rs, int column) throws SQLException {
    return Optional.ofNullable(shared.share(rs.getString(column)));
  }

  /**
   * Returns {@code a} or {@code b} if equal to {@code value}, else {@code value}; both may be null.
   */
  private static String sameAs(String value, String a, String b) {
    if (value == null) {
      return null;
    }
    return value.equals(a) ? a : value.equals(b) ? b : value;
  }

  private static Actor actor(String v, String column) {
    return value(Actor.class, v, column);
  }

  private static <E extends Enum<E>> E value(Class<E> type, String v, String column) {
    try {
      return Enum.valueOf(type, v);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new IllegalStateException(
          column + " holds \"" + v + "\", which is not a " + type.getSimpleName() + "; fix the row",
          e);
    }
  }
}
