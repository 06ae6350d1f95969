package com.classtag.sync.internal;

import com.classtag.sync.internal.DecisionAccess.SourcePart;
import com.classtag.sync.plan.DecisionKind;
import com.classtag.sync.plan.Field;
import com.classtag.sync.plan.ReasonCode;
import com.classtag.sync.plan.WarningCode;
import com.classtag.sync.settings.ClassroomNamePolicy;
import com.classtag.sync.source.SourceSection;
import com.classtag.sync.state.Actor;
import com.classtag.sync.state.ArchiveReason;
import com.classtag.sync.state.Classroom;
import com.classtag.sync.state.SectionRef;
import com.classtag.sync.state.StudentMembership;
import com.classtag.sync.state.TeacherMembership;
import com.classtag.sync.state.TeacherRole;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Classrooms and their memberships. Only synced classrooms (linked to a section) are considered;
 * manual ones are never read. For each synced classroom the linked sections decide: in scope (keep
 * it current), ended, out of scope or left the roster (archive), or unknown to the roster and the
 * baseline (warn only). Archived classrooms come back only with the unarchive setting on. A new
 * in-scope section becomes a classroom.
 */
final class ClassroomPass {
  private final Context cx;
  private final StudentPass students;
  private final StaffPass staff;

  /** Re-identified section links: classroom, then old section id to new section id. */
  private final Map<Classroom, Map<String, String>> relinked = new IdentityHashMap<>();

  private final Set<String> relinkedSections = new HashSet<>();

  /**
   * The school each classroom belongs to once the plan's non-destructive changes land (moves only).
   */
  final Map<String, String> movedTo = new HashMap<>();

  /** Per app school, the synced classrooms active once the plan's non-destructive changes land. */
  final Map<String, Integer> activeAfter = new HashMap<>();

  /**
   * For {@link #addStudents}: by roster position, the number of the last classroom the student was
   * added to, so a student listed twice is added once without a set per classroom.
   */
  private int[] addedIn;

  private int classroomsAdded;
  private final Diff diff = new Diff();

  ClassroomPass(Context cx, StudentPass students, StaffPass staff) {
    this.cx = cx;
    this.students = students;
    this.staff = staff;
  }

  void run() {
    rekeySections();
    for (Classroom c : cx.state.syncedClassrooms) {
      classroom(c);
    }
    for (SectionSlot sec : cx.scope.inScope) {
      if (!cx.state.classroomsBySection.containsKey(sec.id())
          && !relinkedSections.contains(sec.id())) {
        create(sec);
      }
    }
  }

