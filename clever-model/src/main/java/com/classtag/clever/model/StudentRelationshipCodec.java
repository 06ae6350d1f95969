package com.classtag.clever.model;

import com.classtag.clever.model.internal.Json;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

final class StudentRelationshipCodec extends JsonCodec<StudentRelationship> {
  static final StudentRelationshipCodec INSTANCE = new StudentRelationshipCodec();

  @Override
  StudentRelationship readValue(JsonReader in) throws IOException {
    StudentRelationship.Builder b = StudentRelationship.builder();
    in.beginObject();
    while (in.hasNext()) {
      String name = in.nextName();
      switch (name) {
        case "student":
          b.student(Optional.ofNullable(Json.string(in)));
          break;
        case "relationship":
          b.relationship(Enums.read(in, Relationship::of));
          break;
        case "type":
          b.type(Enums.read(in, RelationshipType::of));
          break;
        default:
          b.putUnknownFields(Json.share(name), Json.value(in));
      }
    }
    in.endObject();
    return b.build();
  }

  @Override
  void writeValue(JsonWriter out, StudentRelationship v) throws IOException {
    out.beginObject();
    Json.write(out, "student", v.student());
    Json.write(out, "relationship", v.relationship());
    Json.write(out, "type", v.type());
    Json.writeFields(out, v.unknownFields());
    out.endObject();
  }

  /**
   * Reads {@code student_relationships}; {@code null} reads as empty, null elements name nothing.
   */
  static List<StudentRelationship> readList(JsonReader in) throws IOException {
    if (Json.nullOr(in, JsonToken.BEGIN_ARRAY, "an array of student relationships")) {
      return Collections.emptyList();
    }
    List<StudentRelationship> out = new ArrayList<>(2);
    in.beginArray();
    while (in.hasNext()) {
      StudentRelationship r = INSTANCE.readNullable(in);
      if (r != null) {
        out.add(r);
      }
    }
    in.endArray();
    return out;
  }

  /** Writes {@code name: [..]} when the list is not empty. */
  static void writeList(JsonWriter out, String name, List<StudentRelationship> list)
      throws IOException {
    if (!list.isEmpty()) {
      out.name(name).beginArray();
      for (StudentRelationship r : list) {
        INSTANCE.writeValue(out, r);
      }
      out.endArray();
    }
  }
}
