package com.classtag.clever.model;

import com.classtag.clever.model.internal.Json;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.Optional;

final class DistrictCodec extends JsonCodec<District> {
  static final DistrictCodec INSTANCE = new DistrictCodec();

  @Override
  District readValue(JsonReader in) throws IOException {
    District.Builder b = District.builder();
    boolean hasId = false;
    in.beginObject();
    while (in.hasNext()) {
      String name = in.nextName();
      switch (name) {
        case "id":
          b.id(Json.id(in));
          hasId = true;
          break;
        case "name":
          b.name(Optional.ofNullable(Json.string(in)));
          break;
        case "sis_type":
          b.sisType(Optional.ofNullable(Json.pooled(in)));
          break;
        case "launch_date":
          b.rawLaunchDate(Optional.ofNullable(Json.string(in)));
          break;
        case "portal_url":
          b.portalUrl(Optional.ofNullable(Json.string(in)));
          break;
        case "login_methods":
          b.loginMethods(Json.strings(in, true));
          break;
        case "district_contact":
          b.districtContact(Optional.ofNullable(DistrictContactCodec.INSTANCE.readNullable(in)));
          break;
        case "last_sync":
          b.lastSync(Optional.ofNullable(Json.string(in)));
          break;
        case "mdr_number":
          b.mdrNumber(Optional.ofNullable(Json.string(in)));
          break;
        case "nces_id":
          b.ncesId(Optional.ofNullable(Json.string(in)));
          break;
        case "error":
          b.error(Optional.ofNullable(Json.string(in)));
          break;
        case "state":
          b.state(Enums.read(in, DistrictState::of));
          break;
        case "pause_start":
          b.pauseStart(Optional.ofNullable(Json.string(in)));
          break;
        case "pause_end":
          b.pauseEnd(Optional.ofNullable(Json.string(in)));
          break;
        case "lms_state":
          b.lmsState(Enums.read(in, LmsState::of));
          break;
        case "lms_type":
          b.lmsType(Enums.read(in, LmsType::of));
          break;
        case "last_attendance_sync":
          b.lastAttendanceSync(Optional.ofNullable(Json.string(in)));
          break;
        case "last_clever_sync":
          b.lastCleverSync(Optional.ofNullable(Json.string(in)));
          break;
        default:
          b.putUnknownFields(Json.share(name), Json.value(in));
      }
    }
    if (!hasId) {
      throw Json.error(in, "district has no id", null);
    }
    in.endObject();
    return b.build();
  }

  @Override
  void writeValue(JsonWriter out, District v) throws IOException {
    out.beginObject();
    out.name("id").value(v.id());
    Json.write(out, "name", v.name());
    Json.write(out, "sis_type", v.sisType());
    Json.write(out, "launch_date", v.rawLaunchDate());
    Json.write(out, "portal_url", v.portalUrl());
    Json.write(out, "login_methods", v.loginMethods());
    if (v.districtContact().isPresent()) {
      out.name("district_contact");
      DistrictContactCodec.INSTANCE.writeValue(out, v.districtContact().get());
    }
    Json.write(out, "last_sync", v.lastSync());
    Json.write(out, "mdr_number", v.mdrNumber());
    Json.write(out, "nces_id", v.ncesId());
    Json.write(out, "error", v.error());
    Json.write(out, "state", v.state());
    Json.write(out, "pause_start", v.pauseStart());
    Json.write(out, "pause_end", v.pauseEnd());
    Json.write(out, "lms_state", v.lmsState());
    Json.write(out, "lms_type", v.lmsType());
    Json.write(out, "last_attendance_sync", v.lastAttendanceSync());
    Json.write(out, "last_clever_sync", v.lastCleverSync());
    Json.writeFields(out, v.unknownFields());
    out.endObject();
  }
}
