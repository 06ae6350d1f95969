package com.classtag.sync.json.internal;

import com.classtag.sync.json.internal.StateFields.ArchiveField;
import com.classtag.sync.json.internal.StateFields.ClassroomField;
import com.classtag.sync.json.internal.StateFields.Contact;
import com.classtag.sync.json.internal.StateFields.Link;
import com.classtag.sync.json.internal.StateFields.Root;
import com.classtag.sync.json.internal.StateFields.School;
import com.classtag.sync.json.internal.StateFields.Staff;
import com.classtag.sync.json.internal.StateFields.Student;
import com.classtag.sync.state.AppSchool;
import com.classtag.sync.state.AppState;
import com.classtag.sync.state.Archive;
import com.classtag.sync.state.Classroom;
import com.classtag.sync.state.ContactAccount;
import com.classtag.sync.state.ContactLink;
import com.classtag.sync.state.SchoolAccess;
import com.classtag.sync.state.SectionRef;
import com.classtag.sync.state.StaffAccount;
import com.classtag.sync.state.StudentMembership;
import com.classtag.sync.state.StudentRecord;
import com.classtag.sync.state.TeacherMembership;
import com.classtag.sync.state.UserStatus;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Writes the app-state format, version 1: the top level indented, each record on a line of its own,
 * so a state file diffs readably record by record. Absent values and empty lists are left out; the
 * baseline's section ids and a student's extension fields are sorted, so equal states give equal
 * files.
 */
public final class AppStateWriter {
  private final Writer out;

  private AppStateWriter(Writer out) {
    this.out = out;
  }

