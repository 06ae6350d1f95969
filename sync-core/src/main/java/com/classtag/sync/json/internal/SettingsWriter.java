package com.classtag.sync.json.internal;

import com.classtag.sync.json.internal.SettingsFields.Filter;
import com.classtag.sync.json.internal.SettingsFields.Root;
import com.classtag.sync.json.internal.SettingsFields.Threshold;
import com.classtag.sync.settings.StudentStatus;
import com.classtag.sync.settings.SyncSettings;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Writes the settings format, version 1, indented by two spaces. Every setting is written, defaults
 * too, so the file states the whole configuration and reads the same if a later SDK changes a
 * default.
 */
public final class SettingsWriter {
  private SettingsWriter() {}

  /**
   * Writes settings.
   *
   * @param settings the settings
   * @param out where to write; flushed, not closed
   * @throws IllegalArgumentException naming the first setting the format cannot hold (an empty text
   *     value, more than {@value SettingsReader#MAX_TERM_GRACE_DAYS} days of grace), before
   *     anything is written
   * @throws UncheckedIOException if writing fails
   */
  public static void write(SyncSettings settings, Writer out) {
    check(settings);
    try {
      JsonWriter json = new JsonWriter(out);
      json.setIndent("  ");
      json.beginObject();
      json.name(Root.VERSION.jsonName()).value(SettingsReader.VERSION);
      json.name(Root.PAUSED.jsonName()).value(settings.paused());
      json.name(Root.UNARCHIVE_REAPPEARING.jsonName()).value(settings.unarchiveReappearing());
      json.name(Root.MANAGE_GUARDIANS.jsonName()).value(settings.manageGuardians());
      texts(json, Root.CONTACT_TYPES, settings.contactTypes());
      texts(json, Root.CONTACT_RELATIONSHIPS, settings.contactRelationships());
      texts(json, Root.SMS_PHONE_TYPES, settings.smsPhoneTypes());
      json.name(Root.UPDATE_JOINED_USER_DETAILS.jsonName())
          .value(settings.updateJoinedUserDetails());
      json.name(Root.DELETION_THRESHOLD.jsonName())
          .beginObject()
          .name(Threshold.PERCENT.jsonName())
          .value(settings.deletionThreshold().percent())
          .name(Threshold.FLOOR.jsonName())
          .value(settings.deletionThreshold().floor())
          .endObject();
      json.name(Root.NEAR_EMPTY_SCHOOL_PERCENT.jsonName()).value(settings.nearEmptySchoolPercent());
      json.name(Root.CLASSROOM_NAMES.jsonName()).value(settings.classroomNames().name());
      json.name(Root.ARCHIVE_ENDED_TERMS.jsonName()).value(settings.archiveEndedTerms());
      json.name(Root.TERM_GRACE_DAYS.jsonName()).value(settings.termGraceDays());
      json.name(Root.SECTION_FILTER.jsonName()).beginObject();
      texts(json, Filter.SUBJECTS, settings.sectionFilter().subjects());
      texts(json, Filter.GRADES, settings.sectionFilter().grades());
      texts(json, Filter.SCHOOL_IDS, settings.sectionFilter().schoolIds());
      json.endObject();
      json.name(Root.REMOVE_DEPARTED_TEACHERS.jsonName()).value(settings.removeDepartedTeachers());
      json.name(Root.REMOVE_PERSON_ADDED_MEMBERS.jsonName())
          .value(settings.removePersonAddedMembers());
      json.name(Root.CARRIED_STATUSES.jsonName()).beginArray();
      for (StudentStatus status : settings.carriedStatuses()) {
        json.value(status.name());
      }
      json.endArray();
      json.name(Root.CARRY_ALL_EXTENSION_FIELDS.jsonName())
          .value(settings.carryAllExtensionFields());
      texts(json, Root.CARRIED_EXTENSION_FIELDS, settings.carriedExtensionFields());
      json.name(Root.STUDENT_ID_SOURCE.jsonName()).value(settings.studentIdSource().name());
      json.name(Root.SYNC_DISTRICT_ADMINS.jsonName()).value(settings.syncDistrictAdmins());
      json.name(Root.AUDIT_MISSING_PERCENT.jsonName()).value(settings.auditMissingPercent());
      json.endObject();
      out.write('\n');
      out.flush();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void texts(JsonWriter json, JsonField field, Collection<String> texts)
      throws IOException {
    json.name(field.jsonName()).beginArray();
    for (String text : texts) {
      json.value(text);
    }
    json.endArray();
  }

  private static void check(SyncSettings settings) {
    if (settings.termGraceDays() > SettingsReader.MAX_TERM_GRACE_DAYS) {
      throw new IllegalArgumentException(
          "termGraceDays is "
              + settings.termGraceDays()
              + "; the settings format "
              + "allows at most "
              + SettingsReader.MAX_TERM_GRACE_DAYS);
    }
    List<Map.Entry<String, Collection<String>>> texts =
        List.of(
            Map.entry("contactTypes", settings.contactTypes()),
            Map.entry("contactRelationships", settings.contactRelationships()),
            Map.entry("smsPhoneTypes", settings.smsPhoneTypes()),
            Map.entry("sectionFilter.subjects", settings.sectionFilter().subjects()),
            Map.entry("sectionFilter.grades", settings.sectionFilter().grades()),
            Map.entry("sectionFilter.schoolIds", settings.sectionFilter().schoolIds()),
            Map.entry("carriedExtensionFields", settings.carriedExtensionFields()));
    for (Map.Entry<String, Collection<String>> setting : texts) {
      if (setting.getValue().contains("")) {
        throw new IllegalArgumentException(
            setting.getKey()
                + " holds an empty string; the settings format "
                + "holds only non-empty values");
      }
    }
  }
}
