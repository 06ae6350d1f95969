package com.classtag.sync.json.internal;

import java.util.List;

/**
 * The fields of every object of the app-state format ({@code docs/app-state.md}): their JSON names
 * and which are required. {@code SchemaAgreementTest} holds them in agreement with {@code
 * docs/schema/app-state.schema.json}.
 */
public final class StateFields {
  /** The fields of the top level: {@code #}. */
  public static final FieldSet<Root> ROOT = new FieldSet<>("#", Root.class);

  /** The fields of a school: {@code #/$defs/school}. */
  public static final FieldSet<School> SCHOOL = new FieldSet<>("#/$defs/school", School.class);

  /** The fields of a classroom: {@code #/$defs/classroom}. */
  public static final FieldSet<ClassroomField> CLASSROOM =
      new FieldSet<>("#/$defs/classroom", ClassroomField.class);

  /** The fields of a classroom's link to a section: {@code #/$defs/sectionLink}. */
  public static final FieldSet<SectionLink> SECTION_LINK =
      new FieldSet<>("#/$defs/sectionLink", SectionLink.class);

  /** The fields of a classroom's archive: {@code #/$defs/archive}. */
  public static final FieldSet<ArchiveField> ARCHIVE =
      new FieldSet<>("#/$defs/archive", ArchiveField.class);

  /** The fields of a teacher membership: {@code #/$defs/teacherMembership}. */
  public static final FieldSet<Teacher> TEACHER =
      new FieldSet<>("#/$defs/teacherMembership", Teacher.class);

  /** The fields of a student membership: {@code #/$defs/studentMembership}. */
  public static final FieldSet<StudentMember> STUDENT_MEMBER =
      new FieldSet<>("#/$defs/studentMembership", StudentMember.class);

  /** The fields of a student record: {@code #/$defs/student}. */
  public static final FieldSet<Student> STUDENT = new FieldSet<>("#/$defs/student", Student.class);

  /** The fields of a staff account: {@code #/$defs/staff}. */
  public static final FieldSet<Staff> STAFF = new FieldSet<>("#/$defs/staff", Staff.class);

  /** The fields of a staff account's access to a school: {@code #/$defs/schoolAccess}. */
  public static final FieldSet<Access> SCHOOL_ACCESS =
      new FieldSet<>("#/$defs/schoolAccess", Access.class);

  /** The fields of a contact account: {@code #/$defs/contact}. */
  public static final FieldSet<Contact> CONTACT = new FieldSet<>("#/$defs/contact", Contact.class);

  /** The fields of a contact's link to a student: {@code #/$defs/link}. */
  public static final FieldSet<Link> LINK = new FieldSet<>("#/$defs/link", Link.class);

  /** The fields of the baseline of the last sync: {@code #/$defs/baseline}. */
  public static final FieldSet<BaselineField> BASELINE =
      new FieldSet<>("#/$defs/baseline", BaselineField.class);

  /** Every object of the format. */
  public static final List<FieldSet<?>> ALL =
      List.of(
          ROOT,
          SCHOOL,
          CLASSROOM,
          SECTION_LINK,
          ARCHIVE,
          TEACHER,
          STUDENT_MEMBER,
          STUDENT,
          STAFF,
          SCHOOL_ACCESS,
          CONTACT,
          LINK,
          BASELINE);

  private StateFields() {}

  /** The top level: {@code #}. */
  public enum Root implements JsonField {
    SCHEMA("$schema"),
    VERSION("version", true),
    SCHOOLS("schools"),
    CLASSROOMS("classrooms"),
    STUDENTS("students"),
    STAFF("staff"),
    CONTACTS("contacts"),
    BASELINE("baseline");

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

  /** A school: {@code #/$defs/school}. */
  public enum School implements JsonField {
    ID("id", true),
    NAME("name"),
    SOURCE_SCHOOL_IDS("sourceSchoolIds");

    private final String jsonName;
    private final boolean required;

    School(String jsonName) {
      this(jsonName, false);
    }

