package com.classtag.sync.plan;

/**
 * Applies decisions to an app's own store: one method per {@link DecisionKind} that changes
 * something ({@link DecisionKind#SKIP} has none), called by {@link Plan#applyTo}. {@code
 * Planner.apply} is written on this interface (its implementation, {@code
 * com.classtag.sync.internal.Applier}, is the reference meaning of every kind and a worked
 * example).
 *
 * <pre>{@code
 * final class MyStore implements DecisionHandler {
 *   private final ProvisionalIds ids;          // ProvisionalIds.of(plan)
 *
 *   public void createStudent(Decision d) {
 *     long rowId = db.insertStudent(d.value(Field.SOURCE_ID).orElseThrow(), d.fields());
 *     ids.assign(d.createdId().orElseThrow(), Long.toString(rowId));   // later decisions may name it
 *   }
 *
 *   public void addStudent(Decision d) {
 *     db.addMember(ids.resolve(d.classroomId().orElseThrow()), ids.resolve(d.targetId().orElseThrow()));
 *   }
 *   ... one method for every other kind ...
 * }
 *
 * plan.applyTo(new MyStore(ProvisionalIds.of(plan), db));
 * }</pre>
 *
 * <h2>A new decision kind breaks the compile, on purpose</h2>
 *
 * <p>Every method here is abstract, with no default. When a later version of the SDK adds a kind,
 * say {@code MERGE_STUDENTS}, it adds the abstract method {@code mergeStudents(Decision)} to this
 * interface, and every class implementing it stops compiling:
 *
 * <pre>{@code
 * error: MyStore is not abstract and does not override abstract method mergeStudents(Decision)
 *        in DecisionHandler
 * }</pre>
 *
 * <p>So an upgrade can never silently ignore a change the planner asks for. Do not defeat this by
 * writing an adapter class with empty bodies that handlers extend: implement this interface
 * directly. (The SDK keeps its own side of the promise in {@link Plan#applyTo}, whose dispatch is a
 * {@code switch} expression over every kind and does not compile without a case for a new one.)
 *
 * <p>Each method receives the decision as planned: its ids may be provisional ids of objects the
 * same plan creates ({@link ProvisionalIds} maps them to the ids the handler assigned), and its
 * values are read with {@link Decision#value(Field)}, {@link Decision#fields()}, {@link
 * Decision#extensionValues()} and the typed accessors ({@link Decision#archiveReason()}, {@link
 * Decision#teacherRole()}, {@link Decision#accessRole()}). An empty value clears. Which ids and
 * values each kind carries is listed in {@code docs/plan/README.md}. A method may throw an
 * unchecked exception to stop the walk; see {@link Plan#applyTo}.
 */
public interface DecisionHandler {
  /**
   * {@link DecisionKind#CREATE_CLASSROOM}: create a classroom in {@code schoolId()} with the
   * provisional id {@code classroomId()}, named {@link Field#NAME}, of {@link Field#GRADE} (empty:
   * none), linked to the section {@link Field#SECTION} with its SIS id {@link Field#SECTION_SIS_ID}
   * (empty: none).
   *
   * @param decision the decision
   */
  void createClassroom(Decision decision);

  /**
   * {@link DecisionKind#UPDATE_CLASSROOM}: set the classroom's {@link Field#NAME} (the name is the
   * sync's again), {@link Field#GRADE} or {@link Field#SCHOOL_ID}; with {@link Field#SECTION},
   * replace its link to {@link Field#PREVIOUS_SECTION} by a link to {@link Field#SECTION} ({@link
   * Field#SECTION_SIS_ID}).
   *
   * @param decision the decision
   */
  void updateClassroom(Decision decision);

  /**
   * {@link DecisionKind#UNARCHIVE_CLASSROOM}: unarchive {@code classroomId()}.
   *
   * @param decision the decision
   */
  void unarchiveClassroom(Decision decision);

  /**
   * {@link DecisionKind#ARCHIVE_CLASSROOM}: archive {@code classroomId()} for {@link
   * Decision#archiveReason()}, by the sync, at the plan's {@link Plan#generatedAt()}.
   *
   * @param decision the decision
   */
  void archiveClassroom(Decision decision);

