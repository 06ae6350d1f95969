package com.classtag.sync.internal;

import com.classtag.sync.plan.BaselineChange;
import com.classtag.sync.plan.Decision;
import com.classtag.sync.plan.DecisionKind;
import com.classtag.sync.plan.Field;
import com.classtag.sync.plan.Plan;
import com.classtag.sync.state.AccessRole;
import com.classtag.sync.state.Actor;
import com.classtag.sync.state.AppState;
import com.classtag.sync.state.Archive;
import com.classtag.sync.state.ArchiveReason;
import com.classtag.sync.state.SectionBaseline;
import com.classtag.sync.state.Classroom;
import com.classtag.sync.state.ContactAccount;
import com.classtag.sync.state.ContactLink;
import com.classtag.sync.state.SchoolAccess;
import com.classtag.sync.state.SectionRef;
import com.classtag.sync.state.StaffAccount;
import com.classtag.sync.state.StudentMembership;
import com.classtag.sync.state.StudentRecord;
import com.classtag.sync.state.TeacherMembership;
import com.classtag.sync.state.TeacherRole;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Applies a plan to a state: the reference meaning of every decision kind. Skips and held decisions change
 * nothing. Creations run first so later decisions can refer to new objects whatever the plan's order.
 * Only touched objects are rebuilt, once each; the result is a new state, or an
 * {@link IllegalArgumentException} naming the first decision that does not fit the state (nothing is half
 * applied, since the input state is never modified).
 */
public final class Applier {
  private final Plan plan;
  private final AppState state;
  private final Map<String, Object> classrooms;
  private final Map<String, StudentRecord> students;
  private final Map<String, StaffAccount> staff;
  private final Map<String, ContactAccount> contacts;
  /** The provisional ids of this plan's creations. */
  private final Set<String> created = new HashSet<>();

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
   * @return the new state
   * @throws IllegalArgumentException if a decision does not fit the state
   */
  public AppState apply() {
    if (plan.paused()) {
      return state;
    }
    List<Decision> decisions = plan.decisions();
    for (int pass = 0; pass < 2; pass++) {
      for (int i = 0; i < decisions.size(); i++) {
        Decision d = decisions.get(i);
        if (d.isChange() && d.kind().isCreation() == (pass == 0)) {
          try {
            apply(d);
          } catch (IllegalArgumentException | IllegalStateException e) {
            throw new IllegalArgumentException(
                "decision #" + i + " (" + d.kind() + "): " + e.getMessage(), e);
          }
        }
      }
    }
    return build();
  }