  /**
   * Re-links a classroom whose section disappeared to a new, unlinked section with the same SIS id.
   */
  private void rekeySections() {
    List<SourceSection> unlinked = new ArrayList<>();
    for (SourceSection s : cx.roster.sections.values()) {
      if (!cx.state.classroomsBySection.containsKey(s.id()) && Text.clean(s.sisId()) != null) {
        unlinked.add(s);
      }
    }
    if (unlinked.isEmpty()) {
      return;
    }
    Rekeyer<Classroom> rekeyer = new Rekeyer<>();
    Map<Classroom, Map<String, String>> refBySis = new IdentityHashMap<>();
    for (Classroom c : cx.state.syncedClassrooms) {
      for (SectionRef ref : c.sections()) {
        String sis = Text.clean(ref.sisId());
        if (sis != null && !cx.roster.sections.containsKey(ref.id())) {
          rekeyer.candidate(c, List.of(sis));
          refBySis.computeIfAbsent(c, k -> new HashMap<>()).put(sis, ref.id());
        }
      }
    }
    if (rekeyer.isEmpty()) {
      return;
    }
    // Every roster section with a SIS id counts, linked or not: a SIS id two sections share names
    // no single section, and once one of them is linked (a classroom created for it tonight) the
    // next plan must not find the other one unambiguous.
    for (SourceSection s : cx.roster.sections.values()) {
      String sis = Text.clean(s.sisId());
      if (sis != null) {
        rekeyer.feedRecord(List.of(sis));
      }
    }
    for (SourceSection s : unlinked) {
      String sis = Text.clean(s.sisId());
      Rekeyer.Match<Classroom> m = rekeyer.match(List.of(sis));
      if (m == null) {
        continue;
      }
      if (m.record == null) {
        List<String> ids = new ArrayList<>();
        ids.add(s.id());
        m.ambiguous.forEach(c -> ids.add(c.id()));
        cx.sink.warn(
            WarningCode.AMBIGUOUS_IDENTITY,
            ids,
            "Section "
                + s.id()
                + " has the SIS id of sections of several classrooms (or shares it); it is not re-linked.");
        continue;
      }
      Classroom c = m.record;
      String old = refBySis.get(c).get(sis);
      relinked.computeIfAbsent(c, k -> new HashMap<>()).put(old, s.id());
      relinkedSections.add(s.id());
      cx.sink.warn(
          WarningCode.REIDENTIFIED,
          List.of(c.id(), old, s.id()),
          "Section "
              + old
              + " of "
              + label(c)
              + " came back as section "
              + s.id()
              + " (same SIS id); the classroom is re-linked.");
      cx.sink
          .decide(DecisionKind.UPDATE_CLASSROOM, ReasonCode.REIDENTIFIED)
          .school(c.schoolId())
          .classroom(c.id())
          .value(Field.SECTION, s.id())
          .value(Field.PREVIOUS_SECTION, old)
          .value(Field.SECTION_SIS_ID, sis)
          .source(s.id())
          .source(old)
          .explain(
              "Re-link "
                  + label(c)
                  + " from section "
                  + old
                  + " to section "
                  + s.id()
                  + ": the section's source id changed, its SIS id did not.");
    }
  }

  private void classroom(Classroom c) {
    Map<String, String> renamed = relinked.getOrDefault(c, Map.of());
    List<SectionSlot> inScope = new ArrayList<>(c.sections().size());
    List<String> ended = new ArrayList<>(0);
    LocalDate endedOn = null;
    List<String> outOfScope = new ArrayList<>(0);
    List<String> left = new ArrayList<>(0);
    List<String> unknown = new ArrayList<>(0);
    for (SectionRef ref : c.sections()) {
      String id = renamed.getOrDefault(ref.id(), ref.id());
      SectionSlot sec = cx.scope.sections.get(id);
      if (sec == null) {
        (cx.state.baseline.contains(id) ? left : unknown).add(id);
        continue;
      }
      switch (sec.status) {
        case IN_SCOPE:
          inScope.add(sec);
          break;
        case ENDED:
          ended.add(id);
          endedOn = endedOn == null || sec.endedOn.isAfter(endedOn) ? sec.endedOn : endedOn;
          break;
        default:
          outOfScope.add(id);
      }
    }
    if (!c.isArchived()) {
      cx.sink.countSynced(DecisionKind.ARCHIVE_CLASSROOM, 1);
      if (inScope.isEmpty()) {
        activeAfter.merge(c.schoolId(), 1, Integer::sum);
        // A managed classroom's members are counted where memberships() reads them anyway.
        cx.sink.countSynced(DecisionKind.REMOVE_TEACHER, c.schoolId(), distinctTeachers(c));
        cx.sink.countSynced(DecisionKind.REMOVE_STUDENT, c.schoolId(), distinctStudents(c));
      }
      if (!unknown.isEmpty()) {
        List<String> ids = new ArrayList<>(unknown);
        ids.add(c.id());
        cx.sink.warn(
            WarningCode.LINKED_SECTION_UNKNOWN,
            ids,
            label(c)
                + " is linked to section(s) "
                + String.join(", ", unknown)
                + ", which the roster does not share and did not share at the last"
                + " sync; check the classroom's connection. Nothing is archived because of them.");
      }
      if (!inScope.isEmpty()) {
        manage(c, inScope);
      } else if (!ended.isEmpty()) {
        archive(c, ArchiveReason.TERM_ENDED, ended, "its term ended on " + endedOn + ".");
      } else if (!outOfScope.isEmpty()) {
        archive(
            c,
            ArchiveReason.OUT_OF_SCOPE,
            outOfScope,
            "its section is no longer synced (section filter or unmapped school).");
      } else if (!left.isEmpty()) {
        archive(c, ArchiveReason.LEFT_ROSTER, left, "its section left the roster.");
      }
    } else if (!inScope.isEmpty()) {
      if (cx.settings.unarchiveReappearing()) {
        cx.sink
            .decide(DecisionKind.UNARCHIVE_CLASSROOM, ReasonCode.SECTION_IN_ROSTER)
            .school(c.schoolId())
            .classroom(c.id())
            .sources(ids(inScope))
            .explain(
                "Unarchive "
                    + label(c)
                    + ": section "
                    + ids(inScope).get(0)
                    + " is in the roster and the settings unarchive classrooms that reappear.");
        manage(c, inScope);
      } else if (c.archive().get().by() == Actor.SYNC) {
        List<String> ids = ids(inScope);
        ids.add(c.id());
        cx.sink.warn(
            WarningCode.SECTION_REAPPEARED,
            ids,
            label(c)
                + " was archived by the sync but its"
                + " section is in the roster again; it stays archived because the unarchive setting is off.");
      }
    }
  }

