package com.classtag.clever.model;

import com.classtag.clever.model.internal.Json;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.Optional;

final class SchoolCodec extends JsonCodec<School> {
  static final SchoolCodec INSTANCE = new SchoolCodec();

  @Override
  School readValue(JsonReader in) throws IOException {
    School.Builder b = School.builder();
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
        case "school_number":
          b.schoolNumber(Optional.ofNullable(Json.string(in)));
          break;
        case "state_id":
          b.stateId(Optional.ofNullable(Json.string(in)));
          break;
        case "nces_id":
          b.ncesId(Optional.ofNullable(Json.string(in)));
          break;
        case "mdr_number":
          b.mdrNumber(Optional.ofNullable(Json.string(in)));
          break;
        case "phone":
          b.phone(Optional.ofNullable(Json.string(in)));
          break;
        case "low_grade":
          b.lowGrade(Enums.read(in, Grade::of));
          break;
        case "high_grade":
          b.highGrade(Enums.read(in, Grade::of));
          break;
        case "location":
          b.location(Optional.ofNullable(LocationCodec.INSTANCE.readNullable(in)));
          break;
        case "principal":
          b.principal(Optional.ofNullable(PrincipalCodec.INSTANCE.readNullable(in)));
          break;
        case "ext":
          b.ext(Json.values(in));
          break;
        default:
          b.putUnknownFields(Json.share(name), Json.value(in));
      }
    }
    if (!hasId) {
      throw Json.error(in, "school has no id", null);
    }
    in.endObject();
    return b.build();
  }

  @Override
  void writeValue(JsonWriter out, School v) throws IOException {
    out.beginObject();
    out.name("id").value(v.id());
    Json.write(out, "district", v.district());
    Json.write(out, "name", v.name());
    Json.write(out, "created", v.created());
    Json.write(out, "last_modified", v.lastModified());
    Json.write(out, "sis_id", v.sisId());
    Json.write(out, "school_number", v.schoolNumber());
    Json.write(out, "state_id", v.stateId());
    Json.write(out, "nces_id", v.ncesId());
    Json.write(out, "mdr_number", v.mdrNumber());
    Json.write(out, "phone", v.phone());
    Json.write(out, "low_grade", v.lowGrade());
    Json.write(out, "high_grade", v.highGrade());
    if (v.location().isPresent()) {
      out.name("location");
      LocationCodec.INSTANCE.writeValue(out, v.location().get());
    }
    if (v.principal().isPresent()) {
      out.name("principal");
      PrincipalCodec.INSTANCE.writeValue(out, v.principal().get());
    }
    Json.writeObject(out, "ext", v.ext());
    Json.writeFields(out, v.unknownFields());
    out.endObject();
  }
}
