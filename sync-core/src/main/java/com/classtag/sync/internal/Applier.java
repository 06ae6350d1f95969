package com.classtag.sync.internal;

import com.classtag.sync.plan.BaselineChange;
import com.classtag.sync.plan.Decision;
import com.classtag.sync.plan.DecisionHandler;
import com.classtag.sync.plan.Field;
import com.classtag.sync.plan.Plan;
import com.classtag.sync.plan.PlanApplyException;
import com.classtag.sync.plan.ProvisionalIds;
import com.classtag.sync.state.Actor;
import com.classtag.sync.state.AppState;
import com.classtag.sync.state.Archive;
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
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Applies a plan to a state: the reference meaning of every decision kind, written as a {@link
 * DecisionHandler} that {@link Plan#applyTo} drives, and an example for handlers of other stores.
 * Skips and held decisions never reach it; creations come first, so later decisions can refer to
 * new objects whatever the plan's order. A created object's app id is its provisional id without
 * the reserved {@code new:} prefix ({@code classroom:sec-1}; every id a decision names is resolved
 * through {@link ProvisionalIds}). Only touched objects are rebuilt, once each; the result is a new
 * state, or an {@link IllegalArgumentException} naming the first decision that does not fit the
 * state (nothing is half applied, since the input state is never modified).
 */
public final class Applier implements DecisionHandler {
  private final Plan plan;
  private final AppState state;
  private final Map<String, Object> classrooms;
  private final Map<String, StudentRecord> students;
  private final Map<String, StaffAccount> staff;
  private final Map<String, ContactAccount> contacts;
  private final ProvisionalIds ids;
  private BaselineChange baselineChange = BaselineChange.none();

  /**
   * Prepares to apply a plan.
   *
   * @param plan the plan
   * @param state the state
   * @throws IllegalArgumentException if the state has two objects of one kind with the same id
   */
  public Applier(Plan plan, AppState state) {
    this.plan = plan;
    this.state = state;
    classrooms = byId(state.classrooms(), Classroom::id, "classroom");
    students = byId(state.students(), StudentRecord::id, "student record");
    staff = byId(state.staff(), StaffAccount::id, "staff account");
    contacts = byId(state.contacts(), ContactAccount::id, "contact account");
    ids = ProvisionalIds.of(plan);
  }

  private static <T, V> Map<String, V> byId(List<T> list, Function<T, String> id, String what) {
    Map<String, V> out = new LinkedHashMap<>(Math.max(16, list.size() * 4 / 3 + 1));
    for (T t : list) {
      @SuppressWarnings("unchecked")
      V v = (V) t;
      if (out.put(id.apply(t), v) != null) {
        throw new IllegalArgumentException("state has two " + what + "s with id " + id.apply(t));
      }
    }
    return out;
  }

  /**
   * Applies the plan.
   *
   * @return the new state; the same state for a paused plan
   * @throws IllegalArgumentException if a decision does not fit the state (the message starts with
   *     the decision's index and kind)
   */
  public AppState apply() {
    if (plan.paused()) {
      return state;
    }
    try {
      plan.applyTo(this);
    } catch (PlanApplyException e) {
      // Every failure here is a decision that does not fit the state: Planner.apply's documented
      // error.
      throw new IllegalArgumentException(e.getMessage(), e.getCause());
    }
    return build();
  }

  @Override
  public void createClassroom(Decision d) {
    String id = create(classrooms, need(d.createdId(), "classroomId"));
    WorkingClassroom w = new WorkingClassroom(id, need(d.schoolId(), "schoolId"));
    w.name = need(d.value(Field.NAME), "values.name");
    w.grade = d.value(Field.GRADE).filter(v -> !v.isEmpty()).orElse(null);
    w.sections.add(
        SectionRef.builder()
            .id(need(d.value(Field.SECTION), "values.section"))
            .sisId(d.value(Field.SECTION_SIS_ID).filter(v -> !v.isEmpty()))
            .build());
    classrooms.put(id, w);
  }

  @Override
  public void updateClassroom(Decision d) {
    WorkingClassroom w = classroom(d);
    noExtensions(d, "classroom");
    for (Map.Entry<Field, String> e : d.fields().entrySet()) {
      switch (e.getKey()) {
        case NAME:
          w.name = e.getValue();
          w.nameEdited = false;
          break;
        case GRADE:
          w.grade = e.getValue().isEmpty() ? null : e.getValue();
          break;
        case SCHOOL_ID:
          w.schoolId = e.getValue();
          break;
        case SECTION:
        case PREVIOUS_SECTION:
        case SECTION_SIS_ID:
          break;
        default:
          throw unknown("classroom", e.getKey());
      }
    }
    if (d.value(Field.SECTION).isPresent()) {
      w.relink(
          need(d.value(Field.PREVIOUS_SECTION), "values.previousSection"),
          SectionRef.builder()
              .id(d.value(Field.SECTION).get())
              .sisId(d.value(Field.SECTION_SIS_ID).filter(v -> !v.isEmpty()))
              .build());
    }
  }

  @Override
  public void unarchiveClassroom(Decision d) {
    classroom(d).archive = null;
  }

  @Override
  public void archiveClassroom(Decision d) {
    classroom(d).archive =
        Archive.bySync(plan.generatedAt(), need(d.archiveReason(), "values.archiveReason"));
  }

  @Override
  public void addTeacher(Decision d) {
    WorkingClassroom w = classroom(d);
    String staffId = ids.resolve(need(d.targetId(), "targetId"));
    requireKnown(staff, staffId, "staff account");
    TeacherMembership old = w.teachers.get(staffId);
    w.teachers.put(
        staffId,
        TeacherMembership.builder()
            .staffId(staffId)
            .role(need(d.teacherRole(), "values.role"))
            .addedBy(old == null ? Actor.SYNC : old.addedBy())
            .build());
  }

  @Override
  public void removeTeacher(Decision d) {
    classroom(d).teachers.remove(ids.resolve(need(d.targetId(), "targetId")));
  }

  @Override
  public void addStudent(Decision d) {
    String studentId = ids.resolve(need(d.targetId(), "targetId"));
    requireKnown(students, studentId, "student record");
    classroom(d).students.putIfAbsent(studentId, StudentMembership.of(studentId, Actor.SYNC));
  }

  @Override
  public void removeStudent(Decision d) {
    classroom(d).students.remove(ids.resolve(need(d.targetId(), "targetId")));
  }

  @Override
  public void createStudent(Decision d) {
    String id = create(students, need(d.createdId(), "targetId"));
    students.put(id, student(StudentRecord.builder().id(id), Map.of(), d));
  }

  @Override
  public void updateStudent(Decision d) {
    StudentRecord r = existing(students, d, "student record");
    students.put(r.id(), student(StudentRecord.builder().from(r), r.extensionFields(), d));
  }

  @Override
  public void createStaff(Decision d) {
    String id = create(staff, need(d.createdId(), "targetId"));
    staff.put(id, staff(StaffAccount.builder().id(id), d));
  }

  @Override
  public void updateStaff(Decision d) {
    StaffAccount a = existing(staff, d, "staff account");
    staff.put(a.id(), staff(StaffAccount.builder().from(a), d));
  }

  @Override
  public void addSchoolAccess(Decision d) {
    schoolAccess(d, true);
  }

  @Override
  public void removeSchoolAccess(Decision d) {
    schoolAccess(d, false);
  }

  @Override
  public void addDistrictAccess(Decision d) {
    StaffAccount a = existing(staff, d, "staff account");
    staff.put(
        a.id(),
        StaffAccount.builder()
            .from(a)
            .districtAccess(Optional.of(a.districtAccess().orElse(Actor.SYNC)))
            .build());
  }

  @Override
  public void removeDistrictAccess(Decision d) {
    StaffAccount a = existing(staff, d, "staff account");
    staff.put(a.id(), StaffAccount.builder().from(a).districtAccess(Optional.empty()).build());
  }

  @Override
  public void inviteContact(Decision d) {
    String id = create(contacts, need(d.createdId(), "targetId"));
    contacts.put(id, contact(ContactAccount.builder().id(id), d));
  }

  @Override
  public void updateContact(Decision d) {
    ContactAccount a = existing(contacts, d, "contact account");
    contacts.put(a.id(), contact(ContactAccount.builder().from(a), d));
  }

  @Override
  public void linkContact(Decision d) {
    link(d, true);
  }

  @Override
  public void unlinkContact(Decision d) {
    link(d, false);
  }

  @Override
  public void moveSectionBaseline(BaselineChange change) {
    baselineChange = change;
  }

  private WorkingClassroom classroom(Decision d) {
    String id = ids.resolve(need(d.classroomId(), "classroomId"));
    Object c = classrooms.get(id);
    if (c == null) {
      throw new IllegalArgumentException("classroom " + id + " is not in the state");
    }
    if (c instanceof WorkingClassroom) {
      return (WorkingClassroom) c;
    }
    WorkingClassroom w = new WorkingClassroom((Classroom) c);
    classrooms.put(id, w);
    return w;
  }

  private void schoolAccess(Decision d, boolean add) {
    StaffAccount a = existing(staff, d, "staff account");
    String school = need(d.schoolId(), "schoolId");
    List<SchoolAccess> access = new ArrayList<>(a.schoolAccess().size() + 1);
    Actor addedBy = Actor.SYNC;
    for (SchoolAccess sa : a.schoolAccess()) {
      if (sa.schoolId().equals(school)) {
        addedBy = sa.addedBy();
      } else {
        access.add(sa);
      }
    }
    if (add) {
      access.add(
          SchoolAccess.builder()
              .schoolId(school)
              .addedBy(addedBy)
              .role(need(d.accessRole(), "values.role"))
              .build());
    }
    staff.put(a.id(), StaffAccount.builder().from(a).schoolAccess(access).build());
  }

  /** Sets (in place) or removes one link of a contact account, keeping who first made it. */
  private void link(Decision d, boolean add) {
    ContactAccount a = existing(contacts, d, "contact account");
    String studentId = ids.resolve(need(d.relatedId(), "relatedId"));
    List<ContactLink> out = new ArrayList<>(a.links().size() + 1);
    int at = -1;
    for (ContactLink l : a.links()) {
      if (at < 0 && l.studentId().equals(studentId)) {
        at = out.size();
      }
      out.add(l);
    }
    if (add) {
      requireKnown(students, studentId, "student record");
      ContactLink link =
          ContactLink.builder()
              .studentId(studentId)
              .type(nullIfEmpty(d.value(Field.TYPE)))
              .relationship(nullIfEmpty(d.value(Field.RELATIONSHIP)))
              .addedBy(at < 0 ? Actor.SYNC : out.get(at).addedBy())
              .build();
      if (at < 0) {
        out.add(link);
      } else {
        out.set(at, link);
      }
    } else if (at >= 0) {
      out.remove(at);
    }
    contacts.put(a.id(), ContactAccount.builder().from(a).links(out).build());
  }

  /** Sets a student record's fields and extension fields; an empty value clears. */
  private static StudentRecord student(
      StudentRecord.Builder b, Map<String, String> extensions, Decision d) {
    for (Map.Entry<Field, String> e : d.fields().entrySet()) {
      String v = nullIfEmpty(e.getValue());
      switch (e.getKey()) {
        case SOURCE_ID:
          b.sourceId(v);
          break;
        case SIS_ID:
          b.sisId(v);
          break;
        case STUDENT_NUMBER:
          b.studentNumber(v);
          break;
        case LEGACY_ID:
          b.legacyId(v);
          break;
        case FIRST_NAME:
          b.firstName(v);
          break;
        case LAST_NAME:
          b.lastName(v);
          break;
        case EMAIL:
          b.email(v);
          break;
        case GRADE:
          b.grade(v);
          break;
        case DISPLAY_ID:
          b.displayId(v);
          break;
        case ELL_STATUS:
          b.ellStatus(v);
          break;
        case FRL_STATUS:
          b.frlStatus(v);
          break;
        case IEP_STATUS:
          b.iepStatus(v);
          break;
        default:
          throw unknown("student", e.getKey());
      }
    }
    SortedMap<String, String> changed = d.extensionValues();
    if (!changed.isEmpty()) {
      Map<String, String> ext = new TreeMap<>(extensions);
      for (Map.Entry<String, String> e : changed.entrySet()) {
        if (e.getValue().isEmpty()) {
          ext.remove(e.getKey());
        } else {
          ext.put(e.getKey(), e.getValue());
        }
      }
      b.extensionFields(ext);
    }
    return b.build();
  }

  private static StaffAccount staff(StaffAccount.Builder b, Decision d) {
    noExtensions(d, "staff");
    for (Map.Entry<Field, String> e : d.fields().entrySet()) {
      String v = nullIfEmpty(e.getValue());
      switch (e.getKey()) {
        case SOURCE_ID:
          b.sourceId(v);
          break;
        case SIS_ID:
          b.sisId(v);
          break;
        case LEGACY_ID:
          b.legacyId(v);
          break;
        case FIRST_NAME:
          b.firstName(v);
          break;
        case LAST_NAME:
          b.lastName(v);
          break;
        case EMAIL:
          b.email(v);
          break;
        case SMS_PHONE:
          b.smsPhone(v);
          break;
        case HOME_PHONE:
          b.homePhone(v);
          break;
        default:
          throw unknown("staff", e.getKey());
      }
    }
    return b.build();
  }

  private static ContactAccount contact(ContactAccount.Builder b, Decision d) {
    noExtensions(d, "contact");
    for (Map.Entry<Field, String> e : d.fields().entrySet()) {
      String v = nullIfEmpty(e.getValue());
      switch (e.getKey()) {
        case SOURCE_ID:
          b.sourceId(v);
          break;
        case SIS_ID:
          b.sisId(v);
          break;
        case LEGACY_ID:
          b.legacyId(v);
          break;
        case FIRST_NAME:
          b.firstName(v);
          break;
        case LAST_NAME:
          b.lastName(v);
          break;
        case EMAIL:
          b.email(v);
          break;
        case SMS_PHONE:
          b.smsPhone(v);
          break;
        case HOME_PHONE:
          b.homePhone(v);
          break;
        default:
          throw unknown("contact", e.getKey());
      }
    }
    return b.build();
  }

  private static IllegalArgumentException unknown(String what, Field field) {
    return new IllegalArgumentException("unknown " + what + " value " + field.jsonName());
  }

  /** Only student records carry extension fields. */
  private static void noExtensions(Decision d, String what) {
    if (!d.extensionValues().isEmpty()) {
      throw new IllegalArgumentException(
          "unknown " + what + " value " + Field.extensionJsonName(d.extensionValues().firstKey()));
    }
  }

  private static String nullIfEmpty(String v) {
    return v.isEmpty() ? null : v;
  }

  private static String nullIfEmpty(Optional<String> v) {
    return v.isPresent() ? nullIfEmpty(v.get()) : null;
  }

  /**
   * Returns the app id a created object gets, and assigns it in {@link ProvisionalIds}: the
   * provisional id without its {@code new:} prefix ({@code classroom:sec-1}), or with a {@code ~2},
   * {@code ~3}... suffix when the state or this plan already uses that id, so an app id never
   * starts with {@code new:}.
   *
   * @throws IllegalArgumentException if the plan creates the object twice
   */
  private String create(Map<String, ?> map, String provisional) {
    String base = provisional.substring(ProvisionalIds.PREFIX.length());
    String id = base;
    for (int n = 2; map.containsKey(id); n++) {
      id = base + "~" + n;
    }
    ids.assign(provisional, id);
    return id;
  }

  private <T> T existing(Map<String, T> map, Decision d, String what) {
    String id = ids.resolve(need(d.targetId(), "targetId"));
    T t = map.get(id);
    if (t == null) {
      throw new IllegalArgumentException(what + " " + id + " is not in the state");
    }
    return t;
  }

  private static void requireKnown(Map<String, ?> map, String id, String what) {
    if (!map.containsKey(id)) {
      throw new IllegalArgumentException(what + " " + id + " is not in the state");
    }
  }

  private static <T> T need(Optional<T> value, String field) {
    return value.orElseThrow(() -> new IllegalArgumentException(field + " is missing"));
  }

  private AppState build() {
    List<Classroom> cs = new ArrayList<>(classrooms.size());
    for (Object c : classrooms.values()) {
      cs.add(c instanceof WorkingClassroom ? ((WorkingClassroom) c).build() : (Classroom) c);
    }
    AppState.Builder b =
        AppState.builder()
            .addAllSchools(state.schools())
            .addAllClassrooms(cs)
            .addAllStudents(students.values())
            .addAllStaff(staff.values())
            .addAllContacts(contacts.values());
    BaselineChange change = baselineChange;
    if (change.isEmpty()) {
      b.baseline(state.baseline());
    } else {
      Set<String> ids =
          new LinkedHashSet<>(state.baseline().map(SectionBaseline::sectionIds).orElse(Set.of()));
      ids.addAll(change.addedSectionIds());
      change.removedSectionIds().forEach(ids::remove);
      b.baseline(SectionBaseline.of(ids));
    }
    return b.build();
  }

  /** A classroom being changed: mutable, rebuilt once at the end. */
  private static final class WorkingClassroom {
    final String id;
    String schoolId;
    String name;
    boolean nameEdited;
    String grade;
    Archive archive;
    final List<SectionRef> sections = new ArrayList<>(1);
    final Map<String, TeacherMembership> teachers = new LinkedHashMap<>();
    final Map<String, StudentMembership> students = new LinkedHashMap<>();

    WorkingClassroom(String id, String schoolId) {
      this.id = id;
      this.schoolId = schoolId;
    }

    WorkingClassroom(Classroom c) {
      this(c.id(), c.schoolId());
      name = c.name();
      nameEdited = c.nameEdited();
      grade = c.grade().orElse(null);
      archive = c.archive().orElse(null);
      sections.addAll(c.sections());
      // A member listed twice is merged; if a person added either entry, the merged one is the
      // person's.
      for (TeacherMembership t : c.teachers()) {
        TeacherMembership first = teachers.putIfAbsent(t.staffId(), t);
        if (first != null && t.addedBy() == Actor.PERSON) {
          teachers.put(
              t.staffId(), TeacherMembership.builder().from(first).addedBy(Actor.PERSON).build());
        }
      }
      for (StudentMembership s : c.students()) {
        StudentMembership first = students.putIfAbsent(s.studentId(), s);
        if (first != null && s.addedBy() == Actor.PERSON) {
          students.put(s.studentId(), s);
        }
      }
    }

    void relink(String previous, SectionRef next) {
      for (int i = 0; i < sections.size(); i++) {
        if (sections.get(i).id().equals(previous)) {
          sections.set(i, next);
          return;
        }
      }
      throw new IllegalArgumentException(
          "classroom " + id + " is not linked to section " + previous);
    }

    Classroom build() {
      return Classroom.builder()
          .id(id)
          .schoolId(schoolId)
          .name(name)
          .nameEdited(nameEdited)
          .grade(Optional.ofNullable(grade))
          .addAllSections(sections)
          .archive(Optional.ofNullable(archive))
          .addAllTeachers(teachers.values())
          .addAllStudents(students.values())
          .build();
    }
  }
}
