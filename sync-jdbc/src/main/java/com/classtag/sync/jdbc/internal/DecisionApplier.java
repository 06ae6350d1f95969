package com.classtag.sync.jdbc.internal;

import com.classtag.sync.plan.BaselineChange;
import com.classtag.sync.plan.Decision;
import com.classtag.sync.plan.DecisionHandler;
import com.classtag.sync.plan.Field;
import com.classtag.sync.plan.Plan;
import com.classtag.sync.plan.PlanApplyException;
import com.classtag.sync.plan.ProvisionalIds;
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
 * Applies a plan's decisions to the store's tables: sync-core's {@link DecisionHandler}, driven by
 * {@link Plan#applyTo}, with the meaning {@code Planner.apply} gives every kind. Each method turns
 * its decision into statements on the rows it names. {@code applyTo} hands over creations first and
 * never a held decision or a skip; each creation gets a store-assigned app id ({@link AppIds}),
 * recorded in {@link ProvisionalIds}, and every id a later decision names is resolved through them.
 *
 * <p>It runs inside the caller's transaction and checks each decision against the state the plan
 * was computed from (the caller has checked that it is still the stored one), so a decision that
 * does not fit fails the apply with an {@link IllegalArgumentException} naming it, as {@code
 * Planner.apply} does.
 */
public final class DecisionApplier implements DecisionHandler {
  /** The student columns of {@link Sql#INSERT_STUDENT} and {@link Sql#UPDATE_STUDENT}, in order. */
  private static final List<Field> STUDENT_FIELDS =
      List.of(
          Field.SOURCE_ID,
          Field.SIS_ID,
          Field.STUDENT_NUMBER,
          Field.LEGACY_ID,
          Field.FIRST_NAME,
          Field.LAST_NAME,
          Field.EMAIL,
          Field.GRADE,
          Field.DISPLAY_ID,
          Field.ELL_STATUS,
          Field.FRL_STATUS,
          Field.IEP_STATUS);

  /** The staff and contact columns of their inserts and updates, in order. */
  private static final List<Field> ACCOUNT_FIELDS =
      List.of(
          Field.SOURCE_ID,
          Field.SIS_ID,
          Field.LEGACY_ID,
          Field.FIRST_NAME,
          Field.LAST_NAME,
          Field.EMAIL,
          Field.SMS_PHONE,
          Field.HOME_PHONE);

  /** The values an {@code UPDATE_CLASSROOM} may carry. */
  private static final Set<Field> CLASSROOM_FIELDS =
      Set.of(
          Field.NAME,
          Field.GRADE,
          Field.SCHOOL_ID,
          Field.SECTION,
          Field.PREVIOUS_SECTION,
          Field.SECTION_SIS_ID);

  /**
   * The owners of the baseline's rows in {@link Batches#touch}, whose other owners are decisions.
   */
  private static final Object BASELINE_ADDED = new Object();

  private static final Object BASELINE_REMOVED = new Object();

  private final Plan plan;
  private final Batches batches;
  private final ProvisionalIds ids;
  private final Set<String> classrooms = new HashSet<>();
  private final Set<String> students = new HashSet<>();
  private final Set<String> staff = new HashSet<>();
  private final Set<String> contacts = new HashSet<>();
  private final Map<String, String> assigned = new LinkedHashMap<>();

  /**
   * The objects this plan created, by app id: their rows can only exist if this plan added them.
   */
  private final Set<String> created = new HashSet<>();

  /** The rows this plan added to objects it created (members, links, access), by row key. */
  private final Set<String> addedToCreated = new HashSet<>();

  private long nextPos;
  private long nextId;

  /**
   * Prepares to apply a plan.
   *
   * @param connection the connection, in the caller's transaction
   * @param plan the plan
   * @param state the state the plan was computed from, which is the stored one
   * @param nextPos the first free row position
   * @param nextId the first free number for assigned app ids
   */
  public DecisionApplier(
      Connection connection, Plan plan, AppState state, long nextPos, long nextId) {
    this.plan = plan;
    this.batches = new Batches(connection);
    this.ids = ProvisionalIds.of(plan);
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
   * Applies every applied decision and the baseline change ({@link Plan#applyTo}), as statements on
   * the caller's connection.
   *
   * @return the number of decisions applied
   * @throws IllegalArgumentException if a decision does not fit the state, naming the decision
   * @throws SQLException if the database fails
   */
  public int apply() throws SQLException {
    try (batches) {
      try {
        plan.applyTo(this);
      } catch (PlanApplyException e) {
        Throwable cause = e.getCause();
        if (cause instanceof DatabaseFailure) {
          throw ((DatabaseFailure) cause).getCause();
        }
        if (cause instanceof IllegalArgumentException || cause instanceof IllegalStateException) {
          // The decision does not fit the state: Planner.apply's documented error, with the same
          // message.
          throw new IllegalArgumentException(e.getMessage(), cause);
        }
        throw e;
      } catch (DatabaseFailure e) {
        throw e.getCause();
      }
      batches.flush();
    }
    return plan.paused() ? 0 : plan.changes().size();
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

  @Override
  public void createClassroom(Decision d) {
    String id = create(classrooms, need(d.createdId(), "classroomId"), "classroom");
    String name = need(d.value(Field.NAME), "values.name");
    String section = need(d.value(Field.SECTION), "values.section");
    touch(d, "c:" + id);
    touch(d, "cs:" + id);
    add(
        Sql.INSERT_CLASSROOM,
        id,
        nextPos++,
        need(d.schoolId(), "schoolId"),
        name,
        false,
        nonEmpty(d.value(Field.GRADE)));
    add(
        Sql.INSERT_CLASSROOM_SECTION,
        id,
        section,
        nonEmpty(d.value(Field.SECTION_SIS_ID)),
        nextPos++);
  }

  @Override
  public void updateClassroom(Decision d) {
    String id = classroom(d);
    noExtensions(d, "classroom");
    for (Field f : d.fields().keySet()) {
      if (!CLASSROOM_FIELDS.contains(f)) {
        throw unknown("classroom", f);
      }
    }
    Optional<String> name = d.value(Field.NAME);
    Optional<String> grade = d.value(Field.GRADE);
    Optional<String> school = d.value(Field.SCHOOL_ID);
    if (name.isPresent() || grade.isPresent() || school.isPresent()) {
      touch(d, "c:" + id);
      add(
          Sql.UPDATE_CLASSROOM,
          name.isPresent(),
          name.orElse(null),
          name.isPresent(),
          grade.isPresent(),
          grade.filter(v -> !v.isEmpty()).orElse(null),
          school.isPresent(),
          school.orElse(null),
          id);
    }
    Optional<String> section = d.value(Field.SECTION);
    if (section.isPresent()) {
      String previous = need(d.value(Field.PREVIOUS_SECTION), "values.previousSection");
      touch(d, "cs:" + id);
      // Checked when the batch runs, so the message names the decision now.
      String ifUnlinked =
          "decision #"
              + indexOf(d)
              + " ("
              + d.kind()
              + "): classroom "
              + id
              + " is not linked to section "
              + previous;
      try {
        batches.addExpectingOne(
            Sql.RELINK_SECTION,
            ifUnlinked,
            section.get(),
            nonEmpty(d.value(Field.SECTION_SIS_ID)),
            id,
            previous);
      } catch (SQLException e) {
        throw new DatabaseFailure(e);
      }
    }
  }

  @Override
  public void archiveClassroom(Decision d) {
    String id = classroom(d);
    ArchiveReason reason = need(d.archiveReason(), "values.archiveReason");
    touch(d, "c:" + id);
    add(
        Sql.ARCHIVE_CLASSROOM,
        OffsetDateTime.ofInstant(plan.generatedAt(), ZoneOffset.UTC),
        reason.name(),
        id);
  }

  @Override
  public void unarchiveClassroom(Decision d) {
    String id = classroom(d);
    touch(d, "c:" + id);
    add(Sql.UNARCHIVE_CLASSROOM, id);
  }

  @Override
  public void addTeacher(Decision d) {
    String id = classroom(d);
    String staffId = known(staff, need(d.targetId(), "targetId"), "staff account");
    TeacherRole role = need(d.teacherRole(), "values.role");
    String key = "ct:" + id + ':' + staffId;
    touch(d, key);
    if (isNew(id, key)) {
      add(Sql.INSERT_TEACHER, id, staffId, role.name(), "SYNC", nextPos++);
      return;
    }
    add(Sql.UPDATE_TEACHER, role.name(), id, staffId);
    add(Sql.ADD_TEACHER, id, staffId, role.name(), "SYNC", nextPos++, id, staffId);
  }

  @Override
  public void removeTeacher(Decision d) {
    String id = classroom(d);
    String staffId = ids.resolve(need(d.targetId(), "targetId"));
    touch(d, "ct:" + id + ':' + staffId);
    add(Sql.DELETE_TEACHER, id, staffId);
  }

  @Override
  public void addStudent(Decision d) {
    String studentId = known(students, need(d.targetId(), "targetId"), "student record");
    String id = classroom(d);
    String key = "cm:" + id + ':' + studentId;
    touch(d, key);
    if (isNew(id, key)) {
      add(Sql.INSERT_STUDENT_MEMBER, id, studentId, "SYNC", nextPos++);
    } else {
      add(Sql.ADD_STUDENT_MEMBER, id, studentId, "SYNC", nextPos++, id, studentId);
    }
  }

  @Override
  public void removeStudent(Decision d) {
    String id = classroom(d);
    String studentId = ids.resolve(need(d.targetId(), "targetId"));
    touch(d, "cm:" + id + ':' + studentId);
    add(Sql.DELETE_STUDENT_MEMBER, id, studentId);
  }

  @Override
  public void createStudent(Decision d) {
    String id = create(students, need(d.createdId(), "targetId"), "student");
    Object[] row = new Object[2 + STUDENT_FIELDS.size()];
    row[0] = id;
    row[1] = nextPos++;
    columns(d, STUDENT_FIELDS, row, 2, "student");
    touch(d, "s:" + id);
    add(Sql.INSERT_STUDENT, row);
    for (Map.Entry<String, String> e : d.extensionValues().entrySet()) {
      if (!e.getValue().isEmpty()) {
        add(Sql.INSERT_STUDENT_EXTENSION, id, e.getKey(), e.getValue(), nextPos++);
      }
    }
  }

  @Override
  public void updateStudent(Decision d) {
    String id = existing(students, d, "student record");
    update(Sql.UPDATE_STUDENT, "s:", d, STUDENT_FIELDS, id, "student");
    for (Map.Entry<String, String> e : d.extensionValues().entrySet()) {
      if (e.getValue().isEmpty()) {
        add(Sql.DELETE_STUDENT_EXTENSION, id, e.getKey());
      } else {
        add(Sql.UPDATE_STUDENT_EXTENSION, e.getValue(), id, e.getKey());
        add(Sql.ADD_STUDENT_EXTENSION, id, e.getKey(), e.getValue(), nextPos++, id, e.getKey());
      }
    }
  }

  @Override
  public void createStaff(Decision d) {
    String id = create(staff, need(d.createdId(), "targetId"), "staff");
    touch(d, "t:" + id);
    add(Sql.INSERT_STAFF, account(id, d, "staff"));
  }

  @Override
  public void updateStaff(Decision d) {
    String id = existing(staff, d, "staff account");
    noExtensions(d, "staff");
    update(Sql.UPDATE_STAFF, "t:", d, ACCOUNT_FIELDS, id, "staff");
  }

  @Override
  public void addSchoolAccess(Decision d) {
    String id = existing(staff, d, "staff account");
    String school = need(d.schoolId(), "schoolId");
    AccessRole role = need(d.accessRole(), "values.role");
    String key = "ta:" + id + ':' + school;
    touch(d, key);
    if (isNew(id, key)) {
      add(Sql.INSERT_SCHOOL_ACCESS, id, school, role.name(), "SYNC", nextPos++);
      return;
    }
    // As in Planner.apply, the access moves to the end of the list and keeps who first granted it.
    long pos = nextPos++;
    add(Sql.MOVE_SCHOOL_ACCESS, role.name(), pos, id, school);
    add(Sql.ADD_SCHOOL_ACCESS, id, school, role.name(), "SYNC", pos, id, school);
  }

  @Override
  public void removeSchoolAccess(Decision d) {
    String id = existing(staff, d, "staff account");
    String school = need(d.schoolId(), "schoolId");
    touch(d, "ta:" + id + ':' + school);
    add(Sql.DELETE_SCHOOL_ACCESS, id, school);
  }

  @Override
  public void addDistrictAccess(Decision d) {
    String id = existing(staff, d, "staff account");
    touch(d, "t:" + id);
    add(Sql.ADD_DISTRICT_ACCESS, id);
  }

  @Override
  public void removeDistrictAccess(Decision d) {
    String id = existing(staff, d, "staff account");
    touch(d, "t:" + id);
    add(Sql.REMOVE_DISTRICT_ACCESS, id);
  }

  @Override
  public void inviteContact(Decision d) {
    String id = create(contacts, need(d.createdId(), "targetId"), "contact");
    touch(d, "p:" + id);
    add(Sql.INSERT_CONTACT, account(id, d, "contact"));
  }

  @Override
  public void updateContact(Decision d) {
    String id = existing(contacts, d, "contact account");
    noExtensions(d, "contact");
    update(Sql.UPDATE_CONTACT, "p:", d, ACCOUNT_FIELDS, id, "contact");
  }

  @Override
  public void linkContact(Decision d) {
    String id = existing(contacts, d, "contact account");
    String studentId = known(students, need(d.relatedId(), "relatedId"), "student record");
    String type = nonEmpty(d.value(Field.TYPE));
    String relationship = nonEmpty(d.value(Field.RELATIONSHIP));
    String key = "pl:" + id + ':' + studentId;
    touch(d, key);
    if (isNew(id, key)) {
      add(Sql.INSERT_CONTACT_LINK, id, studentId, type, relationship, "SYNC", nextPos++);
      return;
    }
    // As in Planner.apply, an existing link is changed in place and keeps who first made it.
    add(Sql.UPDATE_CONTACT_LINK, type, relationship, id, studentId);
    add(Sql.ADD_CONTACT_LINK, id, studentId, type, relationship, "SYNC", nextPos++, id, studentId);
  }

  @Override
  public void unlinkContact(Decision d) {
    String id = existing(contacts, d, "contact account");
    String studentId = ids.resolve(need(d.relatedId(), "relatedId"));
    touch(d, "pl:" + id + ':' + studentId);
    add(Sql.DELETE_CONTACT_LINK, id, studentId);
  }

  /**
   * Adds the sections the plan saw, then removes the ones it lost, as {@code Planner.apply} does.
   */
  @Override
  public void moveSectionBaseline(BaselineChange change) {
    try {
      for (String id : change.addedSectionIds()) {
        batches.touch("b:" + id, BASELINE_ADDED);
        batches.add(Sql.ADD_BASELINE_SECTION, id, nextPos++, id);
      }
      for (String id : change.removedSectionIds()) {
        batches.touch("b:" + id, BASELINE_REMOVED);
        batches.add(Sql.DELETE_BASELINE_SECTION, id);
      }
    } catch (SQLException e) {
      throw new DatabaseFailure(e);
    }
  }

  /**
   * Returns whether a row of an owner is certainly absent: the owner was created by this plan and
   * no earlier decision of it added the row. Such a row is inserted as is, without the update and
   * the existence check of "set, or add if absent" (a first sync is nearly all such rows).
   */
  private boolean isNew(String owner, String key) {
    return created.contains(owner) && addedToCreated.add(key);
  }

  /** Declares a row a decision writes, before its statements are added. */
  private void touch(Decision d, String key) {
    try {
      batches.touch(key, d);
    } catch (SQLException e) {
      throw new DatabaseFailure(e);
    }
  }

  private void add(Sql sql, Object... params) {
    try {
      batches.add(sql, params);
    } catch (SQLException e) {
      throw new DatabaseFailure(e);
    }
  }

  private Object[] account(String id, Decision d, String what) {
    noExtensions(d, what);
    Object[] row = new Object[3 + ACCOUNT_FIELDS.size()];
    row[0] = id;
    row[1] = nextPos++;
    columns(d, ACCOUNT_FIELDS, row, 2, what);
    row[row.length - 1] = "INVITED";
    return row;
  }

  /**
   * Puts a decision's values for the given fields into {@code row} from {@code offset}, as nullable
   * text.
   *
   * @return the given fields among the decision's, by position in {@code fields}
   * @throws IllegalArgumentException if the decision sets a field that is not among them
   */
  private static boolean[] columns(
      Decision d, List<Field> fields, Object[] row, int offset, String what) {
    boolean[] given = new boolean[fields.size()];
    for (Map.Entry<Field, String> e : d.fields().entrySet()) {
      int at = fields.indexOf(e.getKey());
      if (at < 0) {
        throw unknown(what, e.getKey());
      }
      given[at] = true;
      row[offset + at] = e.getValue().isEmpty() ? null : e.getValue();
    }
    return given;
  }

  /** Updates the given columns of one row, each only if the decision has a value for it. */
  private void update(
      Sql sql, String keyPrefix, Decision d, List<Field> fields, String id, String what) {
    Object[] values = new Object[fields.size()];
    boolean[] given = columns(d, fields, values, 0, what);
    Object[] row = new Object[2 * fields.size() + 1];
    boolean any = false;
    for (int i = 0; i < fields.size(); i++) {
      any |= given[i];
      row[2 * i] = given[i];
      row[2 * i + 1] = values[i];
    }
    row[row.length - 1] = id;
    touch(d, keyPrefix + id);
    if (any) {
      add(sql, row);
    }
  }

  /**
   * Assigns the app id of an object the plan creates.
   *
   * @throws IllegalArgumentException if the plan creates it twice, or the state already has that id
   */
  private String create(Set<String> existing, String provisional, String kind) {
    if (existing.contains(provisional)) {
      throw new IllegalArgumentException(
          "the plan creates "
              + provisional
              + ", which the state already has;"
              + " the plan was computed against another state: plan again against this one");
    }
    String id = AppIds.assigned(kind, nextId);
    ids.assign(provisional, id);
    nextId++;
    assigned.put(provisional, id);
    existing.add(id);
    created.add(id);
    return id;
  }

  private String classroom(Decision d) {
    return known(classrooms, need(d.classroomId(), "classroomId"), "classroom");
  }

  private String existing(Set<String> known, Decision d, String what) {
    return known(known, need(d.targetId(), "targetId"), what);
  }

  /** Resolves an id a decision names and checks that the object exists. */
  private String known(Set<String> known, String id, String what) {
    String resolved = ids.resolve(id);
    if (!known.contains(resolved)) {
      throw new IllegalArgumentException(what + " " + id + " is not in the state");
    }
    return resolved;
  }

  /**
   * Returns the decision's index in the plan, for a message; found by identity, as applyTo hands it
   * over.
   */
  private int indexOf(Decision d) {
    List<Decision> all = plan.decisions();
    for (int i = 0; i < all.size(); i++) {
      if (all.get(i) == d) {
        return i;
      }
    }
    return -1;
  }

  private static void noExtensions(Decision d, String what) {
    if (!d.extensionValues().isEmpty()) {
      throw new IllegalArgumentException(
          "unknown " + what + " value " + Field.EXTENSION_PREFIX + d.extensionValues().firstKey());
    }
  }

  private static IllegalArgumentException unknown(String what, Field field) {
    return new IllegalArgumentException("unknown " + what + " value " + field.jsonName());
  }

  private static <T> T need(Optional<T> value, String field) {
    return value.orElseThrow(() -> new IllegalArgumentException(field + " is missing"));
  }

  private static String nonEmpty(Optional<String> value) {
    return value.filter(v -> !v.isEmpty()).orElse(null);
  }

  /**
   * A database failure inside a handler method, which may not throw {@link SQLException}; unwrapped
   * by apply.
   */
  private static final class DatabaseFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    DatabaseFailure(SQLException cause) {
      super(cause);
    }

    @Override
    public synchronized SQLException getCause() {
      return (SQLException) super.getCause();
    }
  }
}
