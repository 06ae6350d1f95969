package com.classtag.sync.jdbc.internal;

import com.classtag.sync.plan.BaselineChange;
import com.classtag.sync.plan.Decision;
import com.classtag.sync.plan.Field;
import com.classtag.sync.plan.Plan;
import com.classtag.sync.state.AccessRole;
import com.classtag.sync.state.AppState;
import com.classtag.sync.state.ArchiveReason;
import com.classtag.sync.state.Classroom;
import com.classtag.sync.state.ContactAccount;
import com.classtag.sync.state.StaffAccount;
import com.classtag.sync.state.StudentRecord;
import com.classtag.sync.state.TeacherRole;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Applies a plan's decisions to the store's tables, with the meaning sync-core's {@code Planner.apply} gives
 * them: one method per decision kind, each turning its decision into statements on the rows it names. Held
 * decisions and skips are never applied; creations run first, so later decisions can name the objects they
 * create by provisional id whatever the plan's order, and those ids resolve to the app ids assigned here.
 *
 * <p>It runs inside the caller's transaction and checks each decision against the state the plan was computed
 * from (the caller has checked that it is still the stored one), so a decision that does not fit fails the
 * apply with an {@link IllegalArgumentException} naming it, as {@code Planner.apply} does.
 */
public final class DecisionApplier {
  /** The student columns of {@link Sql#INSERT_STUDENT} and {@link Sql#UPDATE_STUDENT}, in order. */
  private static final List<String> STUDENT_FIELDS = List.of(Field.SOURCE_ID.jsonName(), Field.SIS_ID.jsonName(),
      Field.STUDENT_NUMBER.jsonName(), Field.LEGACY_ID.jsonName(), Field.FIRST_NAME.jsonName(), Field.LAST_NAME.jsonName(), Field.EMAIL.jsonName(), Field.GRADE.jsonName(),
      Field.DISPLAY_ID.jsonName(), Field.ELL_STATUS.jsonName(), Field.FRL_STATUS.jsonName(), Field.IEP_STATUS.jsonName());
  /** The staff and contact columns of their inserts and updates, in order. */
  private static final Set<String> CLASSROOM_FIELDS = Set.of(Field.NAME.jsonName(), Field.GRADE.jsonName(),
      Field.SCHOOL_ID.jsonName(), Field.SECTION.jsonName(), Field.PREVIOUS_SECTION.jsonName(),
      Field.SECTION_SIS_ID.jsonName());

  private static final List<String> ACCOUNT_FIELDS = List.of(Field.SOURCE_ID.jsonName(), Field.SIS_ID.jsonName(), Field.LEGACY_ID.jsonName(),
      Field.FIRST_NAME.jsonName(), Field.LAST_NAME.jsonName(), Field.EMAIL.jsonName(), Field.SMS_PHONE.jsonName(), Field.HOME_PHONE.jsonName());

  private final Plan plan;
  private final Batches batches;
  private final Set<String> classrooms = new HashSet<>();
  private final Set<String> students = new HashSet<>();
  private final Set<String> staff = new HashSet<>();
  private final Set<String> contacts = new HashSet<>();
  private final Map<String, String> assigned = new LinkedHashMap<>();
  /** The objects this plan created, by app id: their rows can only exist if this plan added them. */
  private final Set<String> created = new HashSet<>();
  /** The rows this plan added to objects it created (members, links, access), by row key. */
  private final Set<String> addedToCreated = new HashSet<>();
  private long nextPos;
  private long nextId;
  /** The index in the plan of the decision being applied: the owner of the rows it touches. */
  private int current;

  /**
   * Prepares to apply a plan.
   *
   * @param connection the connection, in the caller's transaction
   * @param plan the plan
   * @param state the state the plan was computed from, which is the stored one
   * @param nextPos the first free row position
   * @param nextId the first free number for assigned app ids
   */
  public DecisionApplier(Connection connection, Plan plan, AppState state, long nextPos, long nextId) {
    this.plan = plan;
    this.batches = new Batches(connection);
    this.nextPos = nextPos;
    this.nextId = nextId;
    for (Classroom c : state.classrooms()) {
      classrooms.add(c.id());
    }
    for (StudentRecord s : state.students()) {
      students.add(s.id());
    }
    for (StaffAccount s : state.staff()) {
      staff.add(s.id());
    }
    for (ContactAccount c : state.contacts()) {
      contacts.add(c.id());
    }
  }

