package com.classtag.examples.demo;

import com.classtag.sync.state.AppSchool;
import com.classtag.sync.state.AppState;
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
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Writes an {@link AppState} in the app-state file format (docs/app-state.md), one record per line so the
 * bundled demo state diffs readably. The inverse of {@code AppStateFile.read}; used to generate the bundled
 * file and to check the reader round-trips.
 */
final class AppStateJson {
  private AppStateJson() {}

  static String write(AppState state) {
    StringBuilder json = new StringBuilder("{\n  \"version\": 1");
    section(json, "schools", state.schools(), AppStateJson::school);
    section(json, "classrooms", state.classrooms(), AppStateJson::classroom);
    section(json, "students", state.students(), AppStateJson::student);
    section(json, "staff", state.staff(), AppStateJson::staff);
    section(json, "contacts", state.contacts(), AppStateJson::contact);
    state.baseline().ifPresent(baseline -> {
      json.append(",\n  \"baseline\": {\"sectionIds\": [");
      List<String> ids = baseline.sectionIds().stream().sorted().toList();
      for (int i = 0; i < ids.size(); i++) {
        json.append(i == 0 ? "\n    " : ",\n    ").append('"').append(ids.get(i)).append('"');
      }
      json.append("\n  ]}");
    });
    return json.append("\n}\n").toString();
  }

  private interface Fields {
    void write(JsonWriter out) throws IOException;
  }

  private static <T> void section(StringBuilder json, String name, List<T> items, Function<T, Fields> fields) {
    if (items.isEmpty()) {
      return;
    }
    json.append(",\n  \"").append(name).append("\": [");
    for (int i = 0; i < items.size(); i++) {
      json.append(i == 0 ? "\n    " : ",\n    ").append(object(fields.apply(items.get(i))));
    }
    json.append("\n  ]");
  }

  private static String object(Fields fields) {
    StringWriter text = new StringWriter();
    JsonWriter out = new JsonWriter(text);
    out.setHtmlSafe(false);
    try {
      out.beginObject();
      fields.write(out);
      out.endObject();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  private static Fields school(AppSchool school) {
    return out -> {
      out.name("id").value(school.id());
      optional(out, "name", school.name());
      strings(out, "sourceSchoolIds", school.sourceSchoolIds());
    };
  }

  private static Fields classroom(Classroom classroom) {
    return out -> {
      out.name("id").value(classroom.id());
      out.name("schoolId").value(classroom.schoolId());
      out.name("name").value(classroom.name());
      if (classroom.nameEdited()) {
        out.name("nameEdited").value(true);
      }
      optional(out, "grade", classroom.grade());
      if (!classroom.sections().isEmpty()) {
        out.name("sections").beginArray();
        for (SectionRef section : classroom.sections()) {
          out.beginObject().name("id").value(section.id());
          optional(out, "sisId", section.sisId());
          out.endObject();
        }
        out.endArray();
      }
      if (classroom.archive().isPresent()) {
        out.name("archive").beginObject()
            .name("by").value(name(classroom.archive().get().by()))
            .name("at").value(classroom.archive().get().at().toString());
        if (classroom.archive().get().reason().isPresent()) {
          out.name("reason").value(name(classroom.archive().get().reason().get()));
        }
        out.endObject();
      }
      if (!classroom.teachers().isEmpty()) {
        out.name("teachers").beginArray();
        for (TeacherMembership teacher : classroom.teachers()) {
          out.beginObject().name("staffId").value(teacher.staffId()).name("role").value(name(teacher.role()))
              .name("addedBy").value(name(teacher.addedBy())).endObject();
        }
        out.endArray();
      }
      if (!classroom.students().isEmpty()) {
        out.name("students").beginArray();
        for (StudentMembership student : classroom.students()) {
          out.beginObject().name("studentId").value(student.studentId())
              .name("addedBy").value(name(student.addedBy())).endObject();
        }
        out.endArray();
      }
    };
  }

  private static Fields student(StudentRecord student) {
    return out -> {
      out.name("id").value(student.id());
      optional(out, "sourceId", student.sourceId());
      optional(out, "sisId", student.sisId());
      optional(out, "studentNumber", student.studentNumber());
      optional(out, "legacyId", student.legacyId());
      optional(out, "firstName", student.firstName());
      optional(out, "lastName", student.lastName());
      optional(out, "email", student.email());
      optional(out, "grade", student.grade());
      optional(out, "displayId", student.displayId());
      optional(out, "ellStatus", student.ellStatus());
      optional(out, "frlStatus", student.frlStatus());
      optional(out, "iepStatus", student.iepStatus());
      if (!student.extensionFields().isEmpty()) {
        out.name("extensionFields").beginObject();
        for (Map.Entry<String, String> field : new TreeMap<>(student.extensionFields()).entrySet()) {
          out.name(field.getKey()).value(field.getValue());
        }
        out.endObject();
      }
    };
  }

  private static Fields staff(StaffAccount staff) {
    return out -> {
      out.name("id").value(staff.id());
      optional(out, "sourceId", staff.sourceId());
      optional(out, "sisId", staff.sisId());
      optional(out, "legacyId", staff.legacyId());
      optional(out, "firstName", staff.firstName());
      optional(out, "lastName", staff.lastName());
      optional(out, "email", staff.email());
      optional(out, "smsPhone", staff.smsPhone());
      optional(out, "homePhone", staff.homePhone());
      status(out, staff.status());
      if (!staff.schoolAccess().isEmpty()) {
        out.name("schoolAccess").beginArray();
        for (SchoolAccess access : staff.schoolAccess()) {
          out.beginObject().name("schoolId").value(access.schoolId()).name("role").value(name(access.role()))
              .name("addedBy").value(name(access.addedBy())).endObject();
        }
        out.endArray();
      }
      if (staff.districtAccess().isPresent()) {
        out.name("districtAccess").value(name(staff.districtAccess().get()));
      }
    };
  }

  private static Fields contact(ContactAccount contact) {
    return out -> {
      out.name("id").value(contact.id());
      optional(out, "sourceId", contact.sourceId());
      optional(out, "sisId", contact.sisId());
      optional(out, "legacyId", contact.legacyId());
      optional(out, "firstName", contact.firstName());
      optional(out, "lastName", contact.lastName());
      optional(out, "email", contact.email());
      optional(out, "smsPhone", contact.smsPhone());
      optional(out, "homePhone", contact.homePhone());
      status(out, contact.status());
      if (!contact.links().isEmpty()) {
        out.name("links").beginArray();
        for (ContactLink link : contact.links()) {
          out.beginObject().name("studentId").value(link.studentId());
          optional(out, "type", link.type());
          optional(out, "relationship", link.relationship());
          out.name("addedBy").value(name(link.addedBy())).endObject();
        }
        out.endArray();
      }
    };
  }

  private static void status(JsonWriter out, UserStatus status) throws IOException {
    if (status != UserStatus.INVITED) {
      out.name("status").value(name(status));
    }
  }

  private static void optional(JsonWriter out, String name, Optional<String> value) throws IOException {
    if (value.isPresent()) {
      out.name(name).value(value.get());
    }
  }

  private static void strings(JsonWriter out, String name, List<String> values) throws IOException {
    if (values.isEmpty()) {
      return;
    }
    out.name(name).beginArray();
    for (String value : values) {
      out.value(value);
    }
    out.endArray();
  }

  private static String name(Enum<?> value) {
    return value.name();
  }
}
