package com.classtag.sync.json.internal;

import java.util.List;

/**
 * The fields of every object of the settings format ({@code docs/settings.md}): their JSON names
 * and which are required. {@code SchemaAgreementTest} holds them in agreement with {@code
 * docs/schema/settings.schema.json}.
 */
public final class SettingsFields {
  /** The fields of the top level: {@code #}. */
  public static final FieldSet<Root> ROOT = new FieldSet<>("#", Root.class);

  /** The fields of the deletion threshold: {@code #/properties/deletionThreshold}. */
  public static final FieldSet<Threshold> THRESHOLD =
      new FieldSet<>("#/properties/deletionThreshold", Threshold.class);

  /** The fields of the section filter: {@code #/properties/sectionFilter}. */
  public static final FieldSet<Filter> FILTER =
      new FieldSet<>("#/properties/sectionFilter", Filter.class);

  /** Every object of the format. */
  public static final List<FieldSet<?>> ALL = List.of(ROOT, THRESHOLD, FILTER);

  private SettingsFields() {}

  /** The top level: {@code #}. */
  public enum Root implements JsonField {
    SCHEMA("$schema"),
    VERSION("version", true),
    PAUSED("paused"),
    UNARCHIVE_REAPPEARING("unarchiveReappearing"),
    MANAGE_GUARDIANS("manageGuardians"),
    CONTACT_TYPES("contactTypes"),
    CONTACT_RELATIONSHIPS("contactRelationships"),
    SMS_PHONE_TYPES("smsPhoneTypes"),
    UPDATE_JOINED_USER_DETAILS("updateJoinedUserDetails"),
    DELETION_THRESHOLD("deletionThreshold"),
    NEAR_EMPTY_SCHOOL_PERCENT("nearEmptySchoolPercent"),
    CLASSROOM_NAMES("classroomNames"),
    ARCHIVE_ENDED_TERMS("archiveEndedTerms"),
    TERM_GRACE_DAYS("termGraceDays"),
    SECTION_FILTER("sectionFilter"),
    REMOVE_DEPARTED_TEACHERS("removeDepartedTeachers"),
    REMOVE_PERSON_ADDED_MEMBERS("removePersonAddedMembers"),
    CARRIED_STATUSES("carriedStatuses"),
    CARRY_ALL_EXTENSION_FIELDS("carryAllExtensionFields"),
    CARRIED_EXTENSION_FIELDS("carriedExtensionFields"),
    STUDENT_ID_SOURCE("studentIdSource"),
    SYNC_DISTRICT_ADMINS("syncDistrictAdmins"),
    AUDIT_MISSING_PERCENT("auditMissingPercent");

    private final String jsonName;
    private final boolean required;

    Root(String jsonName) {
      this(jsonName, false);
    }

    Root(String jsonName, boolean required) {
      this.jsonName = jsonName;
      this.required = required;
    }

    @Override
    public String jsonName() {
      return jsonName;
    }

    @Override
    public boolean required() {
      return required;
    }
  }

  /** The deletion threshold: {@code #/properties/deletionThreshold}. */
  public enum Threshold implements JsonField {
    PERCENT("percent"),
    FLOOR("floor");

    private final String jsonName;
    private final boolean required;

    Threshold(String jsonName) {
      this(jsonName, false);
    }

    Threshold(String jsonName, boolean required) {
      this.jsonName = jsonName;
      this.required = required;
    }

    @Override
    public String jsonName() {
      return jsonName;
    }

    @Override
    public boolean required() {
      return required;
    }
  }

  /** The section filter: {@code #/properties/sectionFilter}. */
  public enum Filter implements JsonField {
    SUBJECTS("subjects"),
    GRADES("grades"),
    SCHOOL_IDS("schoolIds");

    private final String jsonName;
    private final boolean required;

    Filter(String jsonName) {
      this(jsonName, false);
    }

    Filter(String jsonName, boolean required) {
      this.jsonName = jsonName;
      this.required = required;
    }

    @Override
    public String jsonName() {
      return jsonName;
    }

    @Override
    public boolean required() {
      return required;
    }
  }
}
