package com.classtag.clever.model;

import com.classtag.clever.model.internal.Json;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.Optional;

final class CourseCodec extends JsonCodec<Course> {
  static final CourseCodec INSTANCE = new CourseCodec();

  @Override
  Course readValue(JsonReader in) throws IOException {
    Course.Builder b = Course.builder();
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
        case "number":
          b.number(Optional.ofNullable(Json.string(in)));
          break;
        default:
          b.putUnknownFields(Json.share(name), Json.value(in));
      }
    }
    if (!hasId) {
      throw Json.error(in, "course has no id", null);
    }
    in.endObject();
    return b.build();
  }

  @Override
  void writeValue(JsonWriter out, Course v) throws IOException {
    out.beginObject();
    out.name("id").value(v.id());
    Json.write(out, "district", v.district());
    Json.write(out, "name", v.name());
    Json.write(out, "number", v.number());
    Json.writeFields(out, v.unknownFields());
    out.endObject();
  }
}
