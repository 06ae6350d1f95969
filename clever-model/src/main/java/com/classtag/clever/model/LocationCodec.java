package com.classtag.clever.model;

import com.classtag.clever.model.internal.Json;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.Optional;

final class LocationCodec extends JsonCodec<Location> {
  static final LocationCodec INSTANCE = new LocationCodec();

  @Override
  Location readValue(JsonReader in) throws IOException {
    Location.Builder b = Location.builder();
    in.beginObject();
    while (in.hasNext()) {
      String name = in.nextName();
      switch (name) {
        case "address":
          b.address(Optional.ofNullable(Json.string(in)));
          break;
        case "city":
          b.city(Optional.ofNullable(Json.kept(in)));
          break;
        case "state":
          b.state(Optional.ofNullable(Json.pooled(in)));
          break;
        case "zip":
          b.zip(Optional.ofNullable(Json.kept(in)));
          break;
        case "lat":
          b.lat(Optional.ofNullable(Json.string(in)));
          break;
        case "lon":
          b.lon(Optional.ofNullable(Json.string(in)));
          break;
        default:
          b.putUnknownFields(Json.share(name), Json.value(in));
      }
    }
    in.endObject();
    return b.build();
  }

  @Override
  void writeValue(JsonWriter out, Location v) throws IOException {
    out.beginObject();
    Json.write(out, "address", v.address());
    Json.write(out, "city", v.city());
    Json.write(out, "state", v.state());
    Json.write(out, "zip", v.zip());
    Json.write(out, "lat", v.lat());
    Json.write(out, "lon", v.lon());
    Json.writeFields(out, v.unknownFields());
    out.endObject();
  }
}