  private void archive(Classroom c, ArchiveReason reason, List<String> sections, String why) {
    ReasonCode code =
        reason == ArchiveReason.TERM_ENDED
            ? ReasonCode.TERM_ENDED
            : reason == ArchiveReason.OUT_OF_SCOPE
                ? ReasonCode.SECTION_OUT_OF_SCOPE
                : ReasonCode.SECTION_LEFT_ROSTER;
    cx.sink
        .decide(DecisionKind.ARCHIVE_CLASSROOM, code)
        .school(c.schoolId())
        .classroom(c.id())
        .value(Field.ARCHIVE_REASON, reason.name())
        .sources(sections)
        .explain("Archive " + label(c) + ": " + why);
  }

  /**
   * Keeps an active (or unarchived) classroom current: name, grade, school, then memberships. Its
   * decisions belong to the school it ends up in, so a school's holds cover the same decisions
   * before and after a move.
   */
  private void manage(Classroom c, List<SectionSlot> sections) {
    String school = c.schoolId();
    if (c.sections().size() == 1 && !sections.get(0).appSchool.equals(school)) {
      school = sections.get(0).appSchool;
      movedTo.put(c.id(), school);
    }
    activeAfter.merge(school, 1, Integer::sum);
    // Later decisions name the classroom as this plan leaves it, so a held one reads the same after
    // apply.
    String name = c.name();
    if (c.sections().size() == 1) {
      SectionSlot slot = sections.get(0);
      SourceSection sec = slot.section;
      Diff d = diff;
      d.clear();
      if (cx.settings.classroomNames() == ClassroomNamePolicy.FOLLOW_ROSTER || !c.nameEdited()) {
        d.set(Field.NAME, c.name(), sectionName(sec));
        name = sectionName(sec);
      }
      d.set(Field.GRADE, c.grade().orElse(null), Text.clean(sec.grade()));
      d.set(Field.SCHOOL_ID, c.schoolId(), slot.appSchool);
      if (!d.isEmpty()) {
        cx.sink
            .decide(DecisionKind.UPDATE_CLASSROOM, ReasonCode.ROSTER_CHANGED)
            .school(school)
            .classroom(c.id())
            .values(d)
            .source(sec.id())
            .explain("Update " + label(c) + " from section " + sec.id() + ": " + d.names() + ".");
      }
    }
    memberships(c.id(), school, label(c.id(), name), sections, c.teachers(), c.students());
  }

  private void create(SectionSlot slot) {
    SourceSection sec = slot.section;
    String id = StateIndex.newId("classroom", sec.id());
    String school = slot.appSchool;
    String name = sectionName(sec);
    activeAfter.merge(school, 1, Integer::sum);
    cx.sink
        .decide(DecisionKind.CREATE_CLASSROOM, ReasonCode.NEW_SECTION)
        .school(school)
        .classroom(id)
        .value(Field.NAME, name)
        .value(Field.GRADE, Text.clean(sec.grade()))
        .value(Field.SECTION, sec.id())
        .value(Field.SECTION_SIS_ID, Text.clean(sec.sisId()))
        .source(sec.id())
        .explain(
            "Create classroom \""
                + name
                + "\" in "
                + cx.state.schoolLabel(school)
                + " for new section "
                + sec.id()
                + ".");
    memberships(id, school, "new classroom \"" + name + "\"", List.of(slot), List.of(), List.of());
  }