  /**
   * Writes a state.
   *
   * @param state the state
   * @param out where to write; flushed, not closed
   * @throws IllegalArgumentException naming the first value the format cannot hold (an empty id, a
   *     school's source school id given twice), before anything is written
   * @throws UncheckedIOException if writing fails
   */
  public static void write(AppState state, Writer out) {
    StateCheck.check(state);
    try {
      new AppStateWriter(out).state(state);
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void state(AppState state) throws IOException {
    out.write("{\n  \"" + Root.VERSION.jsonName() + "\": " + AppStateReader.VERSION);
    records(Root.SCHOOLS, state.schools(), this::school);
    records(Root.CLASSROOMS, state.classrooms(), this::classroom);
    records(Root.STUDENTS, state.students(), this::student);
    records(Root.STAFF, state.staff(), this::staff);
    records(Root.CONTACTS, state.contacts(), this::contact);
    if (state.baseline().isPresent()) {
      out.write(
          ",\n  \""
              + Root.BASELINE.jsonName()
              + "\": {\""
              + StateFields.BaselineField.SECTION_IDS.jsonName()
              + "\": [");
      List<String> ids = state.baseline().get().sectionIds().stream().sorted().toList();
      for (int i = 0; i < ids.size(); i++) {
        out.write(i == 0 ? "\n    " : ",\n    ");
        new JsonWriter(out).value(ids.get(i));
      }
      out.write("\n  ]}");
    }
    out.write("\n}\n");
  }

  /** Writes one record's fields; the record's braces are the caller's. */
  private interface Fields<T> {
    void write(JsonWriter json, T record) throws IOException;
  }

  private <T> void records(Root name, List<T> records, Fields<T> fields) throws IOException {
    if (records.isEmpty()) {
      return;
    }
    out.write(",\n  \"" + name.jsonName() + "\": [");
    for (int i = 0; i < records.size(); i++) {
      out.write(i == 0 ? "\n    " : ",\n    ");
      // A writer per record: JsonWriter writes its commas itself, so the line breaks go between
      // records.
      JsonWriter json = new JsonWriter(out);
      json.beginObject();
      fields.write(json, records.get(i));
      json.endObject();
    }
    out.write("\n  ]");
  }

  private void school(JsonWriter json, AppSchool school) throws IOException {
    json.name(School.ID.jsonName()).value(school.id());
    optional(json, School.NAME, school.name());
    if (!school.sourceSchoolIds().isEmpty()) {
      json.name(School.SOURCE_SCHOOL_IDS.jsonName()).beginArray();
      for (String id : school.sourceSchoolIds()) {
        json.value(id);
      }
      json.endArray();
    }
  }

  private void classroom(JsonWriter json, Classroom classroom) throws IOException {
    json.name(ClassroomField.ID.jsonName()).value(classroom.id());
    json.name(ClassroomField.SCHOOL_ID.jsonName()).value(classroom.schoolId());
    json.name(ClassroomField.NAME.jsonName()).value(classroom.name());
    if (classroom.nameEdited()) {
      json.name(ClassroomField.NAME_EDITED.jsonName()).value(true);
    }
    optional(json, ClassroomField.GRADE, classroom.grade());
    if (!classroom.sections().isEmpty()) {
      json.name(ClassroomField.SECTIONS.jsonName()).beginArray();
      for (SectionRef section : classroom.sections()) {
        json.beginObject().name(StateFields.SectionLink.ID.jsonName()).value(section.id());
        optional(json, StateFields.SectionLink.SIS_ID, section.sisId());
        json.endObject();
      }
      json.endArray();
    }
    if (classroom.archive().isPresent()) {
      Archive archive = classroom.archive().get();
      json.name(ClassroomField.ARCHIVE.jsonName())
          .beginObject()
          .name(ArchiveField.BY.jsonName())
          .value(archive.by().name())
          .name(ArchiveField.AT.jsonName())
          .value(archive.at().toString());
      if (archive.reason().isPresent()) {
        json.name(ArchiveField.REASON.jsonName()).value(archive.reason().get().name());
      }
      json.endObject();
    }
    if (!classroom.teachers().isEmpty()) {
      json.name(ClassroomField.TEACHERS.jsonName()).beginArray();
      for (TeacherMembership teacher : classroom.teachers()) {
        json.beginObject()
            .name(StateFields.Teacher.STAFF_ID.jsonName())
            .value(teacher.staffId())
            .name(StateFields.Teacher.ROLE.jsonName())
            .value(teacher.role().name())
            .name(StateFields.Teacher.ADDED_BY.jsonName())
            .value(teacher.addedBy().name())
            .endObject();
      }
      json.endArray();
    }
    if (!classroom.students().isEmpty()) {
      json.name(ClassroomField.STUDENTS.jsonName()).beginArray();
      for (StudentMembership student : classroom.students()) {
        json.beginObject()
            .name(StateFields.StudentMember.STUDENT_ID.jsonName())
            .value(student.studentId())
            .name(StateFields.StudentMember.ADDED_BY.jsonName())
            .value(student.addedBy().name())
            .endObject();
      }
      json.endArray();
    }
  }

  private void student(JsonWriter json, StudentRecord student) throws IOException {
    json.name(Student.ID.jsonName()).value(student.id());
    optional(json, Student.SOURCE_ID, student.sourceId());
    optional(json, Student.SIS_ID, student.sisId());
    optional(json, Student.STUDENT_NUMBER, student.studentNumber());
    optional(json, Student.LEGACY_ID, student.legacyId());
    optional(json, Student.FIRST_NAME, student.firstName());
    optional(json, Student.LAST_NAME, student.lastName());
    optional(json, Student.EMAIL, student.email());
    optional(json, Student.GRADE, student.grade());
    optional(json, Student.DISPLAY_ID, student.displayId());
    optional(json, Student.ELL_STATUS, student.ellStatus());
    optional(json, Student.FRL_STATUS, student.frlStatus());
    optional(json, Student.IEP_STATUS, student.iepStatus());
    if (!student.extensionFields().isEmpty()) {
      json.name(Student.EXTENSION_FIELDS.jsonName()).beginObject();
      for (Map.Entry<String, String> field : new TreeMap<>(student.extensionFields()).entrySet()) {
        json.name(field.getKey()).value(field.getValue());
      }
      json.endObject();
    }
  }

  private void staff(JsonWriter json, StaffAccount staff) throws IOException {
    json.name(Staff.ID.jsonName()).value(staff.id());
    optional(json, Staff.SOURCE_ID, staff.sourceId());
    optional(json, Staff.SIS_ID, staff.sisId());
    optional(json, Staff.LEGACY_ID, staff.legacyId());
    optional(json, Staff.FIRST_NAME, staff.firstName());
    optional(json, Staff.LAST_NAME, staff.lastName());
    optional(json, Staff.EMAIL, staff.email());
    optional(json, Staff.SMS_PHONE, staff.smsPhone());
    optional(json, Staff.HOME_PHONE, staff.homePhone());
    status(json, Staff.STATUS, staff.status());
    if (!staff.schoolAccess().isEmpty()) {
      json.name(Staff.SCHOOL_ACCESS.jsonName()).beginArray();
      for (SchoolAccess access : staff.schoolAccess()) {
        json.beginObject()
            .name(StateFields.Access.SCHOOL_ID.jsonName())
            .value(access.schoolId())
            .name(StateFields.Access.ROLE.jsonName())
            .value(access.role().name())
            .name(StateFields.Access.ADDED_BY.jsonName())
            .value(access.addedBy().name())
            .endObject();
      }
      json.endArray();
    }
    if (staff.districtAccess().isPresent()) {
      json.name(Staff.DISTRICT_ACCESS.jsonName()).value(staff.districtAccess().get().name());
    }
  }

  private void contact(JsonWriter json, ContactAccount contact) throws IOException {
    json.name(Contact.ID.jsonName()).value(contact.id());
    optional(json, Contact.SOURCE_ID, contact.sourceId());
    optional(json, Contact.SIS_ID, contact.sisId());
    optional(json, Contact.LEGACY_ID, contact.legacyId());
    optional(json, Contact.FIRST_NAME, contact.firstName());
    optional(json, Contact.LAST_NAME, contact.lastName());
    optional(json, Contact.EMAIL, contact.email());
    optional(json, Contact.SMS_PHONE, contact.smsPhone());
    optional(json, Contact.HOME_PHONE, contact.homePhone());
    status(json, Contact.STATUS, contact.status());
    if (!contact.links().isEmpty()) {
      json.name(Contact.LINKS.jsonName()).beginArray();
      for (ContactLink link : contact.links()) {
        json.beginObject().name(Link.STUDENT_ID.jsonName()).value(link.studentId());
        optional(json, Link.TYPE, link.type());
        optional(json, Link.RELATIONSHIP, link.relationship());
        json.name(Link.ADDED_BY.jsonName()).value(link.addedBy().name()).endObject();
      }
      json.endArray();
    }
  }

  private static void status(JsonWriter json, JsonField field, UserStatus status)
      throws IOException {
    // INVITED is the format's default; leaving it out keeps the common record short.
    if (status != UserStatus.INVITED) {
      json.name(field.jsonName()).value(status.name());
    }
  }

  private static void optional(JsonWriter json, JsonField field, Optional<String> value)
      throws IOException {
    if (value.isPresent()) {
      json.name(field.jsonName()).value(value.get());
    }
  }
}
