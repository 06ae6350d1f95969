package com.classtag.clever.model;

import com.classtag.clever.model.internal.Json;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.Optional;

final class PrincipalCodec extends JsonCodec<Principal> {
  static final PrincipalCodec INSTANCE = new PrincipalCodec();

  @Override
  Principal readValue(JsonReader in) throws IOException {
    Principal.Builder b = Principal.builder();
    in.beginObject();
    while (in.hasNext()) {
      String name = in.nextName();
      switch (name) {
        case "name":
          b.name(Optional.ofNullable(Json.string(in)));
          break;
        case "email":
          b.email(Optional.ofNullable(Json.string(in)));
          break;
        default:
          b.putUnknownFields(Json.share(name), Json.value(in));
      }
    }
    in.endObject();
    return b.build();
  }

  @Override
  void writeValue(JsonWriter out, Principal v) throws IOException {
    out.beginObject();
    Json.write(out, "name", v.name());
    Json.write(out, "email", v.email());
    Json.writeFields(out, v.unknownFields());
    out.endObject();
  }
}