  private void memberships(
      String classroomId,
      String schoolId,
      String label,
      List<SectionSlot> sections,
      List<TeacherMembership> teachers,
      List<StudentMembership> members) {
    if (sections.size() == 1
        && sameStudents(sections.get(0), members)
        && sameTeachers(sections.get(0), teachers)) {
      // The members are the section's own, each once: the threshold's base, in the school they end
      // up in.
      cx.sink.countSynced(DecisionKind.REMOVE_TEACHER, schoolId, teachers.size());
      cx.sink.countSynced(DecisionKind.REMOVE_STUDENT, schoolId, members.size());
      return;
    }
    List<String> sectionIds = ids(sections);
    Map<String, TeacherRole> wantTeachers = new LinkedHashMap<>();
    Map<String, String> teacherSource = new HashMap<>();
    Map<String, String> wantStudents = new LinkedHashMap<>();
    People people = cx.roster.people;
    for (SectionSlot sec : sections) {
      int[] ts = sec.teachers;
      for (int i = 0; i < ts.length; i++) {
        if (ts[i] < 0) {
          continue;
        }
        String app = people.staffAppId[ts[i]];
        teacherSource.putIfAbsent(app, people.id(ts[i]));
        TeacherRole role = i == 0 ? TeacherRole.PRIMARY : TeacherRole.CO_TEACHER;
        TeacherRole prev = wantTeachers.putIfAbsent(app, role);
        if (prev == TeacherRole.CO_TEACHER && role == TeacherRole.PRIMARY) {
          wantTeachers.put(app, role);
        }
      }
      if (!members.isEmpty()) {
        for (int st : sec.students) {
          if (st >= 0) {
            wantStudents.putIfAbsent(people.studentAppId(st), people.id(st));
          }
        }
      }
    }
    Map<String, TeacherMembership> haveTeachers = merged(teachers);
    cx.sink.countSynced(DecisionKind.REMOVE_TEACHER, schoolId, haveTeachers.size());
    for (Map.Entry<String, TeacherRole> e : wantTeachers.entrySet()) {
      TeacherMembership m = haveTeachers.get(e.getKey());
      boolean add = m == null;
      if (add || (m.role() != e.getValue() && m.addedBy() == Actor.SYNC)) {
        String role = e.getValue() == TeacherRole.PRIMARY ? "primary teacher" : "co-teacher";
        cx.sink
            .decide(
                DecisionKind.ADD_TEACHER,
                add ? ReasonCode.IN_SECTION : ReasonCode.TEACHER_ROLE_CHANGED)
            .school(schoolId)
            .classroom(classroomId)
            .target(e.getKey())
            .value(Field.ROLE, e.getValue().name())
            .sources(sectionIds)
            .source(teacherSource.get(e.getKey()))
            .explain(
                (add ? "Add teacher " : "Make teacher ")
                    + teacherSource.get(e.getKey())
                    + (add ? " as " + role + " of " : " the " + role + " of ")
                    + label
                    + ", as section "
                    + sectionIds.get(0)
                    + " lists them.");
      }
    }
    for (TeacherMembership m : haveTeachers.values()) {
      if (wantTeachers.containsKey(m.staffId()) || m.addedBy() == Actor.PERSON) {
        continue;
      }
      String who = "the teacher with staff account " + m.staffId();
      if (!staff.departedTeachers.contains(m.staffId())) {
        removeTeacher(classroomId, schoolId, m, ReasonCode.NOT_IN_SECTION, sectionIds)
            .explain(
                "Remove " + who + " from " + label + ": no linked section lists them any more.");
      } else if (cx.settings.removeDepartedTeachers()) {
        removeTeacher(classroomId, schoolId, m, ReasonCode.LEFT_ROSTER, sectionIds)
            .explain("Remove " + who + " from " + label + ": they left the roster.");
      } else {
        cx.sink
            .decide(DecisionKind.SKIP, ReasonCode.DEPARTED_TEACHER_KEPT)
            .school(schoolId)
            .classroom(classroomId)
            .target(m.staffId())
            .sources(sectionIds)
            .explain(
                "Keep "
                    + who
                    + " in "
                    + label
                    + ": they left the roster, but the settings keep"
                    + " departed teachers.");
      }
    }
    Map<String, Actor> haveStudents = new LinkedHashMap<>(members.size() * 2);
    for (StudentMembership m : members) {
      haveStudents.merge(m.studentId(), m.addedBy(), ClassroomPass::personWins);
    }
    cx.sink.countSynced(DecisionKind.REMOVE_STUDENT, schoolId, haveStudents.size());
    Object[] added = added(label);
    if (members.isEmpty()) {
      addStudents(classroomId, schoolId, added, sections, sectionIds);
    }
    for (Map.Entry<String, String> e : wantStudents.entrySet()) {
      if (!haveStudents.containsKey(e.getKey())) {
        addStudent(classroomId, schoolId, added, sectionIds, e.getKey(), e.getValue());
      }
    }
    for (Map.Entry<String, Actor> m : haveStudents.entrySet()) {
      String studentId = m.getKey();
      if (wantStudents.containsKey(studentId)) {
        continue;
      }
      String who = "student record " + studentId;
      ReasonCode reason;
      String why;
      if (m.getValue() == Actor.PERSON) {
        if (!cx.settings.removePersonAddedMembers()) {
          continue;
        }
        reason = ReasonCode.PERSON_ADDED_NOT_IN_SECTION;
        why =
            "a person added them, no linked section lists them and the settings remove such members.";
      } else if (students.departed.contains(studentId)) {
        reason = ReasonCode.LEFT_ROSTER;
        why = "they left the roster.";
      } else {
        reason = ReasonCode.NOT_IN_SECTION;
        why = "no linked section lists them any more.";
      }
      cx.sink
          .decide(DecisionKind.REMOVE_STUDENT, reason)
          .school(schoolId)
          .classroom(classroomId)
          .target(studentId)
          .sources(sectionIds)
          .explain("Remove " + who + " from " + label + ": " + why);
    }
  }

