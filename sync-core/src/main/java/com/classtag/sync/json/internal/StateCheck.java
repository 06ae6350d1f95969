package com.classtag.sync.json.internal;

import com.classtag.sync.state.AppSchool;
import com.classtag.sync.state.AppState;
import com.classtag.sync.state.Classroom;
import com.classtag.sync.state.ContactAccount;
import com.classtag.sync.state.StaffAccount;
import com.classtag.sync.state.StudentRecord;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * What the app-state format requires of a state beyond what the state's types guarantee: ids are
 * not empty and a school lists each source school id once. The writer checks first, so it never
 * writes half a file the reader would reject.
 */
final class StateCheck {
  private StateCheck() {}

  /**
   * Checks a state.
   *
   * @param state the state
   * @throws IllegalArgumentException naming the path of the first value the format cannot hold
   */
  static void check(AppState state) {
    List<AppSchool> schools = state.schools();
    for (int i = 0; i < schools.size(); i++) {
      AppSchool school = schools.get(i);
      id(school.id(), "schools", i, ".id");
      Set<String> seen = new HashSet<>();
      for (int j = 0; j < school.sourceSchoolIds().size(); j++) {
        String id = school.sourceSchoolIds().get(j);
        if (id.isEmpty()) {
          throw empty("schools", i, ".sourceSchoolIds[" + j + "]");
        }
        if (!seen.add(id)) {
          throw new IllegalArgumentException(
              "$.schools["
                  + i
                  + "].sourceSchoolIds["
                  + j
                  + "] repeats an "
                  + "earlier id; the app-state format lists each source school id of a school once");
        }
      }
    }
    List<Classroom> classrooms = state.classrooms();
    for (int i = 0; i < classrooms.size(); i++) {
      Classroom classroom = classrooms.get(i);
      id(classroom.id(), "classrooms", i, ".id");
      id(classroom.schoolId(), "classrooms", i, ".schoolId");
      id(classroom.name(), "classrooms", i, ".name");
      for (int j = 0; j < classroom.sections().size(); j++) {
        if (classroom.sections().get(j).id().isEmpty()) {
          throw empty("classrooms", i, ".sections[" + j + "].id");
        }
      }
      for (int j = 0; j < classroom.teachers().size(); j++) {
        if (classroom.teachers().get(j).staffId().isEmpty()) {
          throw empty("classrooms", i, ".teachers[" + j + "].staffId");
        }
      }
      for (int j = 0; j < classroom.students().size(); j++) {
        if (classroom.students().get(j).studentId().isEmpty()) {
          throw empty("classrooms", i, ".students[" + j + "].studentId");
        }
      }
    }
    List<StudentRecord> students = state.students();
    for (int i = 0; i < students.size(); i++) {
      id(students.get(i).id(), "students", i, ".id");
      optionalId(students.get(i).sourceId(), "students", i, ".sourceId");
    }
    List<StaffAccount> staff = state.staff();
    for (int i = 0; i < staff.size(); i++) {
      id(staff.get(i).id(), "staff", i, ".id");
      optionalId(staff.get(i).sourceId(), "staff", i, ".sourceId");
      for (int j = 0; j < staff.get(i).schoolAccess().size(); j++) {
        if (staff.get(i).schoolAccess().get(j).schoolId().isEmpty()) {
          throw empty("staff", i, ".schoolAccess[" + j + "].schoolId");
        }
      }
    }
    List<ContactAccount> contacts = state.contacts();
    for (int i = 0; i < contacts.size(); i++) {
      id(contacts.get(i).id(), "contacts", i, ".id");
      optionalId(contacts.get(i).sourceId(), "contacts", i, ".sourceId");
      for (int j = 0; j < contacts.get(i).links().size(); j++) {
        if (contacts.get(i).links().get(j).studentId().isEmpty()) {
          throw empty("contacts", i, ".links[" + j + "].studentId");
        }
      }
    }
    if (state.baseline().isPresent() && state.baseline().get().sectionIds().contains("")) {
      throw new IllegalArgumentException(
          "$.baseline.sectionIds holds an empty id; the app-state format holds "
              + "only non-empty ids");
    }
  }

  private static void optionalId(Optional<String> id, String array, int index, String rest) {
    if (id.isPresent()) {
      id(id.get(), array, index, rest);
    }
  }

  private static void id(String id, String array, int index, String field) {
    if (id.isEmpty()) {
      throw empty(array, index, field);
    }
  }

  private static IllegalArgumentException empty(String array, int index, String rest) {
    return new IllegalArgumentException(
        "$."
            + array
            + "["
            + index
            + "]"
            + rest
            + " is empty; the app-state "
            + "format holds only non-empty ids");
  }
}
