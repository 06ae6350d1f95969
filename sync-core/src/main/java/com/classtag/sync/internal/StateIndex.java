package com.classtag.sync.internal;

import com.classtag.sync.plan.ProvisionalIds;
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
import java.util.function.Function;

/**
 * The app state joined to the roster: each synced person record is attached to its roster person (a
 * hash join on the source id, recorded in {@link People}); records whose source id the roster lacks
 * in that role are "gone" (the candidates for re-keying, else departed). The one index only a few
 * decisions need, the classrooms of a student, is built on first use, so a plan with nothing to do
 * never pays for it.
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

  private Map<String, List<Classroom>> classroomsOfStudent;

  StateIndex(AppState state, People people, Sink sink) {
    this.state = state;
    for (AppSchool s : state.schools()) {
      schools.putIfAbsent(s.id(), s);
      for (String src : s.sourceSchoolIds()) {
        String first = appSchoolBySource.putIfAbsent(src, s.id());
        if (first != null && !first.equals(s.id())) {
          sink.warn(
              WarningCode.SCHOOL_MAPPED_TWICE,
              List.of(src, first, s.id()),
              "Source school "
                  + src
                  + " is linked to app schools "
                  + first
                  + " and "
                  + s.id()
                  + "; it syncs into "
                  + first
                  + " only (one source school cannot be split).");
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
        List<Classroom> list =
            classroomsBySection.computeIfAbsent(ref.id(), k -> new ArrayList<>(1));
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
        sink.warn(
            WarningCode.SECTION_LINKED_TWICE,
            ids,
            "Section "
                + e.getKey()
                + " is linked to "
                + e.getValue().size()
                + " classrooms; each of them follows it.");
      }
    }
    joinStudents(people, sink);
    joinStaff(people, sink);
    joinContacts(people, sink);
    baseline = state.baseline().isPresent() ? state.baseline().get().sectionIds() : Set.of();
  }

  private void joinStudents(People people, Sink sink) {
    List<StudentRecord> records = state.students();
    join(
        records,
        StudentRecord::sourceIdOrNull,
        people,
        (j, src, p) -> {
          if (p < 0 || !people.is(p, People.STUDENT)) {
            goneStudents.add(records.get(j));
          } else if (people.studentRecord[p] < 0) {
            people.studentRecord[p] = j;
          } else {
            duplicate(
                sink,
                "student record",
                src,
                records.get(people.studentRecord[p]).id(),
                records.get(j).id());
          }
        });
  }

  private void joinStaff(People people, Sink sink) {
    List<StaffAccount> records = state.staff();
    join(
        records,
        StaffAccount::sourceIdOrNull,
        people,
        (j, src, p) -> {
          if (p < 0 || !people.any(p, People.STAFF)) {
            goneStaff.add(records.get(j));
          } else if (people.staffRecord[p] < 0) {
            people.staffRecord[p] = j;
          } else {
            duplicate(
                sink,
                "staff account",
                src,
                records.get(people.staffRecord[p]).id(),
                records.get(j).id());
          }
        });
  }

  private void joinContacts(People people, Sink sink) {
    List<ContactAccount> records = state.contacts();
    join(
        records,
        ContactAccount::sourceIdOrNull,
        people,
        (j, src, p) -> {
          if (p < 0 || !people.is(p, People.CONTACT)) {
            goneContacts.add(j);
          } else if (people.contactRecord[p] < 0) {
            people.contactRecord[p] = j;
          } else {
            duplicate(
                sink,
                "contact account",
                src,
                records.get(people.contactRecord[p]).id(),
                records.get(j).id());
          }
        });
  }

  /**
   * What a join does with state record {@code j}, whose source id {@code src} is at roster position
   * {@code p}.
   */
  private interface Match {
    void record(int j, String src, int p);
  }

  /**
   * Joins state records to roster people by source id, looking the ids up a batch at a time
   * (millions of lookups: see {@link People#findAll}). Records without a source id are not synced
   * and are passed over.
   */
  private static <T> void join(
      List<T> records, Function<T, String> sourceId, People people, Match match) {
    String[] ids = new String[IdIndex.BATCH];
    int[] positions = new int[IdIndex.BATCH];
    for (int start = 0; start < records.size(); start += IdIndex.BATCH) {
      int n = Math.min(IdIndex.BATCH, records.size() - start);
      for (int i = 0; i < n; i++) {
        ids[i] = sourceId.apply(records.get(start + i));
      }
      people.findAll(ids, n, positions);
      for (int i = 0; i < n; i++) {
        if (!Text.missing(ids[i])) {
          match.record(start + i, ids[i], positions[i]);
        }
      }
    }
  }

  private static void duplicate(Sink sink, String what, String src, String first, String second) {
    sink.warn(
        WarningCode.DUPLICATE_ID,
        List.of(src, first, second),
        "App "
            + what
            + "s "
            + first
            + " and "
            + second
            + " both have source id "
            + src
            + "; only "
            + first
            + " is synced.");
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
   * Returns the provisional id of an object a plan creates: {@code new:<kind>:<source id>}. It is
   * unique within the plan (one object per source id and kind) and never names an existing object,
   * because app ids may not start with {@code new:} (the state's records refuse them), so no state
   * has to be scanned for it.
   */
  static String newId(String kind, String sourceId) {
    return ProvisionalIds.PREFIX + kind + ":" + sourceId;
  }

  /**
   * Returns the synced and manual classrooms a student is a member of before the plan (for school
   * holds and the per-school threshold on unlinks). Built on first use: most plans unlink nobody.
   */
  List<Classroom> classroomsOfStudent(String studentId) {
    if (classroomsOfStudent == null) {
      classroomsOfStudent = new HashMap<>();
      for (Classroom c : state.classrooms()) {
        for (StudentMembership m : c.students()) {
          List<Classroom> list =
              classroomsOfStudent.computeIfAbsent(m.studentId(), k -> new ArrayList<>(2));
          if (!list.contains(c)) {
            list.add(c);
          }
        }
      }
    }
    return classroomsOfStudent.getOrDefault(studentId, List.of());
  }
}