  /**
   * Applies every applied decision and the baseline change, as statements on the caller's connection.
   *
   * @return the number of decisions applied
   * @throws IllegalArgumentException if a decision does not fit the state, naming the decision
   * @throws SQLException if the database fails
   */
  public int apply() throws SQLException {
    if (plan.paused()) {
      return 0;
    }
    int applied = 0;
    try (batches) {
      List<Decision> decisions = plan.decisions();
      for (int pass = 0; pass < 2; pass++) {
        for (int i = 0; i < decisions.size(); i++) {
          Decision d = decisions.get(i);
          if (d.isChange() && d.kind().isCreation() == (pass == 0)) {
            current = i;
            try {
              apply(d);
            } catch (IllegalArgumentException | IllegalStateException e) {
              throw new IllegalArgumentException("decision #" + i + " (" + d.kind() + "): " + e.getMessage(), e);
            }
            applied++;
          }
        }
      }
      current = -1;
      baseline(plan.baselineChange());
      batches.flush();
    }
    return applied;
  }

  /**
   * Returns the app ids assigned to the plan's created objects.
   *
   * @return provisional id to app id, in creation order
   */
  public Map<String, String> assignedIds() {
    return assigned;
  }

  /**
   * Returns the first row position not used.
   *
   * @return the next position
   */
  public long nextPos() {
    return nextPos;
  }

  /**
   * Returns the first app id number not used.
   *
   * @return the next number
   */
  public long nextId() {
    return nextId;
  }

  // One method per decision kind: when sync-core's typed handler lands, this switch becomes
  // plan.applyTo(this) and each case's method its implementation.
  private void apply(Decision d) throws SQLException {
    switch (d.kind()) {
      case CREATE_CLASSROOM: createClassroom(d); break;
      case UPDATE_CLASSROOM: updateClassroom(d); break;
      case ARCHIVE_CLASSROOM: archiveClassroom(d); break;
      case UNARCHIVE_CLASSROOM: unarchiveClassroom(d); break;
      case ADD_TEACHER: addTeacher(d); break;
      case REMOVE_TEACHER: removeTeacher(d); break;
      case ADD_STUDENT: addStudent(d); break;
      case REMOVE_STUDENT: removeStudent(d); break;
      case CREATE_STUDENT: createStudent(d); break;
      case UPDATE_STUDENT: updateStudent(d); break;
      case CREATE_STAFF: createStaff(d); break;
      case UPDATE_STAFF: updateStaff(d); break;
      case ADD_SCHOOL_ACCESS: addSchoolAccess(d); break;
      case REMOVE_SCHOOL_ACCESS: removeSchoolAccess(d); break;
      case ADD_DISTRICT_ACCESS: addDistrictAccess(d); break;
      case REMOVE_DISTRICT_ACCESS: removeDistrictAccess(d); break;
      case INVITE_CONTACT: inviteContact(d); break;
      case UPDATE_CONTACT: updateContact(d); break;
      case LINK_CONTACT: linkContact(d); break;
      case UNLINK_CONTACT: unlinkContact(d); break;
      default: throw new IllegalArgumentException("kind " + d.kind() + " cannot be applied");
    }
  }

  void createClassroom(Decision d) throws SQLException {
    String id = create(classrooms, need(d.classroomId(), "classroomId"), "classroom");
    String name = need(d.value(Field.NAME), "values.name");
    String section = need(d.value(Field.SECTION), "values.section");
    touch("c:" + id);
    touch("cs:" + id);
    batches.add(Sql.INSERT_CLASSROOM, id, nextPos++, need(d.schoolId(), "schoolId"), name, false,
        nonEmpty(d.value(Field.GRADE)));
    batches.add(Sql.INSERT_CLASSROOM_SECTION, id, section, nonEmpty(d.value(Field.SECTION_SIS_ID)), nextPos++);
  }

