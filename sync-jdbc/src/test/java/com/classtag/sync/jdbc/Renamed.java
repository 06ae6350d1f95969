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

/** A state with app ids renamed: Planner.apply's provisional ids to the ids the store assigned. */
final class Renamed {
  private Renamed() {}

  static AppState of(AppState s, Map<String, String> ids) {
    AppState.Builder b = AppState.builder().from(s).classrooms(java.util.List.of()).students(java.util.List.of())
        .staff(java.util.List.of()).contacts(java.util.List.of());
    for (Classroom c : s.classrooms()) {
      Classroom.Builder cb = Classroom.builder().from(c).id(id(c.id(), ids)).teachers(java.util.List.of())
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
      ContactAccount.Builder cb = ContactAccount.builder().from(a).id(id(a.id(), ids)).links(java.util.List.of());
      for (ContactLink l : a.links()) {
        cb.addLinks(ContactLink.builder().from(l).studentId(id(l.studentId(), ids)).build());
      }
      b.addContacts(cb.build());
    }
    return b.build();
  }

  private static String id(String id, Map<String, String> ids) {
    return ids.getOrDefault(id, id);
  }
}