  /**
   * {@link DecisionKind#ADD_TEACHER}: make staff account {@code targetId()} a teacher of {@code
   * classroomId()} in the role {@link Decision#teacherRole()}, or change the role (keeping who
   * added the teacher).
   *
   * @param decision the decision
   */
  void addTeacher(Decision decision);

  /**
   * {@link DecisionKind#REMOVE_TEACHER}: remove teacher {@code targetId()} from {@code
   * classroomId()}.
   *
   * @param decision the decision
   */
  void removeTeacher(Decision decision);

  /**
   * {@link DecisionKind#ADD_STUDENT}: add student record {@code targetId()} to {@code
   * classroomId()}.
   *
   * @param decision the decision
   */
  void addStudent(Decision decision);

  /**
   * {@link DecisionKind#REMOVE_STUDENT}: remove student {@code targetId()} from {@code
   * classroomId()}.
   *
   * @param decision the decision
   */
  void removeStudent(Decision decision);

  /**
   * {@link DecisionKind#CREATE_STUDENT}: create a student record with the provisional id {@code
   * targetId()} and the decision's fields and extension values.
   *
   * @param decision the decision
   */
  void createStudent(Decision decision);

  /**
   * {@link DecisionKind#UPDATE_STUDENT}: set the fields and extension values of student record
   * {@code targetId()}; an empty value clears.
   *
   * @param decision the decision
   */
  void updateStudent(Decision decision);

  /**
   * {@link DecisionKind#CREATE_STAFF}: create an invited staff account with the provisional id
   * {@code targetId()} and the decision's fields.
   *
   * @param decision the decision
   */
  void createStaff(Decision decision);

  /**
   * {@link DecisionKind#UPDATE_STAFF}: set the fields of staff account {@code targetId()}.
   *
   * @param decision the decision
   */
  void updateStaff(Decision decision);

  /**
   * {@link DecisionKind#ADD_SCHOOL_ACCESS}: give staff account {@code targetId()} access to {@code
   * schoolId()} in the role {@link Decision#accessRole()}, or change the role (keeping who gave
   * it).
   *
   * @param decision the decision
   */
  void addSchoolAccess(Decision decision);

  /**
   * {@link DecisionKind#REMOVE_SCHOOL_ACCESS}: remove staff account {@code targetId()}'s access to
   * {@code schoolId()}.
   *
   * @param decision the decision
   */
  void removeSchoolAccess(Decision decision);

  /**
   * {@link DecisionKind#ADD_DISTRICT_ACCESS}: give staff account {@code targetId()} district-wide
   * access.
   *
   * @param decision the decision
   */
  void addDistrictAccess(Decision decision);

  /**
   * {@link DecisionKind#REMOVE_DISTRICT_ACCESS}: remove staff account {@code targetId()}'s
   * district-wide access.
   *
   * @param decision the decision
   */
  void removeDistrictAccess(Decision decision);

  /**
   * {@link DecisionKind#INVITE_CONTACT}: create an invited contact account with the provisional id
   * {@code targetId()} and the decision's fields.
   *
   * @param decision the decision
   */
  void inviteContact(Decision decision);

  /**
   * {@link DecisionKind#UPDATE_CONTACT}: set the fields of contact account {@code targetId()}.
   *
   * @param decision the decision
   */
  void updateContact(Decision decision);

  /**
   * {@link DecisionKind#LINK_CONTACT}: link contact account {@code targetId()} to student record
   * {@code relatedId()} with {@link Field#TYPE} and {@link Field#RELATIONSHIP} (empty: none), or
   * update an existing link's (keeping who made it).
   *
   * @param decision the decision
   */
  void linkContact(Decision decision);

  /**
   * {@link DecisionKind#UNLINK_CONTACT}: remove the link between contact account {@code targetId()}
   * and student record {@code relatedId()}.
   *
   * @param decision the decision
   */
  void unlinkContact(Decision decision);

  /**
   * Called once, after every decision, with how the plan moves the section baseline (possibly
   * empty): store it with the app state, so that the next plan knows which sections the sync has
   * seen.
   *
   * @param change the plan's {@link Plan#baselineChange()}
   */
  void moveSectionBaseline(BaselineChange change);
}