  private void apply(Decision d) {
    switch (d.kind()) {
      case CREATE_CLASSROOM: {
        String id = create(classrooms, need(d.classroomId(), "classroomId"));
        WorkingClassroom w = new WorkingClassroom(id, need(d.schoolId(), "schoolId"));
        w.name = need(d.value(Field.NAME), "values.name");
        w.grade = d.value(Field.GRADE).filter(v -> !v.isEmpty()).orElse(null);
        w.sections.add(SectionRef.builder().id(need(d.value(Field.SECTION), "values.section"))
            .sisId(d.value(Field.SECTION_SIS_ID).filter(v -> !v.isEmpty())).build());
        classrooms.put(id, w);
        break;
      }
      case UPDATE_CLASSROOM: {
        WorkingClassroom w = classroom(d);
        for (Map.Entry<String, String> e : d.values().entrySet()) {
          switch (e.getKey()) {
            case Field.NAME:
              w.name = e.getValue();
              w.nameEdited = false;
              break;
            case Field.GRADE:
              w.grade = e.getValue().isEmpty() ? null : e.getValue();
              break;
            case Field.SCHOOL_ID:
              w.schoolId = e.getValue();
              break;
            case Field.SECTION:
            case Field.PREVIOUS_SECTION:
            case Field.SECTION_SIS_ID:
              break;
            default:
              throw new IllegalArgumentException("unknown classroom value " + e.getKey());
          }
        }
        if (d.value(Field.SECTION).isPresent()) {
          w.relink(need(d.value(Field.PREVIOUS_SECTION), "values.previousSection"),
              SectionRef.builder().id(d.value(Field.SECTION).get())
                  .sisId(d.value(Field.SECTION_SIS_ID).filter(v -> !v.isEmpty())).build());
        }
        break;
      }
      case ARCHIVE_CLASSROOM:
        classroom(d).archive = Archive.bySync(plan.generatedAt(),
            ArchiveReason.valueOf(need(d.value(Field.ARCHIVE_REASON), "values.archiveReason")));
        break;
      case UNARCHIVE_CLASSROOM:
        classroom(d).archive = null;
        break;
      case ADD_TEACHER: {
        WorkingClassroom w = classroom(d);
        String staffId = need(d.targetId(), "targetId");
        requireKnown(staff, staffId, "staff account");
        TeacherMembership old = w.teachers.get(staffId);
        w.teachers.put(staffId, TeacherMembership.builder().staffId(staffId)
            .role(TeacherRole.valueOf(need(d.value(Field.ROLE), "values.role")))
            .addedBy(old == null ? Actor.SYNC : old.addedBy()).build());
        break;
      }
      case REMOVE_TEACHER:
        classroom(d).teachers.remove(need(d.targetId(), "targetId"));
        break;
      case ADD_STUDENT: {
        String studentId = need(d.targetId(), "targetId");
        requireKnown(students, studentId, "student record");
        classroom(d).students.putIfAbsent(studentId, StudentMembership.of(studentId, Actor.SYNC));
        break;
      }
      case REMOVE_STUDENT:
        classroom(d).students.remove(need(d.targetId(), "targetId"));
        break;
      case CREATE_STUDENT: {
        String id = create(students, need(d.targetId(), "targetId"));
        students.put(id, student(StudentRecord.builder().id(id), d));
        break;
      }
      case UPDATE_STUDENT: {
        StudentRecord r = existing(students, d, "student record");
        students.put(r.id(), student(StudentRecord.builder().from(r), d));
        break;
      }
      case CREATE_STAFF: {
        String id = create(staff, need(d.targetId(), "targetId"));
        staff.put(id, staff(StaffAccount.builder().id(id), d));
        break;
      }
      case UPDATE_STAFF: {
        StaffAccount a = existing(staff, d, "staff account");
        staff.put(a.id(), staff(StaffAccount.builder().from(a), d));
        break;
      }
      case ADD_SCHOOL_ACCESS:
        schoolAccess(d, true);
        break;
      case REMOVE_SCHOOL_ACCESS:
        schoolAccess(d, false);
        break;
      case ADD_DISTRICT_ACCESS:
      case REMOVE_DISTRICT_ACCESS: {
        StaffAccount a = existing(staff, d, "staff account");
        staff.put(a.id(), StaffAccount.builder().from(a).districtAccess(
            d.kind() == DecisionKind.ADD_DISTRICT_ACCESS
                ? Optional.of(a.districtAccess().orElse(Actor.SYNC)) : Optional.empty()).build());
        break;
      }
      case INVITE_CONTACT: {
        String id = create(contacts, need(d.targetId(), "targetId"));
        contacts.put(id, contact(ContactAccount.builder().id(id), d));
        break;
      }
      case UPDATE_CONTACT: {
        ContactAccount a = existing(contacts, d, "contact account");
        contacts.put(a.id(), contact(ContactAccount.builder().from(a), d));
        break;
      }
      case LINK_CONTACT:
      case UNLINK_CONTACT:
        link(d);
        break;
      default:
        throw new IllegalArgumentException("kind " + d.kind() + " cannot be applied");
    }
  }