  /**
   * Adds the students of a classroom that has none yet (every classroom of a first sync), each
   * once, in section order. The same decisions as the general path, without its maps: a first sync
   * of a million students adds millions of members.
   */
  private void addStudents(
      String classroomId,
      String schoolId,
      Object[] added,
      List<SectionSlot> sections,
      List<String> sectionIds) {
    People people = cx.roster.people;
    if (addedIn == null) {
      addedIn = new int[people.count];
    }
    int mark = ++classroomsAdded;
    for (SectionSlot sec : sections) {
      for (int st : sec.students) {
        if (st < 0 || addedIn[st] == mark) {
          continue;
        }
        addedIn[st] = mark;
        addStudent(
            classroomId,
            schoolId,
            added,
            sectionIds,
            people.isNewStudent(st) ? null : people.studentAppId(st),
            people.id(st));
      }
    }
  }

  /**
   * The explanation of adding a student to a classroom, shared by the classroom's additions: the
   * student is the decision's last source id, the section its first.
   */
  private static Object[] added(String label) {
    return new Object[] {
      "Add student ",
      SourcePart.LAST,
      " to ",
      label,
      ": enrolled in section ",
      SourcePart.FIRST,
      "."
    };
  }

  /**
   * Adds one student to a classroom because a linked section lists them; {@code studentId} is null
   * for a student whose record this plan creates.
   */
  private void addStudent(
      String classroomId,
      String schoolId,
      Object[] added,
      List<String> sectionIds,
      String studentId,
      String source) {
    Draft d = cx.sink.decide(DecisionKind.ADD_STUDENT, ReasonCode.IN_SECTION);
    if (studentId == null) {
      d.newTarget(StudentPass.KIND, source);
    } else {
      d.target(studentId);
    }
    d.school(schoolId)
        .classroom(classroomId)
        .sources(sectionIds)
        .personSource(source)
        .explainShared(added, sectionIds.get(0), source);
  }

