package com.classtag.clever.model;

import com.classtag.clever.model.internal.Json;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.Optional;

final class DistrictAdminRoleCodec extends JsonCodec<DistrictAdminRole> {
  static final DistrictAdminRoleCodec INSTANCE = new DistrictAdminRoleCodec();

  @Override
  DistrictAdminRole readValue(JsonReader in) throws IOException {
    DistrictAdminRole.Builder b = DistrictAdminRole.builder();
    in.beginObject();
    while (in.hasNext()) {
      String name = in.nextName();
      switch (name) {
        case "legacy_id":
          b.legacyId(Optional.ofNullable(Json.string(in)));
          break;
        case "title":
          b.title(Optional.ofNullable(Json.string(in)));
          break;
        default:
          b.putUnknownFields(Json.share(name), Json.value(in));
      }
    }
    in.endObject();
    return b.build();
  }

  @Override
  void writeValue(JsonWriter out, DistrictAdminRole v) throws IOException {
    out.beginObject();
    Json.write(out, "legacy_id", v.legacyId());
    Json.write(out, "title", v.title());
    Json.writeFields(out, v.unknownFields());
    out.endObject();
  }
}
