package com.classtag.examples.input;

import com.classtag.sync.state.AccessRole;
import com.classtag.sync.state.Actor;
import com.classtag.sync.state.AppSchool;
import com.classtag.sync.state.AppState;
import com.classtag.sync.state.Archive;
import com.classtag.sync.state.ArchiveReason;
import com.classtag.sync.state.Baseline;
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
import com.classtag.sync.state.UserStatus;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.Reader;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * Reads an app-state file ({@code docs/app-state.md}, schema {@code docs/schema/app-state.schema.json})
 * into the planner's {@link AppState}. The file is validated against the schema first, so every problem
 * is reported with its JSON path before anything is mapped.
 */
public final class AppStateFile {
  private AppStateFile() {}

  /**
   * Reads and validates an app state.
   *
   * @param file the file's name as the user gave it, used in messages
   * @param source the JSON document; not closed
   * @return the app state
   * @throws InputFileException naming the file and the JSON path of every problem
   */
  public static AppState read(String file, Reader source) {
    JsonObject root = InputSchema.APP_STATE.read(file, source);
    Fields.Source from = new Fields.Source(file);
    AppState.Builder state = AppState.builder();
    String path = JsonPath.ROOT;
    Fields.each(from, root, "schools", path, (school, at) -> state.addSchools(AppSchool.builder()
        .id(Fields.required(school, "id"))
        .name(Fields.text(school, "name"))
        .addAllSourceSchoolIds(Fields.texts(school, "sourceSchoolIds"))
        .build()));
    Fields.each(from, root, "classrooms", path, (classroom, at) -> state.addClassrooms(classroom(from, classroom, at)));
    Fields.each(from, root, "students", path, (student, at) -> state.addStudents(student(student)));
    Fields.each(from, root, "staff", path, (staff, at) -> state.addStaff(staff(from, staff, at)));
    Fields.each(from, root, "contacts", path, (contact, at) -> state.addContacts(contact(from, contact, at)));
    if (root.has("baseline")) {
      state.baseline(Baseline.of(Fields.texts(root.getAsJsonObject("baseline"), "sectionIds")));
    }
    return state.build();
  }

  private static Classroom classroom(Fields.Source from, JsonObject json, String path) {
    Classroom.Builder classroom = Classroom.builder()
        .id(Fields.required(json, "id"))
        .schoolId(Fields.required(json, "schoolId"))
        .name(Fields.required(json, "name"))
        .nameEdited(Fields.flag(json, "nameEdited").orElse(false))
        .grade(Fields.text(json, "grade"));
    Fields.each(from, json, "sections", path, (section, at) -> classroom.addSections(SectionRef.builder()
        .id(Fields.required(section, "id"))
        .sisId(Fields.text(section, "sisId"))
        .build()));
    if (json.has("archive")) {
      JsonObject archive = json.getAsJsonObject("archive");
      classroom.archive(Archive.builder()
          .by(actor(archive, "by"))
          .at(OffsetDateTime.parse(Fields.required(archive, "at")).toInstant())
          .reason(Fields.text(archive, "reason").map(reason -> Fields.constant(ArchiveReason.class, reason)))
          .build());
    }
    Fields.each(from, json, "teachers", path, (teacher, at) -> classroom.addTeachers(TeacherMembership.builder()
        .staffId(Fields.required(teacher, "staffId"))
        .role(Fields.constant(TeacherRole.class, Fields.required(teacher, "role")))
        .addedBy(actor(teacher, "addedBy"))
        .build()));
    Fields.each(from, json, "students", path, (student, at) -> classroom.addStudents(
        StudentMembership.of(Fields.required(student, "studentId"), actor(student, "addedBy"))));
    return classroom.build();
  }

  private static StudentRecord student(JsonObject json) {
    StudentRecord.Builder student = StudentRecord.builder()
        .id(Fields.required(json, "id"))
        .sourceId(Fields.text(json, "sourceId"))
        .sisId(Fields.text(json, "sisId"))
        .studentNumber(Fields.text(json, "studentNumber"))
        .legacyId(Fields.text(json, "legacyId"))
        .firstName(Fields.text(json, "firstName"))
        .lastName(Fields.text(json, "lastName"))
        .email(Fields.text(json, "email"))
        .grade(Fields.text(json, "grade"))
        .displayId(Fields.text(json, "displayId"))
        .ellStatus(Fields.text(json, "ellStatus"))
        .frlStatus(Fields.text(json, "frlStatus"))
        .iepStatus(Fields.text(json, "iepStatus"));
    if (json.has("extensionFields")) {
      for (Map.Entry<String, JsonElement> field : json.getAsJsonObject("extensionFields").entrySet()) {
        student.putExtensionFields(field.getKey(), field.getValue().getAsString());
      }
    }
    return student.build();
  }

  private static StaffAccount staff(Fields.Source from, JsonObject json, String path) {
    StaffAccount.Builder staff = StaffAccount.builder()
        .id(Fields.required(json, "id"))
        .sourceId(Fields.text(json, "sourceId"))
        .sisId(Fields.text(json, "sisId"))
        .legacyId(Fields.text(json, "legacyId"))
        .firstName(Fields.text(json, "firstName"))
        .lastName(Fields.text(json, "lastName"))
        .email(Fields.text(json, "email"))
        .smsPhone(Fields.text(json, "smsPhone"))
        .homePhone(Fields.text(json, "homePhone"))
        .status(Fields.constant(UserStatus.class, Fields.text(json, "status").orElse("INVITED")))
        .districtAccess(Fields.text(json, "districtAccess").map(actor -> Fields.constant(Actor.class, actor)));
    Fields.each(from, json, "schoolAccess", path, (access, at) -> staff.addSchoolAccess(SchoolAccess.builder()
        .schoolId(Fields.required(access, "schoolId"))
        .role(Fields.constant(AccessRole.class, Fields.required(access, "role")))
        .addedBy(actor(access, "addedBy"))
        .build()));
    return staff.build();
  }

  private static ContactAccount contact(Fields.Source from, JsonObject json, String path) {
    ContactAccount.Builder contact = ContactAccount.builder()
        .id(Fields.required(json, "id"))
        .sourceId(Fields.text(json, "sourceId"))
        .sisId(Fields.text(json, "sisId"))
        .legacyId(Fields.text(json, "legacyId"))
        .firstName(Fields.text(json, "firstName"))
        .lastName(Fields.text(json, "lastName"))
        .email(Fields.text(json, "email"))
        .smsPhone(Fields.text(json, "smsPhone"))
        .homePhone(Fields.text(json, "homePhone"))
        .status(Fields.constant(UserStatus.class, Fields.text(json, "status").orElse("INVITED")));
    Fields.each(from, json, "links", path, (link, at) -> contact.addLinks(ContactLink.builder()
        .studentId(Fields.required(link, "studentId"))
        .type(Fields.text(link, "type"))
        .relationship(Fields.text(link, "relationship"))
        .addedBy(actor(link, "addedBy"))
        .build()));
    return contact.build();
  }

  private static Actor actor(JsonObject json, String name) {
    return Fields.constant(Actor.class, Fields.required(json, name));
  }
}
