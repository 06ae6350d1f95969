package com.classtag.clever.model;

import com.classtag.clever.model.internal.Json;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.Optional;

final class RolesCodec extends JsonCodec<Roles> {
  static final RolesCodec INSTANCE = new RolesCodec();

  private static final String DISTRICT_ADMIN_ALIAS = "districtadmin";

  @Override
  Roles readValue(JsonReader in) throws IOException {
    Roles.Builder b = Roles.builder();
    boolean hasAdmin = false;
    DistrictAdminRole admin = null;
    boolean hasAlias = false;
    DistrictAdminRole alias = null;
    in.beginObject();
    while (in.hasNext()) {
      String name = in.nextName();
      switch (name) {
        case "student":
          b.student(Optional.ofNullable(StudentRoleCodec.INSTANCE.readNullable(in)));
          break;
        case "teacher":
          b.teacher(Optional.ofNullable(TeacherRoleCodec.INSTANCE.readNullable(in)));
          break;
        case "staff":
          b.staff(Optional.ofNullable(StaffRoleCodec.INSTANCE.readNullable(in)));
          break;
        case "district_admin":
          admin = DistrictAdminRoleCodec.INSTANCE.readNullable(in);
          hasAdmin = true;
          break;
        case DISTRICT_ADMIN_ALIAS:
          alias = DistrictAdminRoleCodec.INSTANCE.readNullable(in);
          hasAlias = true;
          break;
        case "contact":
          b.contact(Optional.ofNullable(ContactRoleCodec.INSTANCE.readNullable(in)));
          break;
        default:
          b.putUnknownFields(Json.share(name), Json.value(in));
      }
    }
    in.endObject();
    if (hasAdmin) {
      b.districtAdmin(Optional.ofNullable(admin));
      if (hasAlias && alias != null) {
        // Both spellings at once: the documented key wins, and the alias is kept rather than
        // dropped.
        b.putUnknownFields(
            DISTRICT_ADMIN_ALIAS, JsonValue.ofJson(DistrictAdminRoleCodec.INSTANCE.toJson(alias)));
      }
    } else if (hasAlias) {
      b.districtAdmin(Optional.ofNullable(alias));
    }
    return b.build();
  }

  @Override
  void writeValue(JsonWriter out, Roles v) throws IOException {
    out.beginObject();
    if (v.student().isPresent()) {
      out.name("student");
      StudentRoleCodec.INSTANCE.writeValue(out, v.student().get());
    }
    if (v.teacher().isPresent()) {
      out.name("teacher");
      TeacherRoleCodec.INSTANCE.writeValue(out, v.teacher().get());
    }
    if (v.staff().isPresent()) {
      out.name("staff");
      StaffRoleCodec.INSTANCE.writeValue(out, v.staff().get());
    }
    if (v.districtAdmin().isPresent()) {
      out.name("district_admin");
      DistrictAdminRoleCodec.INSTANCE.writeValue(out, v.districtAdmin().get());
    }
    if (v.contact().isPresent()) {
      out.name("contact");
      ContactRoleCodec.INSTANCE.writeValue(out, v.contact().get());
    }
    Json.writeFields(out, v.unknownFields());
    out.endObject();
  }
}
