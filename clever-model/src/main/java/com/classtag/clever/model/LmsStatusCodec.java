package com.classtag.clever.model;

import com.classtag.clever.model.internal.Json;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.Optional;

final class LmsStatusCodec extends JsonCodec<LmsStatus> {
  static final LmsStatusCodec INSTANCE = new LmsStatusCodec();

  @Override
  LmsStatus readValue(JsonReader in) throws IOException {
    LmsStatus.Builder b = LmsStatus.builder();
    in.beginObject();
    while (in.hasNext()) {
      String name = in.nextName();
      if (name.equals("synced_in_lms")) {
        b.syncedInLms(Optional.ofNullable(Json.bool(in)));
      } else {
        b.putUnknownFields(Json.share(name), Json.value(in));
      }
    }
    in.endObject();
    return b.build();
  }

  @Override
  void writeValue(JsonWriter out, LmsStatus v) throws IOException {
    out.beginObject();
    if (v.syncedInLms().isPresent()) {
      // A JSON boolean, not the "true" text Json.write would produce.
      out.name("synced_in_lms").value(v.syncedInLms().get().booleanValue());
    }
    Json.writeFields(out, v.unknownFields());
    out.endObject();
  }
}
