package com.classtag.clever.model;

import com.classtag.clever.model.internal.Json;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.Optional;

final class DistrictContactCodec extends JsonCodec<DistrictContact> {
  static final DistrictContactCodec INSTANCE = new DistrictContactCodec();

  @Override
  DistrictContact readValue(JsonReader in) throws IOException {
    DistrictContact.Builder b = DistrictContact.builder();
    in.beginObject();
    while (in.hasNext()) {
      String name = in.nextName();
      switch (name) {
        case "id":
          b.id(Optional.ofNullable(Json.string(in)));
          break;
        case "title":
          b.title(Optional.ofNullable(Json.string(in)));
          break;
        case "district":
          b.district(Optional.ofNullable(Json.pooled(in)));
          break;
        case "email":
          b.email(Optional.ofNullable(Json.string(in)));
          break;
        case "name":
          b.name(Optional.ofNullable(NameCodec.INSTANCE.readNullable(in)));
          break;
        default:
          b.putUnknownFields(Json.share(name), Json.value(in));
      }
    }
    in.endObject();
    return b.build();
  }

  @Override
  void writeValue(JsonWriter out, DistrictContact v) throws IOException {
    out.beginObject();
    Json.write(out, "id", v.id());
    Json.write(out, "title", v.title());
    Json.write(out, "district", v.district());
    Json.write(out, "email", v.email());
    if (v.name().isPresent()) {
      out.name("name");
      NameCodec.INSTANCE.writeValue(out, v.name().get());
    }
    Json.writeFields(out, v.unknownFields());
    out.endObject();
  }
}
