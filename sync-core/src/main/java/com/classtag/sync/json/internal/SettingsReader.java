package com.classtag.sync.json.internal;

import com.classtag.sync.json.JsonFormatException;
import com.classtag.sync.settings.ClassroomNamePolicy;
import com.classtag.sync.settings.DeletionThreshold;
import com.classtag.sync.settings.SectionFilter;
import com.classtag.sync.settings.StudentIdSource;
import com.classtag.sync.settings.StudentStatus;
import com.classtag.sync.settings.SyncSettings;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.Set;

/** Reads the settings format, version 1; an absent field keeps ClassTag's default. */
public final class SettingsReader {
  /** The only version of the format. */
  public static final int VERSION = 1;

  /** The most days of grace the format allows after a term's end: ten years. */
  public static final int MAX_TERM_GRACE_DAYS = 3650;

  private final JsonInput in;

  private SettingsReader(JsonInput in) {
    this.in = in;
  }

  /**
   * Reads one settings document.
   *
   * @param in the JSON
   * @return the settings
   * @throws JsonFormatException if the document is not valid settings
   * @throws UncheckedIOException if reading fails
   */
  public static SyncSettings read(JsonInput in) {
    return in.document(new SettingsReader(in)::settings);
  }

  private SyncSettings settings() {
    SyncSettings.Builder settings = SyncSettings.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.field(SettingsFields.ROOT)) {
        case SCHEMA -> in.text();
        case VERSION -> in.version(VERSION);
        case PAUSED -> settings.paused(in.bool());
        case UNARCHIVE_REAPPEARING -> settings.unarchiveReappearing(in.bool());
        case MANAGE_GUARDIANS -> settings.manageGuardians(in.bool());
        case CONTACT_TYPES -> settings.contactTypes(in.distinctTexts(true));
        case CONTACT_RELATIONSHIPS -> settings.contactRelationships(in.distinctTexts(true));
        case SMS_PHONE_TYPES -> settings.smsPhoneTypes(in.distinctTexts(true));
        case UPDATE_JOINED_USER_DETAILS -> settings.updateJoinedUserDetails(in.bool());
        case DELETION_THRESHOLD -> settings.deletionThreshold(threshold());
        case NEAR_EMPTY_SCHOOL_PERCENT -> settings.nearEmptySchoolPercent(in.integer(0, 100));
        case CLASSROOM_NAMES -> settings.classroomNames(in.constant(ClassroomNamePolicy.values()));
        case ARCHIVE_ENDED_TERMS -> settings.archiveEndedTerms(in.bool());
        case TERM_GRACE_DAYS -> settings.termGraceDays(in.integer(0, MAX_TERM_GRACE_DAYS));
        case SECTION_FILTER -> settings.sectionFilter(filter());
        case REMOVE_DEPARTED_TEACHERS -> settings.removeDepartedTeachers(in.bool());
        case REMOVE_PERSON_ADDED_MEMBERS -> settings.removePersonAddedMembers(in.bool());
        case CARRIED_STATUSES -> settings.carriedStatuses(statuses());
        case CARRY_ALL_EXTENSION_FIELDS -> settings.carryAllExtensionFields(in.bool());
        case CARRIED_EXTENSION_FIELDS -> settings.carriedExtensionFields(in.distinctTexts(true));
        case STUDENT_ID_SOURCE -> settings.studentIdSource(in.constant(StudentIdSource.values()));
        case SYNC_DISTRICT_ADMINS -> settings.syncDistrictAdmins(in.bool());
        case AUDIT_MISSING_PERCENT -> settings.auditMissingPercent(in.integer(0, 100));
      }
    }
    in.endObject(SettingsFields.ROOT);
    return settings.build();
  }

  private DeletionThreshold threshold() {
    DeletionThreshold.Builder threshold = DeletionThreshold.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.field(SettingsFields.THRESHOLD)) {
        case PERCENT -> threshold.percent(in.integer(0, 100));
        case FLOOR -> threshold.floor(in.integer(0, Integer.MAX_VALUE));
      }
    }
    in.endObject(SettingsFields.THRESHOLD);
    return threshold.build();
  }

  private SectionFilter filter() {
    SectionFilter.Builder filter = SectionFilter.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.field(SettingsFields.FILTER)) {
        case SUBJECTS -> filter.addAllSubjects(in.distinctTexts(true));
        case GRADES -> filter.addAllGrades(in.distinctTexts(true));
        case SCHOOL_IDS -> filter.addAllSchoolIds(in.distinctTexts(true));
      }
    }
    in.endObject(SettingsFields.FILTER);
    return filter.build();
  }

  private Set<StudentStatus> statuses() {
    Set<StudentStatus> statuses = EnumSet.noneOf(StudentStatus.class);
    in.each(
        () -> {
          if (!statuses.add(in.constant(StudentStatus.values()))) {
            throw new JsonFormatException(
                in.previousPath(), "each item once", "a repeat of an earlier item", null);
          }
        });
    return statuses;
  }
}