  void updateClassroom(Decision d) throws SQLException {
    String id = classroom(d);
    for (String key : d.values().keySet()) {
      if (!CLASSROOM_FIELDS.contains(key)) {
        throw new IllegalArgumentException("unknown classroom value " + key);
      }
    }
    Optional<String> name = d.value(Field.NAME);
    Optional<String> grade = d.value(Field.GRADE);
    Optional<String> school = d.value(Field.SCHOOL_ID);
    if (name.isPresent() || grade.isPresent() || school.isPresent()) {
      touch("c:" + id);
      batches.add(Sql.UPDATE_CLASSROOM, name.isPresent(), name.orElse(null), name.isPresent(),
          grade.isPresent(), grade.filter(v -> !v.isEmpty()).orElse(null), school.isPresent(),
          school.orElse(null), id);
    }
    Optional<String> section = d.value(Field.SECTION);
    if (section.isPresent()) {
      String previous = need(d.value(Field.PREVIOUS_SECTION), "values.previousSection");
      touch("cs:" + id);
      batches.addExpectingOne(Sql.RELINK_SECTION,
          "decision #" + current + " (" + d.kind() + "): classroom " + id + " is not linked to section "
              + previous,
          section.get(), nonEmpty(d.value(Field.SECTION_SIS_ID)), id, previous);
    }
  }

  void archiveClassroom(Decision d) throws SQLException {
    String id = classroom(d);
    ArchiveReason reason = ArchiveReason.valueOf(need(d.value(Field.ARCHIVE_REASON), "values.archiveReason"));
    touch("c:" + id);
    batches.add(Sql.ARCHIVE_CLASSROOM, OffsetDateTime.ofInstant(plan.generatedAt(), ZoneOffset.UTC),
        reason.name(), id);
  }

  void unarchiveClassroom(Decision d) throws SQLException {
    String id = classroom(d);
    touch("c:" + id);
    batches.add(Sql.UNARCHIVE_CLASSROOM, id);
  }

  void addTeacher(Decision d) throws SQLException {
    String id = classroom(d);
    String staffId = known(staff, need(d.targetId(), "targetId"), "staff account");
    TeacherRole role = TeacherRole.valueOf(need(d.value(Field.ROLE), "values.role"));
    String key = "ct:" + id + ':' + staffId;
    touch(key);
    if (isNew(id, key)) {
      batches.add(Sql.INSERT_TEACHER, id, staffId, role.name(), "SYNC", nextPos++);
      return;
    }
    batches.add(Sql.UPDATE_TEACHER, role.name(), id, staffId);
    batches.add(Sql.ADD_TEACHER, id, staffId, role.name(), "SYNC", nextPos++, id, staffId);
  }

  void removeTeacher(Decision d) throws SQLException {
    String id = classroom(d);
    String staffId = resolve(need(d.targetId(), "targetId"));
    touch("ct:" + id + ':' + staffId);
    batches.add(Sql.DELETE_TEACHER, id, staffId);
  }

  void addStudent(Decision d) throws SQLException {
    String studentId = known(students, need(d.targetId(), "targetId"), "student record");
    String id = classroom(d);
    String key = "cm:" + id + ':' + studentId;
    touch(key);
    if (isNew(id, key)) {
      batches.add(Sql.INSERT_STUDENT_MEMBER, id, studentId, "SYNC", nextPos++);
    } else {
      batches.add(Sql.ADD_STUDENT_MEMBER, id, studentId, "SYNC", nextPos++, id, studentId);
    }
  }

  void removeStudent(Decision d) throws SQLException {
    String id = classroom(d);
    String studentId = resolve(need(d.targetId(), "targetId"));
    touch("cm:" + id + ':' + studentId);
    batches.add(Sql.DELETE_STUDENT_MEMBER, id, studentId);
  }

  void createStudent(Decision d) throws SQLException {
    String id = create(students, need(d.targetId(), "targetId"), "student");
    Object[] row = new Object[2 + STUDENT_FIELDS.size()];
    row[0] = id;
    row[1] = nextPos++;
    Map<String, String> extensions = columns(d, STUDENT_FIELDS, row, 2, "student");
    touch("s:" + id);
    batches.add(Sql.INSERT_STUDENT, row);
    for (Map.Entry<String, String> e : extensions.entrySet()) {
      if (!e.getValue().isEmpty()) {
        batches.add(Sql.INSERT_STUDENT_EXTENSION, id, e.getKey(), e.getValue(), nextPos++);
      }
    }
  }

  void updateStudent(Decision d) throws SQLException {
    String id = existing(students, d, "student record");
    Map<String, String> extensions = update(Sql.UPDATE_STUDENT, d, STUDENT_FIELDS, id, "student");
    for (Map.Entry<String, String> e : extensions.entrySet()) {
      if (e.getValue().isEmpty()) {
        batches.add(Sql.DELETE_STUDENT_EXTENSION, id, e.getKey());
      } else {
        batches.add(Sql.UPDATE_STUDENT_EXTENSION, e.getValue(), id, e.getKey());
        batches.add(Sql.ADD_STUDENT_EXTENSION, id, e.getKey(), e.getValue(), nextPos++, id, e.getKey());
      }
    }
  }