  /**
   * Returns whether a classroom's students are exactly its section's, in the section's order: the
   * usual nightly case (the sync added them in that order), checked without building any map.
   */
  private boolean sameStudents(SectionSlot section, List<StudentMembership> members) {
    People people = cx.roster.people;
    int k = 0;
    for (int p : section.students) {
      if (p < 0) {
        continue;
      }
      if (k >= members.size() || !people.isStudentApp(p, members.get(k).studentId())) {
        return false;
      }
      k++;
    }
    return k == members.size();
  }

  /** Like {@link #sameStudents}, for teachers and their roles (the first listed is primary). */
  private boolean sameTeachers(SectionSlot section, List<TeacherMembership> teachers) {
    People people = cx.roster.people;
    int[] ts = section.teachers;
    int k = 0;
    for (int i = 0; i < ts.length; i++) {
      if (ts[i] < 0) {
        continue;
      }
      if (k >= teachers.size()) {
        return false;
      }
      TeacherMembership m = teachers.get(k);
      TeacherRole role = i == 0 ? TeacherRole.PRIMARY : TeacherRole.CO_TEACHER;
      if (m.role() != role || !m.staffId().equals(people.staffAppId[ts[i]])) {
        return false;
      }
      k++;
    }
    return k == teachers.size();
  }

  /**
   * Returns the teacher memberships by staff id. A teacher listed twice counts as added by a person
   * if either entry was, so the planner never undoes what a person did; {@link Applier} merges the
   * same way.
   */
  private static Map<String, TeacherMembership> merged(List<TeacherMembership> teachers) {
    Map<String, TeacherMembership> out = new LinkedHashMap<>(teachers.size() * 2);
    for (TeacherMembership m : teachers) {
      TeacherMembership first = out.putIfAbsent(m.staffId(), m);
      if (first != null && first.addedBy() == Actor.SYNC && m.addedBy() == Actor.PERSON) {
        out.put(m.staffId(), TeacherMembership.builder().from(first).addedBy(Actor.PERSON).build());
      }
    }
    return out;
  }

  /**
   * Returns how many distinct teachers a classroom lists (applying the plan merges one listed
   * twice).
   */
  static long distinctTeachers(Classroom c) {
    List<TeacherMembership> list = c.teachers();
    return list.size() < 2
        ? list.size()
        : list.stream().map(TeacherMembership::staffId).distinct().count();
  }

  /** Returns how many distinct students a classroom lists. */
  static long distinctStudents(Classroom c) {
    List<StudentMembership> list = c.students();
    return list.size() < 2
        ? list.size()
        : list.stream().map(StudentMembership::studentId).distinct().count();
  }

  static Actor personWins(Actor a, Actor b) {
    return a == Actor.PERSON || b == Actor.PERSON ? Actor.PERSON : Actor.SYNC;
  }

  /** Starts a teacher removal; its source ids are the sections that no longer list the teacher. */
  private Draft removeTeacher(
      String classroomId,
      String schoolId,
      TeacherMembership m,
      ReasonCode reason,
      List<String> sectionIds) {
    return cx.sink
        .decide(DecisionKind.REMOVE_TEACHER, reason)
        .school(schoolId)
        .classroom(classroomId)
        .target(m.staffId())
        .sources(sectionIds);
  }

  /** The classroom name a section gives; a section without a name is called by its id. */
  private static String sectionName(SourceSection sec) {
    String name = Text.clean(sec.name());
    return name == null ? "Section " + sec.id() : name;
  }

  private static List<String> ids(List<SectionSlot> sections) {
    List<String> ids = new ArrayList<>(sections.size());
    for (SectionSlot s : sections) {
      ids.add(s.id());
    }
    return ids;
  }

  private static String label(Classroom c) {
    return label(c.id(), c.name());
  }

  private static String label(String id, String name) {
    return "classroom \"" + name + "\" (" + id + ")";
  }
}
