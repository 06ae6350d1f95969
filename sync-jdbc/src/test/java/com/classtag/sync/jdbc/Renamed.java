package com.classtag.sync.jdbc;

import com.classtag.sync.state.AppState;
import com.classtag.sync.state.Classroom;
import com.classtag.sync.state.ContactAccount;
import com.classtag.sync.state.ContactLink;
import com.classtag.sync.state.StaffAccount;
import com.classtag.sync.state.StudentMembership;
import com.classtag.sync.state.StudentRecord;
import com.classtag.sync.state.TeacherMembership;
import java.util.Map;

/**
 * A state with app ids renamed: the ids Planner.apply gives created objects to the ids the store
 * assigned. Planner.apply names a created object after its provisional id without the {@code new:}
 * prefix, with a {@code ~n} suffix when the state had that id already, so an id the state before
 * lacked maps back to its provisional id by dropping the suffix (a plan creates one object per kind
 * and source id).
 */
final class Renamed {
  private Renamed() {}

  static AppState of(AppState s, AppState before, Map<String, String> assigned) {
    java.util.Set<String> old = new java.util.HashSet<>();
    before.classrooms().forEach(c -> old.add("classroom " + c.id()));
    before.students().forEach(r -> old.add("student " + r.id()));
    before.staff().forEach(a -> old.add("staff " + a.id()));
    before.contacts().forEach(a -> old.add("contact " + a.id()));
    Map<String, String> ids = new java.util.HashMap<>();
    s.classrooms().forEach(c -> created(old, "classroom", c.id(), assigned, ids));
    s.students().forEach(r -> created(old, "student", r.id(), assigned, ids));
    s.staff().forEach(a -> created(old, "staff", a.id(), assigned, ids));
    s.contacts().forEach(a -> created(old, "contact", a.id(), assigned, ids));
    AppState.Builder b =
        AppState.builder()
            .from(s)
            .classrooms(java.util.List.of())
            .students(java.util.List.of())
            .staff(java.util.List.of())
            .contacts(java.util.List.of());
    for (Classroom c : s.classrooms()) {
      Classroom.Builder cb =
          Classroom.builder()
              .from(c)
              .id(id(c.id(), ids))
              .teachers(java.util.List.of())
              .students(java.util.List.of());
      for (TeacherMembership t : c.teachers()) {
        cb.addTeachers(TeacherMembership.builder().from(t).staffId(id(t.staffId(), ids)).build());
      }
      for (StudentMembership m : c.students()) {
        cb.addStudents(StudentMembership.of(id(m.studentId(), ids), m.addedBy()));
      }
      b.addClassrooms(cb.build());
    }
    for (StudentRecord r : s.students()) {
      b.addStudents(StudentRecord.builder().from(r).id(id(r.id(), ids)).build());
    }
    for (StaffAccount a : s.staff()) {
      b.addStaff(StaffAccount.builder().from(a).id(id(a.id(), ids)).build());
    }
    for (ContactAccount a : s.contacts()) {
      ContactAccount.Builder cb =
          ContactAccount.builder().from(a).id(id(a.id(), ids)).links(java.util.List.of());
      for (ContactLink l : a.links()) {
        cb.addLinks(ContactLink.builder().from(l).studentId(id(l.studentId(), ids)).build());
      }
      b.addContacts(cb.build());
    }
    return b.build();
  }

  private static void created(
      java.util.Set<String> old,
      String kind,
      String id,
      Map<String, String> assigned,
      Map<String, String> ids) {
    if (!old.contains(kind + " " + id)) {
      String provisional = "new:" + id.replaceFirst("~\\d+$", "");
      ids.put(id, java.util.Objects.requireNonNull(assigned.get(provisional), provisional));
    }
  }

  private static String id(String id, Map<String, String> ids) {
    return ids.getOrDefault(id, id);
  }
}