    School(String jsonName, boolean required) {
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

  /** A classroom: {@code #/$defs/classroom}. */
  public enum ClassroomField implements JsonField {
    ID("id", true),
    SCHOOL_ID("schoolId", true),
    NAME("name", true),
    NAME_EDITED("nameEdited"),
    GRADE("grade"),
    SECTIONS("sections"),
    ARCHIVE("archive"),
    TEACHERS("teachers"),
    STUDENTS("students");

    private final String jsonName;
    private final boolean required;

    ClassroomField(String jsonName) {
      this(jsonName, false);
    }

    ClassroomField(String jsonName, boolean required) {
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

  /** A classroom's link to a section: {@code #/$defs/sectionLink}. */
  public enum SectionLink implements JsonField {
    ID("id", true),
    SIS_ID("sisId");

    private final String jsonName;
    private final boolean required;

    SectionLink(String jsonName) {
      this(jsonName, false);
    }

    SectionLink(String jsonName, boolean required) {
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

  /** A classroom's archive: {@code #/$defs/archive}. */
  public enum ArchiveField implements JsonField {
    BY("by", true),
    AT("at", true),
    REASON("reason");

    private final String jsonName;
    private final boolean required;

    ArchiveField(String jsonName) {
      this(jsonName, false);
    }

    ArchiveField(String jsonName, boolean required) {
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

  /** A teacher membership: {@code #/$defs/teacherMembership}. */
  public enum Teacher implements JsonField {
    STAFF_ID("staffId", true),
    ROLE("role", true),
    ADDED_BY("addedBy", true);

    private final String jsonName;
    private final boolean required;

    Teacher(String jsonName) {
      this(jsonName, false);
    }

    Teacher(String jsonName, boolean required) {
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

  /** A student membership: {@code #/$defs/studentMembership}. */
  public enum StudentMember implements JsonField {
    STUDENT_ID("studentId", true),
    ADDED_BY("addedBy", true);

    private final String jsonName;
    private final boolean required;

    StudentMember(String jsonName) {
      this(jsonName, false);
    }

    StudentMember(String jsonName, boolean required) {
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

  /** A student record: {@code #/$defs/student}. */
  public enum Student implements JsonField {
    ID("id", true),
    SOURCE_ID("sourceId"),
    SIS_ID("sisId"),
    STUDENT_NUMBER("studentNumber"),
    LEGACY_ID("legacyId"),
    FIRST_NAME("firstName"),
    LAST_NAME("lastName"),
    EMAIL("email"),
    GRADE("grade"),
    DISPLAY_ID("displayId"),
    ELL_STATUS("ellStatus"),
    FRL_STATUS("frlStatus"),
    IEP_STATUS("iepStatus"),
    EXTENSION_FIELDS("extensionFields");

    private final String jsonName;
    private final boolean required;

    Student(String jsonName) {
      this(jsonName, false);
    }

    Student(String jsonName, boolean required) {
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

  /** A staff account: {@code #/$defs/staff}. */
  public enum Staff implements JsonField {
    ID("id", true),
    SOURCE_ID("sourceId"),
    SIS_ID("sisId"),
    LEGACY_ID("legacyId"),
    FIRST_NAME("firstName"),
    LAST_NAME("lastName"),
    EMAIL("email"),
    SMS_PHONE("smsPhone"),
    HOME_PHONE("homePhone"),
    STATUS("status"),
    SCHOOL_ACCESS("schoolAccess"),
    DISTRICT_ACCESS("districtAccess");

    private final String jsonName;
    private final boolean required;

    Staff(String jsonName) {
      this(jsonName, false);
    }

    Staff(String jsonName, boolean required) {
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

  /** A staff account's access to a school: {@code #/$defs/schoolAccess}. */
  public enum Access implements JsonField {
    SCHOOL_ID("schoolId", true),
    ROLE("role", true),
    ADDED_BY("addedBy", true);

    private final String jsonName;
    private final boolean required;

    Access(String jsonName) {
      this(jsonName, false);
    }

    Access(String jsonName, boolean required) {
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

  /** A contact account: {@code #/$defs/contact}. */
  public enum Contact implements JsonField {
    ID("id", true),
    SOURCE_ID("sourceId"),
    SIS_ID("sisId"),
    LEGACY_ID("legacyId"),
    FIRST_NAME("firstName"),
    LAST_NAME("lastName"),
    EMAIL("email"),
    SMS_PHONE("smsPhone"),
    HOME_PHONE("homePhone"),
    STATUS("status"),
    LINKS("links");

    private final String jsonName;
    private final boolean required;

    Contact(String jsonName) {
      this(jsonName, false);
    }

    Contact(String jsonName, boolean required) {
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

  /** A contact's link to a student: {@code #/$defs/link}. */
  public enum Link implements JsonField {
    STUDENT_ID("studentId", true),
    TYPE("type"),
    RELATIONSHIP("relationship"),
    ADDED_BY("addedBy", true);

    private final String jsonName;
    private final boolean required;

    Link(String jsonName) {
      this(jsonName, false);
    }

    Link(String jsonName, boolean required) {
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

  /** The baseline of the last sync: {@code #/$defs/baseline}. */
  public enum BaselineField implements JsonField {
    SECTION_IDS("sectionIds", true);

    private final String jsonName;
    private final boolean required;

    BaselineField(String jsonName) {
      this(jsonName, false);
    }

    BaselineField(String jsonName, boolean required) {
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
