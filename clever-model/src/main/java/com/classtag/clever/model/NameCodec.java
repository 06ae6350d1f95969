package com.classtag.clever.model;

import com.classtag.clever.model.internal.Json;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.Optional;

final class NameCodec extends JsonCodec<Name> {
  static final NameCodec INSTANCE = new NameCodec();

  @Override
  Name readValue(JsonReader in) throws IOException {
    Name.Builder b = Name.builder();
    in.beginObject();
    while (in.hasNext()) {
      String name = in.nextName();
      switch (name) {
        case "first":
          b.first(Optional.ofNullable(Json.kept(in)));
          break;
        case "middle":
          b.middle(Optional.ofNullable(Json.kept(in)));
          break;
        case "last":
          b.last(Optional.ofNullable(Json.kept(in)));
          break;
        default:
          b.putUnknownFields(Json.share(name), Json.value(in));
      }
    }
    in.endObject();
    return b.build();
  }

  @Override
  void writeValue(JsonWriter out, Name v) throws IOException {
    out.beginObject();
    Json.write(out, "first", v.first());
    Json.write(out, "middle", v.middle());
    Json.write(out, "last", v.last());
    Json.writeFields(out, v.unknownFields());
    out.endObject();
  }
}
