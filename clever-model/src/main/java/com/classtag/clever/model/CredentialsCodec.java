package com.classtag.clever.model;

import com.classtag.clever.model.internal.Json;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.Optional;

final class CredentialsCodec extends JsonCodec<Credentials> {
  static final CredentialsCodec INSTANCE = new CredentialsCodec();

  @Override
  Credentials readValue(JsonReader in) throws IOException {
    Credentials.Builder b = Credentials.builder();
    in.beginObject();
    while (in.hasNext()) {
      String name = in.nextName();
      if (name.equals("district_username")) {
        b.districtUsername(Optional.ofNullable(Json.string(in)));
      } else {
        b.putUnknownFields(Json.share(name), Json.value(in));
      }
    }
    in.endObject();
    return b.build();
  }

  @Override
  void writeValue(JsonWriter out, Credentials v) throws IOException {
    out.beginObject();
    Json.write(out, "district_username", v.districtUsername());
    Json.writeFields(out, v.unknownFields());
    out.endObject();
  }
}