  void createStaff(Decision d) throws SQLException {
    String id = create(staff, need(d.targetId(), "targetId"), "staff");
    touch("t:" + id);
    batches.add(Sql.INSERT_STAFF, account(id, d, "staff"));
  }

  void updateStaff(Decision d) throws SQLException {
    String id = existing(staff, d, "staff account");
    update(Sql.UPDATE_STAFF, d, ACCOUNT_FIELDS, id, "staff");
  }

  void addSchoolAccess(Decision d) throws SQLException {
    String id = existing(staff, d, "staff account");
    String school = need(d.schoolId(), "schoolId");
    AccessRole role = AccessRole.valueOf(need(d.value(Field.ROLE), "values.role"));
    String key = "ta:" + id + ':' + school;
    touch(key);
    if (isNew(id, key)) {
      batches.add(Sql.INSERT_SCHOOL_ACCESS, id, school, role.name(), "SYNC", nextPos++);
      return;
    }
    // As in Planner.apply, the access moves to the end of the list and keeps who first granted it.
    long pos = nextPos++;
    batches.add(Sql.MOVE_SCHOOL_ACCESS, role.name(), pos, id, school);
    batches.add(Sql.ADD_SCHOOL_ACCESS, id, school, role.name(), "SYNC", pos, id, school);
  }

  void removeSchoolAccess(Decision d) throws SQLException {
    String id = existing(staff, d, "staff account");
    String school = need(d.schoolId(), "schoolId");
    touch("ta:" + id + ':' + school);
    batches.add(Sql.DELETE_SCHOOL_ACCESS, id, school);
  }

  void addDistrictAccess(Decision d) throws SQLException {
    String id = existing(staff, d, "staff account");
    touch("t:" + id);
    batches.add(Sql.ADD_DISTRICT_ACCESS, id);
  }

  void removeDistrictAccess(Decision d) throws SQLException {
    String id = existing(staff, d, "staff account");
    touch("t:" + id);
    batches.add(Sql.REMOVE_DISTRICT_ACCESS, id);
  }

  void inviteContact(Decision d) throws SQLException {
    String id = create(contacts, need(d.targetId(), "targetId"), "contact");
    touch("p:" + id);
    batches.add(Sql.INSERT_CONTACT, account(id, d, "contact"));
  }

  void updateContact(Decision d) throws SQLException {
    String id = existing(contacts, d, "contact account");
    update(Sql.UPDATE_CONTACT, d, ACCOUNT_FIELDS, id, "contact");
  }

  void linkContact(Decision d) throws SQLException {
    String id = existing(contacts, d, "contact account");
    String studentId = known(students, need(d.relatedId(), "relatedId"), "student record");
    String type = nonEmpty(d.value(Field.TYPE));
    String relationship = nonEmpty(d.value(Field.RELATIONSHIP));
    String key = "pl:" + id + ':' + studentId;
    touch(key);
    if (isNew(id, key)) {
      batches.add(Sql.INSERT_CONTACT_LINK, id, studentId, type, relationship, "SYNC", nextPos++);
      return;
    }
    // As in Planner.apply, an existing link is changed in place and keeps who first made it.
    batches.add(Sql.UPDATE_CONTACT_LINK, type, relationship, id, studentId);
    batches.add(Sql.ADD_CONTACT_LINK, id, studentId, type, relationship, "SYNC", nextPos++, id, studentId);
  }

  void unlinkContact(Decision d) throws SQLException {
    String id = existing(contacts, d, "contact account");
    String studentId = resolve(need(d.relatedId(), "relatedId"));
    touch("pl:" + id + ':' + studentId);
    batches.add(Sql.DELETE_CONTACT_LINK, id, studentId);
  }

  /** Adds the sections the plan saw, then removes the ones it lost, as {@code Planner.apply} does. */
  private void baseline(BaselineChange change) throws SQLException {
    for (String id : change.addedSectionIds()) {
      batches.touch("b:" + id, -1);
      batches.add(Sql.ADD_BASELINE_SECTION, id, nextPos++, id);
    }
    for (String id : change.removedSectionIds()) {
      batches.touch("b:" + id, -2);
      batches.add(Sql.DELETE_BASELINE_SECTION, id);
    }
  }

