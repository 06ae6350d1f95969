package com.classtag.clever.model;

import com.classtag.clever.model.internal.Json;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

final class ResourceCodec extends JsonCodec<Resource> {
  static final ResourceCodec INSTANCE = new ResourceCodec();

  @Override
  Resource readValue(JsonReader in) throws IOException {
    Resource.Builder b = Resource.builder();
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
        case "resource_id":
          b.resourceId(Optional.ofNullable(Json.string(in)));
          break;
        case "title":
          b.title(Optional.ofNullable(Json.string(in)));
          break;
        case "roles":
          b.roles(roles(in));
          break;
        case "created":
          b.created(Optional.ofNullable(Json.string(in)));
          break;
        case "updated":
          b.updated(Optional.ofNullable(Json.string(in)));
          break;
        default:
          b.putUnknownFields(Json.share(name), Json.value(in));
      }
    }
    if (!hasId) {
      throw Json.error(in, "resource has no id", null);
    }
    in.endObject();
    return b.build();
  }

  /** Reads {@code roles}; {@code null} reads as empty and null or empty elements are skipped. */
  private static List<ResourceRole> roles(JsonReader in) throws IOException {
    List<String> raw = Json.strings(in, false);
    List<ResourceRole> roles = new ArrayList<>(raw.size());
    for (String s : raw) {
      roles.add(ResourceRole.of(s));
    }
    return roles;
  }

  @Override
  void writeValue(JsonWriter out, Resource v) throws IOException {
    out.beginObject();
    out.name("id").value(v.id());
    Json.write(out, "district", v.district());
    Json.write(out, "resource_id", v.resourceId());
    Json.write(out, "title", v.title());
    if (!v.roles().isEmpty()) {
      out.name("roles").beginArray();
      for (ResourceRole role : v.roles()) {
        out.value(role.value());
      }
      out.endArray();
    }
    Json.write(out, "created", v.created());
    Json.write(out, "updated", v.updated());
    Json.writeFields(out, v.unknownFields());
    out.endObject();
  }
}
