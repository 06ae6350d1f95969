package com.classtag.sync.internal;

import com.classtag.sync.plan.WarningCode;
import com.classtag.sync.state.AppSchool;
import com.classtag.sync.state.AppState;
import com.classtag.sync.state.Classroom;
import com.classtag.sync.state.ContactAccount;
import com.classtag.sync.state.SectionRef;
import com.classtag.sync.state.StaffAccount;
import com.classtag.sync.state.StudentMembership;
import com.classtag.sync.state.StudentRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The app state joined to the roster: each synced person record is attached to its roster person (a hash
 * join on the source id, recorded in {@link People}); records whose source id the roster lacks in that role
 * are "gone" (the candidates for re-keying, else departed). The one index only a few decisions need, the
 * schools of a student, is built on first use, so a plan with nothing to do never pays for it.
 */
final class StateIndex {
  final AppState state;
  final Map<String, AppSchool> schools = new LinkedHashMap<>();
  final Map<String, String> appSchoolBySource = new HashMap<>();
  final List<Classroom> syncedClassrooms = new ArrayList<>();
  final Map<String, List<Classroom>> classroomsBySection;
  final Set<String> baseline;
  final List<StudentRecord> goneStudents = new ArrayList<>();
  final List<StaffAccount> goneStaff = new ArrayList<>();
  /** State positions of contact accounts whose source id the roster lacks as a contact. */
  final List<Integer> goneContacts = new ArrayList<>();

  private Map<String, Set<String>> schoolsOfStudent;

  StateIndex(AppState state, People people, Sink sink) {
    this.state = state;
    for (AppSchool s : state.schools()) {
      schools.putIfAbsent(s.id(), s);
      for (String src : s.sourceSchoolIds()) {
        String first = appSchoolBySource.putIfAbsent(src, s.id());
        if (first != null && !first.equals(s.id())) {
          sink.warn(WarningCode.SCHOOL_MAPPED_TWICE, List.of(src, first, s.id()),
              "Source school " + src + " is linked to app schools " + first + " and " + s.id()
                  + "; it syncs into " + first + " only (one source school cannot be split).");
        }
      }
    }
    classroomsBySection = RosterIndex.hashMap(state.classrooms().size());
    for (Classroom c : state.classrooms()) {
      if (c.isManual()) {
        continue;
      }
      syncedClassrooms.add(c);
      for (SectionRef ref : c.sections()) {
        List<Classroom> list = classroomsBySection.computeIfAbsent(ref.id(), k -> new ArrayList<>(1));
        if (!list.contains(c)) {
          list.add(c);
        }
      }
    }
    for (Map.Entry<String, List<Classroom>> e : classroomsBySection.entrySet()) {
      if (e.getValue().size() > 1) {
        List<String> ids = new ArrayList<>();
        ids.add(e.getKey());
        for (Classroom c : e.getValue()) {
          ids.add(c.id());
        }
        sink.warn(WarningCode.SECTION_LINKED_TWICE, ids, "Section " + e.getKey() + " is linked to "
            + e.getValue().size() + " classrooms; each of them follows it.");
      }
    }
    joinStudents(people, sink);
    joinStaff(people, sink);
    joinContacts(people, sink);
    baseline = state.baseline().isPresent() ? state.baseline().get().sectionIds() : Set.of();
  }

  private void joinStudents(People people, Sink sink) {
    List<StudentRecord> records = state.students();
    for (int j = 0; j < records.size(); j++) {
      StudentRecord r = records.get(j);
      String src = source(Nullables.sourceId(r));
      if (src == null) {
        continue;
      }
      int p = people.find(src, People.STUDENT);
      if (p < 0) {
        goneStudents.add(r);
      } else if (people.studentRecord[p] < 0) {
        people.studentRecord[p] = j;
      } else {
        duplicate(sink, "student record", src, records.get(people.studentRecord[p]).id(), r.id());
      }
    }
  }

  private void joinStaff(People people, Sink sink) {
    List<StaffAccount> records = state.staff();
    for (int j = 0; j < records.size(); j++) {
      StaffAccount a = records.get(j);
      String src = source(Nullables.sourceId(a));
      if (src == null) {
        continue;
      }
      int p = people.find(src);
      if (p < 0 || !people.any(p, People.STAFF)) {
        goneStaff.add(a);
      } else if (people.staffRecord[p] < 0) {
        people.staffRecord[p] = j;
      } else {
        duplicate(sink, "staff account", src, records.get(people.staffRecord[p]).id(), a.id());
      }
    }
  }

  private void joinContacts(People people, Sink sink) {
    List<ContactAccount> records = state.contacts();
    for (int j = 0; j < records.size(); j++) {
      ContactAccount a = records.get(j);
      String src = source(Nullables.sourceId(a));
      if (src == null) {
        continue;
      }
      int p = people.find(src, People.CONTACT);
      if (p < 0) {
        goneContacts.add(j);
      } else if (people.contactRecord[p] < 0) {
        people.contactRecord[p] = j;
      } else {
        duplicate(sink, "contact account", src, records.get(people.contactRecord[p]).id(), a.id());
      }
    }
  }

  private static String source(String id) {
    return Text.missing(id) ? null : id;
  }

  private static void duplicate(Sink sink, String what, String src, String first, String second) {
    sink.warn(WarningCode.DUPLICATE_ID, List.of(src, first, second), "App " + what + "s " + first
        + " and " + second + " both have source id " + src + "; only " + first + " is synced.");
  }

  /** Returns the app school a source school maps to, or null if unmapped. */
  String appSchool(String sourceSchoolId) {
    return appSchoolBySource.get(sourceSchoolId);
  }

  /** Returns a label for explanations: the app school's name and id. */
  String schoolLabel(String appSchoolId) {
    AppSchool s = schools.get(appSchoolId);
    String name = s == null ? null : Text.clean(s.name());
    return name == null ? "school " + appSchoolId : "school \"" + name + "\" (" + appSchoolId + ")";
  }

  /**
   * Returns the provisional id of an object a plan creates: {@code new:<kind>:<source id>}. It is unique
   * within the plan (one object per source id and kind); {@link Applier} renames it if the state already
   * uses it.
   */
  static String newId(String kind, String sourceId) {
    return "new:" + kind + ":" + sourceId;
  }

  /**
   * Returns the app schools of the classrooms a student is in (for school holds on unlinks), placing a
   * classroom the plan moves in its new school.
   */
  Set<String> schoolsOfStudent(String studentId, Map<String, String> movedTo) {
    if (schoolsOfStudent == null) {
      schoolsOfStudent = new HashMap<>();
      for (Classroom c : state.classrooms()) {
        String school = movedTo.getOrDefault(c.id(), c.schoolId());
        for (StudentMembership m : c.students()) {
          schoolsOfStudent.computeIfAbsent(m.studentId(), k -> new TreeSet<>()).add(school);
        }
      }
    }
    return schoolsOfStudent.getOrDefault(studentId, Set.of());
  }

}
