package com.classtag.examples.input;

import com.classtag.sync.settings.ClassroomNamePolicy;
import com.classtag.sync.settings.DeletionThreshold;
import com.classtag.sync.settings.SectionFilter;
import com.classtag.sync.settings.StudentIdSource;
import com.classtag.sync.settings.StudentStatus;
import com.classtag.sync.settings.SyncSettings;
import com.google.gson.JsonObject;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a settings file ({@code docs/settings.md}, schema {@code docs/schema/settings.schema.json}) into
 * the planner's {@link SyncSettings}. An absent field keeps ClassTag's default.
 */
public final class SettingsFile {
  private SettingsFile() {}

  /**
   * Reads and validates settings.
   *
   * @param file the file's name as the user gave it, used in messages
   * @param source the JSON document; not closed
   * @return the settings
   * @throws InputFileException naming the file and the JSON path of every problem
   */
  public static SyncSettings read(String file, Reader source) {
    JsonObject json = InputSchema.SETTINGS.read(file, source);
    SyncSettings.Builder settings = SyncSettings.builder();
    Fields.flag(json, "paused").ifPresent(settings::paused);
    Fields.flag(json, "unarchiveReappearing").ifPresent(settings::unarchiveReappearing);
    Fields.flag(json, "manageGuardians").ifPresent(settings::manageGuardians);
    if (json.has("contactTypes")) {
      settings.contactTypes(Fields.texts(json, "contactTypes"));
    }
    if (json.has("contactRelationships")) {
      settings.contactRelationships(Fields.texts(json, "contactRelationships"));
    }
    if (json.has("smsPhoneTypes")) {
      settings.smsPhoneTypes(Fields.texts(json, "smsPhoneTypes"));
    }
    Fields.flag(json, "updateJoinedUserDetails").ifPresent(settings::updateJoinedUserDetails);
    if (json.has("deletionThreshold")) {
      JsonObject threshold = json.getAsJsonObject("deletionThreshold");
      DeletionThreshold.Builder builder = DeletionThreshold.builder();
      Fields.integer(threshold, "percent").ifPresent(builder::percent);
      Fields.integer(threshold, "floor").ifPresent(builder::floor);
      settings.deletionThreshold(builder.build());
    }
    Fields.integer(json, "nearEmptySchoolPercent").ifPresent(settings::nearEmptySchoolPercent);
    Fields.text(json, "classroomNames")
        .ifPresent(names -> settings.classroomNames(Fields.constant(ClassroomNamePolicy.class, names)));
    Fields.flag(json, "archiveEndedTerms").ifPresent(settings::archiveEndedTerms);
    Fields.integer(json, "termGraceDays").ifPresent(settings::termGraceDays);
    if (json.has("sectionFilter")) {
      JsonObject filter = json.getAsJsonObject("sectionFilter");
      settings.sectionFilter(SectionFilter.builder()
          .addAllSubjects(Fields.texts(filter, "subjects"))
          .addAllGrades(Fields.texts(filter, "grades"))
          .addAllSchoolIds(Fields.texts(filter, "schoolIds"))
          .build());
    }
    Fields.flag(json, "removeDepartedTeachers").ifPresent(settings::removeDepartedTeachers);
    Fields.flag(json, "removePersonAddedMembers").ifPresent(settings::removePersonAddedMembers);
    if (json.has("carriedStatuses")) {
      List<StudentStatus> statuses = new ArrayList<>();
      Fields.texts(json, "carriedStatuses").forEach(s -> statuses.add(Fields.constant(StudentStatus.class, s)));
      settings.carriedStatuses(statuses);
    }
    Fields.flag(json, "carryAllExtensionFields").ifPresent(settings::carryAllExtensionFields);
    settings.addAllCarriedExtensionFields(Fields.texts(json, "carriedExtensionFields"));
    Fields.text(json, "studentIdSource")
        .ifPresent(source1 -> settings.studentIdSource(Fields.constant(StudentIdSource.class, source1)));
    Fields.flag(json, "syncDistrictAdmins").ifPresent(settings::syncDistrictAdmins);
    return settings.build();
  }
}
