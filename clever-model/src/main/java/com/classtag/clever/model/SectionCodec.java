package com.classtag.clever.model;

import com.classtag.clever.model.internal.Json;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.Optional;

final class SectionCodec extends JsonCodec<Section> {
  static final SectionCodec INSTANCE = new SectionCodec();

  @Override
  Section readValue(JsonReader in) throws IOException {
    Section.Builder b = Section.builder();
    boolean hasId = false;
    in.beginObject();
    while (in.hasNext()) {
      String name = in.nextName();
      switch (name) {
        case "id":
          b.id(Json.id(in));
          hasId = true;
          break;
        case "district":
          b.district(Optional.ofNullable(Json.pooled(in)));
          break;
        case "school":
          b.school(Optional.ofNullable(Json.pooled(in)));
          break;
        case "name":
          b.name(Optional.ofNullable(Json.string(in)));
          break;
        case "created":
          b.created(Optional.ofNullable(Json.string(in)));
          break;
        case "last_modified":
          b.lastModified(Optional.ofNullable(Json.string(in)));
          break;
        case "sis_id":
          b.sisId(Optional.ofNullable(Json.string(in)));
          break;
        case "section_number":
          b.sectionNumber(Optional.ofNullable(Json.string(in)));
          break;
        case "period":
          b.period(Optional.ofNullable(Json.pooled(in)));
          break;
        case "subject":
          b.subject(Enums.read(in, Subject::of));
          break;
        case "grade":
          b.grade(Enums.read(in, Grade::of));
          break;
        case "course":
          b.course(Optional.ofNullable(Json.pooled(in)));
          break;
        case "term_id":
          b.termId(Optional.ofNullable(Json.pooled(in)));
          break;
        case "teacher":
          b.teacher(Optional.ofNullable(Json.pooled(in)));
          break;
        case "teachers":
          b.teachers(Json.strings(in, true));
          break;
        case "students":
          b.students(Json.strings(in, false));
          break;
        case "lms_status":
          b.lmsStatus(Optional.ofNullable(LmsStatusCodec.INSTANCE.readNullable(in)));
          break;
        case "ext":
          b.ext(Json.values(in));
          break;
        default:
          b.putUnknownFields(Json.share(name), Json.value(in));
      }
    }
    if (!hasId) {
      throw Json.error(in, "section has no id", null);
    }
    in.endObject();
    return b.build();
  }

  @Override
  void writeValue(JsonWriter out, Section v) throws IOException {
    out.beginObject();
    out.name("id").value(v.id());
    Json.write(out, "district", v.district());
    Json.write(out, "school", v.school());
    Json.write(out, "name", v.name());
    Json.write(out, "created", v.created());
    Json.write(out, "last_modified", v.lastModified());
    Json.write(out, "sis_id", v.sisId());
    Json.write(out, "section_number", v.sectionNumber());
    Json.write(out, "period", v.period());
    Json.write(out, "subject", v.subject());
    Json.write(out, "grade", v.grade());
    Json.write(out, "course", v.course());
    Json.write(out, "term_id", v.termId());
    Json.write(out, "teacher", v.teacher());
    Json.write(out, "teachers", v.teachers());
    Json.write(out, "students", v.students());
    if (v.lmsStatus().isPresent()) {
      out.name("lms_status");
      LmsStatusCodec.INSTANCE.writeValue(out, v.lmsStatus().get());
    }
    Json.writeObject(out, "ext", v.ext());
    Json.writeFields(out, v.unknownFields());
    out.endObject();
  }
}
