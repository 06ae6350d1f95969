package com.classtag.clever.model;

import com.classtag.clever.model.internal.Json;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.Optional;

final class ContactRoleCodec extends JsonCodec<ContactRole> {
  static final ContactRoleCodec INSTANCE = new ContactRoleCodec();

  @Override
  ContactRole readValue(JsonReader in) throws IOException {
    ContactRole.Builder b = ContactRole.builder();
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
        case "phone":
          b.phone(Optional.ofNullable(Json.string(in)));
          break;
        case "phone_type":
          b.phoneType(Enums.read(in, PhoneType::of));
          break;
        case "student_relationships":
          b.studentRelationships(StudentRelationshipCodec.readList(in));
          break;
        default:
          b.putUnknownFields(Json.share(name), Json.value(in));
      }
    }
    in.endObject();
    return b.build();
  }

  @Override
  void writeValue(JsonWriter out, ContactRole v) throws IOException {
    out.beginObject();
    Json.write(out, "legacy_id", v.legacyId());
    Json.write(out, "sis_id", v.sisId());
    Json.write(out, "phone", v.phone());
    Json.write(out, "phone_type", v.phoneType());
    StudentRelationshipCodec.writeList(out, "student_relationships", v.studentRelationships());
    Json.writeFields(out, v.unknownFields());
    out.endObject();
  }
}
