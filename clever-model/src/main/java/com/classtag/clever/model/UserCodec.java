package com.classtag.clever.model;

import com.classtag.clever.model.internal.Json;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.Optional;

final class UserCodec extends JsonCodec<User> {
  static final UserCodec INSTANCE = new UserCodec();

  @Override
  User readValue(JsonReader in) throws IOException {
    User.Builder b = User.builder();
    boolean hasId = false;
    // Kept to share its instance with an equal last_modified, as records are often never modified.
    String created = null;
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
        case "name":
          b.name(Optional.ofNullable(NameCodec.INSTANCE.readNullable(in)));
          break;
        case "email":
          b.email(Optional.ofNullable(Json.string(in)));
          break;
        case "created":
          created = Json.string(in);
          b.created(Optional.ofNullable(created));
          break;
        case "last_modified":
          b.lastModified(Optional.ofNullable(Json.sameOr(created, Json.string(in))));
          break;
        case "lms_status":
          b.lmsStatus(Optional.ofNullable(LmsStatusCodec.INSTANCE.readNullable(in)));
          break;
        case "roles":
          Roles roles = RolesCodec.INSTANCE.readNullable(in);
          if (roles != null) {
            b.roles(roles);
          }
          break;
        default:
          b.putUnknownFields(Json.share(name), Json.value(in));
      }
    }
    if (!hasId) {
      throw Json.error(in, "user has no id", null);
    }
    in.endObject();
    return b.build();
  }

  @Override
  void writeValue(JsonWriter out, User v) throws IOException {
    out.beginObject();
    out.name("id").value(v.id());
    Json.write(out, "district", v.district());
    if (v.name().isPresent()) {
      out.name("name");
      NameCodec.INSTANCE.writeValue(out, v.name().get());
    }
    Json.write(out, "email", v.email());
    Json.write(out, "created", v.created());
    Json.write(out, "last_modified", v.lastModified());
    if (v.lmsStatus().isPresent()) {
      out.name("lms_status");
      LmsStatusCodec.INSTANCE.writeValue(out, v.lmsStatus().get());
    }
    out.name("roles");
    RolesCodec.INSTANCE.writeValue(out, v.roles());
    Json.writeFields(out, v.unknownFields());
    out.endObject();
  }
}
