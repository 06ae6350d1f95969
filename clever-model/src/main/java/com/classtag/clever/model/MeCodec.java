package com.classtag.clever.model;

import com.classtag.clever.model.internal.Json;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.Optional;

final class MeCodec extends JsonCodec<Me> {
  static final MeCodec INSTANCE = new MeCodec();

  @Override
  Me readValue(JsonReader in) throws IOException {
    Me.Builder b = Me.builder();
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
        case "type":
          b.type(Optional.ofNullable(Json.string(in)));
          break;
        case "authorized_by":
          b.authorizedBy(Optional.ofNullable(Json.string(in)));
          break;
        default:
          b.putUnknownFields(Json.share(name), Json.value(in));
      }
    }
    if (!hasId) {
      throw Json.error(in, "/me data has no id", null);
    }
    in.endObject();
    return b.build();
  }

  @Override
  void writeValue(JsonWriter out, Me v) throws IOException {
    out.beginObject();
    out.name("id").value(v.id());
    Json.write(out, "district", v.district());
    Json.write(out, "type", v.type());
    Json.write(out, "authorized_by", v.authorizedBy());
    Json.writeFields(out, v.unknownFields());
    out.endObject();
  }
}
