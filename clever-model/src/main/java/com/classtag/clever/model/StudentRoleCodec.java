package com.classtag.clever.model;

import com.classtag.clever.model.internal.Json;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.Optional;

final class StudentRoleCodec extends JsonCodec<StudentRole> {
  static final StudentRoleCodec INSTANCE = new StudentRoleCodec();

  @Override
  StudentRole readValue(JsonReader in) throws IOException {
    StudentRole.Builder b = StudentRole.builder();
    // Kept to share its instance with an equal last_modified, as records are often never modified.
    String created = null;
    in.beginObject();
    while (in.hasNext()) {
      String name = in.nextName();
      switch (name) {
        case "legacy_id":
          b.legacyId(Optional.ofNullable(Json.string(in)));
          break;
        case "sis_id":
          b.sisId(Optional.ofNullable(Json.string(in)));
          break;
        case "student_number":
          b.studentNumber(Optional.ofNullable(Json.string(in)));
          break;
        case "state_id":
          b.stateId(Optional.ofNullable(Json.string(in)));
          break;
        case "school":
          b.school(Optional.ofNullable(Json.pooled(in)));
          break;
        case "schools":
          b.schools(Json.strings(in, true));
          break;
        case "enrollments":
          b.enrollments(SchoolEnrollmentCodec.readList(in));
          break;
        case "credentials":
          b.credentials(Optional.ofNullable(CredentialsCodec.INSTANCE.readNullable(in)));
          break;
        case "email":
          b.email(Optional.ofNullable(Json.string(in)));
          break;
        case "dob":
          b.dob(Optional.ofNullable(Json.kept(in)));
          break;
        case "grade":
          b.grade(Enums.read(in, Grade::of));
          break;
        case "graduation_year":
          b.graduationYear(Optional.ofNullable(Json.pooled(in)));
          break;
        case "gender":
          b.gender(Enums.read(in, Gender::of));
          break;
        case "race":
          b.race(Enums.read(in, Race::of));
          break;
        case "hispanic_ethnicity":
          b.hispanicEthnicity(Enums.read(in, YesNo::of));
          break;
        case "ell_status":
          b.ellStatus(Enums.read(in, YesNo::of));
          break;
        case "iep_status":
          b.iepStatus(Optional.ofNullable(Json.pooled(in)));
          break;
        case "frl_status":
          b.frlStatus(Enums.read(in, FrlStatus::of));
          break;
        case "gifted_status":
          b.giftedStatus(Enums.read(in, YesNo::of));
          break;
        case "section_504_status":
          b.section504Status(Enums.read(in, YesNo::of));
          break;
        case "disability":
          b.disability(Optional.ofNullable(DisabilityCodec.INSTANCE.readNullable(in)));
          break;
        case "home_language":
          b.homeLanguage(Enums.read(in, HomeLanguage::of));
          break;
        case "home_language_code":
          b.homeLanguageCode(Enums.read(in, HomeLanguageCode::of));
          break;
        case "unweighted_gpa":
          b.unweightedGpa(Optional.ofNullable(Json.kept(in)));
          break;
        case "weighted_gpa":
          b.weightedGpa(Optional.ofNullable(Json.kept(in)));
          break;
        case "location":
          b.location(Optional.ofNullable(LocationCodec.INSTANCE.readNullable(in)));
          break;
        case "preferred_name":
          b.preferredName(Optional.ofNullable(PreferredNameCodec.INSTANCE.readNullable(in)));
          break;
        case "created":
          created = Json.string(in);
          b.created(Optional.ofNullable(created));
          break;
        case "last_modified":
          b.lastModified(Optional.ofNullable(Json.sameOr(created, Json.string(in))));
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
  void writeValue(JsonWriter out, StudentRole v) throws IOException {
    out.beginObject();
    Json.write(out, "legacy_id", v.legacyId());
    Json.write(out, "sis_id", v.sisId());
    Json.write(out, "student_number", v.studentNumber());
    Json.write(out, "state_id", v.stateId());
    Json.write(out, "school", v.school());
    Json.write(out, "schools", v.schools());
    SchoolEnrollmentCodec.writeList(out, "enrollments", v.enrollments());
    if (v.credentials().isPresent()) {
      out.name("credentials");
      CredentialsCodec.INSTANCE.writeValue(out, v.credentials().get());
    }
    Json.write(out, "email", v.email());
    Json.write(out, "dob", v.dob());
    Json.write(out, "grade", v.grade());
    Json.write(out, "graduation_year", v.graduationYear());
    Json.write(out, "gender", v.gender());
    Json.write(out, "race", v.race());
    Json.write(out, "hispanic_ethnicity", v.hispanicEthnicity());
    Json.write(out, "ell_status", v.ellStatus());
    Json.write(out, "iep_status", v.iepStatus());
    Json.write(out, "frl_status", v.frlStatus());
    Json.write(out, "gifted_status", v.giftedStatus());
    Json.write(out, "section_504_status", v.section504Status());
    if (v.disability().isPresent()) {
      out.name("disability");
      DisabilityCodec.INSTANCE.writeValue(out, v.disability().get());
    }
    Json.write(out, "home_language", v.homeLanguage());
    Json.write(out, "home_language_code", v.homeLanguageCode());
    Json.write(out, "unweighted_gpa", v.unweightedGpa());
    Json.write(out, "weighted_gpa", v.weightedGpa());
    if (v.location().isPresent()) {
      out.name("location");
      LocationCodec.INSTANCE.writeValue(out, v.location().get());
    }
    if (v.preferredName().isPresent()) {
      out.name("preferred_name");
      PreferredNameCodec.INSTANCE.writeValue(out, v.preferredName().get());
    }
    Json.write(out, "created", v.created());
    Json.write(out, "last_modified", v.lastModified());
    Json.writeObject(out, "ext", v.ext());
    Json.writeFields(out, v.unknownFields());
    out.endObject();
  }
}
