package com.classtag.clever.model;

import com.classtag.clever.model.internal.Json;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;

final class StaffRoleCodec extends JsonCodec<StaffRole> {
  static final StaffRoleCodec INSTANCE = new StaffRoleCodec();

  @Override
  StaffRole readValue(JsonReader in) throws IOException {
    StaffRole.Builder b = StaffRole.builder();
    in.beginObject();
    while (in.hasNext()) {
      String name = in.nextName();
      switch (name) {
        case "legacy_id":
          b.legacyId(Optional.ofNullable(Json.string(in)));
          break;
        case "staff_id":
          b.staffId(Optional.ofNullable(Json.string(in)));
          break;
        case "schools":
          b.schools(Json.strings(in, true));
          break;
        case "roles":
          b.roles(readRoles(in));
          break;
        case "title":
          b.title(Optional.ofNullable(Json.kept(in)));
          break;
        case "department":
          b.department(Optional.ofNullable(Json.kept(in)));
          break;
        case "credentials":
          b.credentials(Optional.ofNullable(CredentialsCodec.INSTANCE.readNullable(in)));
          break;
        case "ext":
          b.ext(Json.values(in));
          break;
        default:
          b.putUnknownFields(Json.share(name), Json.value(in));
      }
    }
    in.endObject();
    return b.build();
  }

  @Override
  void writeValue(JsonWriter out, StaffRole v) throws IOException {
    out.beginObject();
    Json.write(out, "legacy_id", v.legacyId());
    Json.write(out, "staff_id", v.staffId());
    Json.write(out, "schools", v.schools());
    if (!v.roles().isEmpty()) {
      out.name("roles").beginArray();
      for (StaffRoleType role : v.roles()) {
        out.value(role.value());
      }
      out.endArray();
    }
    Json.write(out, "title", v.title());
    Json.write(out, "department", v.department());
    if (v.credentials().isPresent()) {
      out.name("credentials");
      CredentialsCodec.INSTANCE.writeValue(out, v.credentials().get());
    }
    Json.writeObject(out, "ext", v.ext());
    Json.writeFields(out, v.unknownFields());
    out.endObject();
  }

  /** Reads {@code roles}, skipping null and empty elements as {@link Json#strings} does. */
  private static List<StaffRoleType> readRoles(JsonReader in) throws IOException {
    if (Json.nullOr(in, JsonToken.BEGIN_ARRAY, "an array of staff roles")) {
      return Collections.emptyList();
    }
    List<StaffRoleType> out = new ArrayList<>(2);
    in.beginArray();
    while (in.hasNext()) {
      Optional<StaffRoleType> role = Enums.read(in, StaffRoleType::of);
      if (role.isPresent()) {
        out.add(role.get());
      }
    }
    in.endArray();
    return out;
  }
}