  /**
   * Returns whether a row of an owner is certainly absent: the owner was created by this plan and no earlier
   * decision of it added the row. Such a row is inserted as is, without the update and the existence check
   * of "set, or add if absent" (a first sync is nearly all such rows).
   */
  private boolean isNew(String owner, String key) {
    return created.contains(owner) && addedToCreated.add(key);
  }

  private void touch(String key) throws SQLException {
    batches.touch(key, current);
  }

  private Object[] account(String id, Decision d, String what) {
    Object[] row = new Object[3 + ACCOUNT_FIELDS.size()];
    row[0] = id;
    row[1] = nextPos++;
    if (!columns(d, ACCOUNT_FIELDS, row, 2, what).isEmpty()) {
      throw new IllegalArgumentException("unknown " + what + " value " + Field.EXTENSION_PREFIX + "...");
    }
    row[row.length - 1] = "INVITED";
    return row;
  }

  /**
   * Puts a decision's values for the given fields into {@code row} from {@code offset}, as nullable text.
   *
   * @return the extension fields among the values (student only), by name; empty values mean "remove"
   */
  private static Map<String, String> columns(Decision d, List<String> fields, Object[] row, int offset,
      String what) {
    Map<String, String> extensions = Map.of();
    for (Map.Entry<String, String> e : d.values().entrySet()) {
      int at = fields.indexOf(e.getKey());
      if (at >= 0) {
        row[offset + at] = e.getValue().isEmpty() ? null : e.getValue();
      } else if (fields == STUDENT_FIELDS && e.getKey().startsWith(Field.EXTENSION_PREFIX)) {
        if (extensions.isEmpty()) {
          extensions = new LinkedHashMap<>();
        }
        extensions.put(e.getKey().substring(Field.EXTENSION_PREFIX.length()), e.getValue());
      } else {
        throw new IllegalArgumentException("unknown " + what + " value " + e.getKey());
      }
    }
    return extensions;
  }

  /** Updates the given columns of one row, each only if the decision has a value for it. */
  private Map<String, String> update(Sql sql, Decision d, List<String> fields, String id, String what)
      throws SQLException {
    Object[] values = new Object[fields.size()];
    Map<String, String> extensions = columns(d, fields, values, 0, what);
    Object[] row = new Object[2 * fields.size() + 1];
    boolean any = false;
    for (int i = 0; i < fields.size(); i++) {
      boolean given = d.values().containsKey(fields.get(i));
      any |= given;
      row[2 * i] = given;
      row[2 * i + 1] = values[i];
    }
    row[row.length - 1] = id;
    touch((sql == Sql.UPDATE_STUDENT ? "s:" : sql == Sql.UPDATE_STAFF ? "t:" : "p:") + id);
    if (any) {
      batches.add(sql, row);
    }
    return extensions;
  }

  /**
   * Assigns the app id of an object the plan creates.
   *
   * @throws IllegalArgumentException if the plan creates it twice, or the state already has that id
   */
  private String create(Set<String> ids, String provisional, String kind) {
    if (assigned.containsKey(provisional)) {
      throw new IllegalArgumentException("the plan creates " + provisional + " twice");
    }
    if (ids.contains(provisional)) {
      throw new IllegalArgumentException("the plan creates " + provisional + ", which the state already has;"
          + " the plan was computed against another state: plan again against this one");
    }
    String id = AppIds.assigned(kind, nextId++);
    assigned.put(provisional, id);
    ids.add(id);
    created.add(id);
    return id;
  }

  private String resolve(String id) {
    return assigned.getOrDefault(id, id);
  }

  private String classroom(Decision d) {
    return known(classrooms, need(d.classroomId(), "classroomId"), "classroom");
  }

  private String existing(Set<String> ids, Decision d, String what) {
    return known(ids, need(d.targetId(), "targetId"), what);
  }

  private String known(Set<String> ids, String id, String what) {
    String resolved = resolve(id);
    if (!ids.contains(resolved)) {
      throw new IllegalArgumentException(what + " " + id + " is not in the state");
    }
    return resolved;
  }

  private static String need(Optional<String> value, String field) {
    return value.orElseThrow(() -> new IllegalArgumentException(field + " is missing"));
  }

  private static String nonEmpty(Optional<String> value) {
    return value.filter(v -> !v.isEmpty()).orElse(null);
  }
}
