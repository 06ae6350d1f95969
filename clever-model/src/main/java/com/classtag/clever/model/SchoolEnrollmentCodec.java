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

final class SchoolEnrollmentCodec extends JsonCodec<SchoolEnrollment> {
  static final SchoolEnrollmentCodec INSTANCE = new SchoolEnrollmentCodec();

  @Override
  SchoolEnrollment readValue(JsonReader in) throws IOException {
    SchoolEnrollment.Builder b = SchoolEnrollment.builder();
    in.beginObject();
    while (in.hasNext()) {
      String name = in.nextName();
      switch (name) {
        case "school":
          b.school(Optional.ofNullable(Json.pooled(in)));
          break;
        case "start_date":
          b.startDate(Optional.ofNullable(Json.pooled(in)));
          break;
        case "end_date":
          b.endDate(Optional.ofNullable(Json.pooled(in)));
          break;
        default:
          b.putUnknownFields(Json.share(name), Json.value(in));
      }
    }
    in.endObject();
    return b.build();
  }

  @Override
  void writeValue(JsonWriter out, SchoolEnrollment v) throws IOException {
    out.beginObject();
    Json.write(out, "school", v.school());
    Json.write(out, "start_date", v.startDate());
    Json.write(out, "end_date", v.endDate());
    Json.writeFields(out, v.unknownFields());
    out.endObject();
  }

  /**
   * Reads an {@code enrollments} array; {@code null} reads as empty and null elements name nothing.
   */
  static List<SchoolEnrollment> readList(JsonReader in) throws IOException {
    if (Json.nullOr(in, JsonToken.BEGIN_ARRAY, "an array of enrollments")) {
      return Collections.emptyList();
    }
    List<SchoolEnrollment> out = new ArrayList<>(2);
    in.beginArray();
    while (in.hasNext()) {
      SchoolEnrollment e = INSTANCE.readNullable(in);
      if (e != null) {
        out.add(e);
      }
    }
    in.endArray();
    return out;
  }

  /** Writes {@code name: [..]} when the list is not empty. */
  static void writeList(JsonWriter out, String name, List<SchoolEnrollment> list)
      throws IOException {
    if (!list.isEmpty()) {
      out.name(name).beginArray();
      for (SchoolEnrollment e : list) {
        INSTANCE.writeValue(out, e);
      }
      out.endArray();
    }
  }
}
