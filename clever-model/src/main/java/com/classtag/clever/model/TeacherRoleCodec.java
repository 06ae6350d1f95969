package com.classtag.clever.model;

import com.classtag.clever.model.internal.Json;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.Optional;

final class TeacherRoleCodec extends JsonCodec<TeacherRole> {
  static final TeacherRoleCodec INSTANCE = new TeacherRoleCodec();

  @Override
  TeacherRole readValue(JsonReader in) throws IOException {
    TeacherRole.Builder b = TeacherRole.builder();
    // Kept to share its instance with an equal last_modified, as records are often never modified.
    String created = null;
    in.beginObject();
    while (in.hasNext()) {
      String name = in.nextName();
      switch (name) {
        case "legacy_id":
          b.legacyId(Optional.ofNullable(Json.string(in)));
          break;
        case "sis_id":
          b.sisId(Optional.ofNullable(Json.string(in)));
          break;
        case "state_id":
          b.stateId(Optional.ofNullable(Json.string(in)));
          break;
        case "teacher_number":
          b.teacherNumber(Optional.ofNullable(Json.string(in)));
          break;
        case "school":
          b.school(Optional.ofNullable(Json.pooled(in)));
          break;
        case "schools":
          b.schools(Json.strings(in, true));
          break;
        case "title":
          b.title(Optional.ofNullable(Json.kept(in)));
          break;
        case "credentials":
          b.credentials(Optional.ofNullable(CredentialsCodec.INSTANCE.readNullable(in)));
          break;
        case "district":
          b.district(Optional.ofNullable(Json.pooled(in)));
          break;
        case "name":
          b.name(Optional.ofNullable(NameCodec.INSTANCE.readNullable(in)));
          break;
        case "created":
          created = Json.string(in);
          b.created(Optional.ofNullable(created));
          break;
        case "last_modified":
          b.lastModified(Optional.ofNullable(Json.sameOr(created, Json.string(in))));
          break;
        case "ext":
          b.ext(Json.values(in));
          break;
        default:
          b.putUnknownFields(Json.share(name), Json.value(in));
      }
    }
    in.endObject();
    return b.build();
  }

  @Override
  void writeValue(JsonWriter out, TeacherRole v) throws IOException {
    out.beginObject();
    Json.write(out, "legacy_id", v.legacyId());
    Json.write(out, "sis_id", v.sisId());
    Json.write(out, "state_id", v.stateId());
    Json.write(out, "teacher_number", v.teacherNumber());
    Json.write(out, "school", v.school());
    Json.write(out, "schools", v.schools());
    Json.write(out, "title", v.title());
    if (v.credentials().isPresent()) {
      out.name("credentials");
      CredentialsCodec.INSTANCE.writeValue(out, v.credentials().get());
    }
    Json.write(out, "district", v.district());
    if (v.name().isPresent()) {
      out.name("name");
      NameCodec.INSTANCE.writeValue(out, v.name().get());
    }
    Json.write(out, "created", v.created());
    Json.write(out, "last_modified", v.lastModified());
    Json.writeObject(out, "ext", v.ext());
    Json.writeFields(out, v.unknownFields());
    out.endObject();
  }
}
