package com.classtag.clever.model;

import com.classtag.clever.model.internal.Json;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;

final class DisabilityCodec extends JsonCodec<Disability> {
  static final DisabilityCodec INSTANCE = new DisabilityCodec();

  @Override
  Disability readValue(JsonReader in) throws IOException {
    Disability.Builder b = Disability.builder();
    in.beginObject();
    while (in.hasNext()) {
      String name = in.nextName();
      switch (name) {
        case "disability_status":
          b.disabilityStatus(Enums.read(in, YesNo::of));
          break;
        case "disability_code":
          b.disabilityCode(Enums.read(in, DisabilityCode::of));
          break;
        case "disability_type":
          b.disabilityType(Enums.read(in, DisabilityType::of));
          break;
        default:
          b.putUnknownFields(Json.share(name), Json.value(in));
      }
    }
    in.endObject();
    return b.build();
  }

  @Override
  void writeValue(JsonWriter out, Disability v) throws IOException {
    out.beginObject();
    Json.write(out, "disability_status", v.disabilityStatus());
    Json.write(out, "disability_code", v.disabilityCode());
    Json.write(out, "disability_type", v.disabilityType());
    Json.writeFields(out, v.unknownFields());
    out.endObject();
  }
}