  private WorkingClassroom classroom(Decision d) {
    String id = need(d.classroomId(), "classroomId");
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
      access.add(SchoolAccess.builder().schoolId(school).addedBy(addedBy)
          .role(AccessRole.valueOf(need(d.value(Field.ROLE), "values.role"))).build());
    }
    staff.put(a.id(), StaffAccount.builder().from(a).schoolAccess(access).build());
  }

  /** Sets (in place) or removes one link of a contact account, keeping who first made it. */
  private void link(Decision d) {
    ContactAccount a = existing(contacts, d, "contact account");
    String studentId = need(d.relatedId(), "relatedId");
    List<ContactLink> out = new ArrayList<>(a.links().size() + 1);
    int at = -1;
    for (ContactLink l : a.links()) {
      if (at < 0 && l.studentId().equals(studentId)) {
        at = out.size();
      }
      out.add(l);
    }
    if (d.kind() == DecisionKind.LINK_CONTACT) {
      requireKnown(students, studentId, "student record");
      ContactLink link = ContactLink.builder().studentId(studentId)
          .type(d.value(Field.TYPE).filter(v -> !v.isEmpty()))
          .relationship(d.value(Field.RELATIONSHIP).filter(v -> !v.isEmpty()))
          .addedBy(at < 0 ? Actor.SYNC : out.get(at).addedBy()).build();
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

  private static StudentRecord student(StudentRecord.Builder b, Decision d) {
    Map<String, String> ext = null;
    for (Map.Entry<String, String> e : d.values().entrySet()) {
      Optional<String> v = opt(e.getValue());
      switch (e.getKey()) {
        case Field.SOURCE_ID: b.sourceId(v); break;
        case Field.SIS_ID: b.sisId(v); break;
        case Field.STUDENT_NUMBER: b.studentNumber(v); break;
        case Field.LEGACY_ID: b.legacyId(v); break;
        case Field.FIRST_NAME: b.firstName(v); break;
        case Field.LAST_NAME: b.lastName(v); break;
        case Field.EMAIL: b.email(v); break;
        case Field.GRADE: b.grade(v); break;
        case Field.DISPLAY_ID: b.displayId(v); break;
        case Field.ELL_STATUS: b.ellStatus(v); break;
        case Field.FRL_STATUS: b.frlStatus(v); break;
        case Field.IEP_STATUS: b.iepStatus(v); break;
        default:
          if (!e.getKey().startsWith(Field.EXTENSION_PREFIX)) {
            throw new IllegalArgumentException("unknown student value " + e.getKey());
          }
          if (ext == null) {
            ext = new TreeMap<>(b.build().extensionFields());
          }
          String name = e.getKey().substring(Field.EXTENSION_PREFIX.length());
          if (v.isPresent()) {
            ext.put(name, v.get());
          } else {
            ext.remove(name);
          }
      }
    }
    if (ext != null) {
      b.extensionFields(ext);
    }
    return b.build();
  }

  private static StaffAccount staff(StaffAccount.Builder b, Decision d) {
    for (Map.Entry<String, String> e : d.values().entrySet()) {
      Optional<String> v = opt(e.getValue());
      switch (e.getKey()) {
        case Field.SOURCE_ID: b.sourceId(v); break;
        case Field.SIS_ID: b.sisId(v); break;
        case Field.LEGACY_ID: b.legacyId(v); break;
        case Field.FIRST_NAME: b.firstName(v); break;
        case Field.LAST_NAME: b.lastName(v); break;
        case Field.EMAIL: b.email(v); break;
        case Field.SMS_PHONE: b.smsPhone(v); break;
        case Field.HOME_PHONE: b.homePhone(v); break;
        default: throw new IllegalArgumentException("unknown staff value " + e.getKey());
      }
    }
    return b.build();
  }

  private static ContactAccount contact(ContactAccount.Builder b, Decision d) {
    for (Map.Entry<String, String> e : d.values().entrySet()) {
      Optional<String> v = opt(e.getValue());
      switch (e.getKey()) {
        case Field.SOURCE_ID: b.sourceId(v); break;
        case Field.SIS_ID: b.sisId(v); break;
        case Field.LEGACY_ID: b.legacyId(v); break;
        case Field.FIRST_NAME: b.firstName(v); break;
        case Field.LAST_NAME: b.lastName(v); break;
        case Field.EMAIL: b.email(v); break;
        case Field.SMS_PHONE: b.smsPhone(v); break;
        case Field.HOME_PHONE: b.homePhone(v); break;
        default: throw new IllegalArgumentException("unknown contact value " + e.getKey());
      }
    }
    return b.build();
  }

  private static Optional<String> opt(String v) {
    return v.isEmpty() ? Optional.empty() : Optional.of(v);
  }

  /**
   * Returns the id a created object gets: its provisional id. The planner never gives a new object an id the
   * state already uses, so such a plan was computed against another state.
   *
   * @throws IllegalArgumentException if the state already has an object with that id, or the plan creates
   *     it twice
   */
  private String create(Map<String, ?> map, String provisional) {
    if (!created.add(provisional)) {
      throw new IllegalArgumentException("the plan creates " + provisional + " twice");
    }
    if (map.containsKey(provisional)) {
      throw new IllegalArgumentException("the plan creates " + provisional + ", which the state already has;"
          + " the plan was computed against another state: plan again against this one");
    }
    return provisional;
  }

  private <T> T existing(Map<String, T> map, Decision d, String what) {
    String id = need(d.targetId(), "targetId");
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

  private static String need(Optional<String> value, String field) {
    return value.orElseThrow(() -> new IllegalArgumentException(field + " is missing"));
  }

  private AppState build() {
    List<Classroom> cs = new ArrayList<>(classrooms.size());
    for (Object c : classrooms.values()) {
      cs.add(c instanceof WorkingClassroom ? ((WorkingClassroom) c).build() : (Classroom) c);
    }
    AppState.Builder b = AppState.builder()
        .addAllSchools(state.schools())
        .addAllClassrooms(cs)
        .addAllStudents(students.values())
        .addAllStaff(staff.values())
        .addAllContacts(contacts.values());
    BaselineChange change = plan.baselineChange();
    if (change.isEmpty()) {
      b.baseline(state.baseline());
    } else {
      Set<String> ids = new LinkedHashSet<>(
          state.baseline().map(SectionBaseline::sectionIds).orElse(Set.of()));
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
      // A member listed twice is merged; if a person added either entry, the merged one is the person's.
      for (TeacherMembership t : c.teachers()) {
        TeacherMembership first = teachers.putIfAbsent(t.staffId(), t);
        if (first != null && t.addedBy() == Actor.PERSON) {
          teachers.put(t.staffId(), TeacherMembership.builder().from(first).addedBy(Actor.PERSON).build());
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
      throw new IllegalArgumentException("classroom " + id + " is not linked to section " + previous);
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
