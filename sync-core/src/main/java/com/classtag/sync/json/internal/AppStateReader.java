package com.classtag.sync.json.internal;

import com.classtag.sync.json.JsonFormatException;
import com.classtag.sync.plan.ProvisionalIds;
import com.classtag.sync.state.AccessRole;
import com.classtag.sync.state.Actor;
import com.classtag.sync.state.AppSchool;
import com.classtag.sync.state.AppState;
import com.classtag.sync.state.Archive;
import com.classtag.sync.state.ArchiveReason;
import com.classtag.sync.state.Classroom;
import com.classtag.sync.state.ContactAccount;
import com.classtag.sync.state.ContactLink;
import com.classtag.sync.state.SchoolAccess;
import com.classtag.sync.state.SectionBaseline;
import com.classtag.sync.state.SectionRef;
import com.classtag.sync.state.StaffAccount;
import com.classtag.sync.state.StudentMembership;
import com.classtag.sync.state.StudentRecord;
import com.classtag.sync.state.TeacherMembership;
import com.classtag.sync.state.TeacherRole;
import com.classtag.sync.state.UserStatus;
import java.io.UncheckedIOException;
import java.util.HashSet;
import java.util.Set;

/** Reads the app-state format, version 1, in one pass over a {@link JsonInput}. */
public final class AppStateReader {
  /** The only version of the format. */
  public static final int VERSION = 1;

  private static final Actor[] ACTORS = Actor.values();
  private static final ArchiveReason[] ARCHIVE_REASONS = ArchiveReason.values();
  private static final TeacherRole[] TEACHER_ROLES = TeacherRole.values();
  private static final UserStatus[] USER_STATUSES = UserStatus.values();
  private static final AccessRole[] ACCESS_ROLES = AccessRole.values();

  private final JsonInput in;

  /** The extension field names of the student being read, to refuse one given twice; reused. */
  private final Set<String> extensionNames = new HashSet<>();

  private AppStateReader(JsonInput in) {
    this.in = in;
  }

  /**
   * Reads one state document.
   *
   * @param in the JSON
   * @return the state
   * @throws JsonFormatException if the document is not a valid state
   * @throws UncheckedIOException if reading fails
   */
  public static AppState read(JsonInput in) {
    return in.document(new AppStateReader(in)::state);
  }

  private AppState state() {
    AppState.Builder state = AppState.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.field(StateFields.ROOT)) {
        case SCHEMA -> in.text();
        case VERSION -> in.version(VERSION);
        case SCHOOLS -> in.each(() -> state.addSchools(school()));
        case CLASSROOMS -> in.each(() -> state.addClassrooms(classroom()));
        case STUDENTS -> in.each(() -> state.addStudents(student()));
        case STAFF -> in.each(() -> state.addStaff(staff()));
        case CONTACTS -> in.each(() -> state.addContacts(contact()));
        case BASELINE -> state.baseline(baseline());
      }
    }
    in.endObject(StateFields.ROOT);
    return state.build();
  }

  /**
   * Reads the app id of a classroom, student, staff or contact record. The state's records refuse
   * an id with the prefix of a plan's provisional ids; this says so at the id's path rather than
   * failing in the record.
   */
  private String appId() {
    String id = in.id();
    if (id.startsWith(ProvisionalIds.PREFIX)) {
      throw new JsonFormatException(
          in.previousPath(),
          "an app id; \""
              + ProvisionalIds.PREFIX
              + "\" starts the "
              + "provisional ids of a plan, which Planner.apply replaces with app ids",
          "an id with that prefix",
          null);
    }
    return id;
  }

  private AppSchool school() {
    AppSchool.Builder school = AppSchool.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.field(StateFields.SCHOOL)) {
        case ID -> school.id(in.id());
        case NAME -> school.name(in.text());
        case SOURCE_SCHOOL_IDS -> school.addAllSourceSchoolIds(in.distinctTexts(true));
      }
    }
    in.endObject(StateFields.SCHOOL);
    return school.build();
  }

  private Classroom classroom() {
    Classroom.Builder classroom = Classroom.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.field(StateFields.CLASSROOM)) {
        case ID -> classroom.id(appId());
        case SCHOOL_ID -> classroom.schoolId(in.commonId());
        case NAME -> classroom.name(in.id());
        case NAME_EDITED -> classroom.nameEdited(in.bool());
        case GRADE -> classroom.grade(in.commonText());
        case SECTIONS -> in.each(() -> classroom.addSections(section()));
        case ARCHIVE -> classroom.archive(archive());
        case TEACHERS -> in.each(() -> classroom.addTeachers(teacher()));
        case STUDENTS -> in.each(() -> classroom.addStudents(member()));
      }
    }
    in.endObject(StateFields.CLASSROOM);
    return classroom.build();
  }

  private SectionRef section() {
    SectionRef.Builder section = SectionRef.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.field(StateFields.SECTION_LINK)) {
        case ID -> section.id(in.id());
        case SIS_ID -> section.sisId(in.text());
      }
    }
    in.endObject(StateFields.SECTION_LINK);
    return section.build();
  }

  private Archive archive() {
    Archive.Builder archive = Archive.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.field(StateFields.ARCHIVE)) {
        case BY -> archive.by(in.constant(ACTORS));
        case AT -> archive.at(in.instant());
        case REASON -> archive.reason(in.constant(ARCHIVE_REASONS));
      }
    }
    in.endObject(StateFields.ARCHIVE);
    return archive.build();
  }

  private TeacherMembership teacher() {
    TeacherMembership.Builder teacher = TeacherMembership.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.field(StateFields.TEACHER)) {
        case STAFF_ID -> teacher.staffId(in.id());
        case ROLE -> teacher.role(in.constant(TEACHER_ROLES));
        case ADDED_BY -> teacher.addedBy(in.constant(ACTORS));
      }
    }
    in.endObject(StateFields.TEACHER);
    return teacher.build();
  }

  private StudentMembership member() {
    StudentMembership.Builder member = StudentMembership.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.field(StateFields.STUDENT_MEMBER)) {
        case STUDENT_ID -> member.studentId(in.id());
        case ADDED_BY -> member.addedBy(in.constant(ACTORS));
      }
    }
    in.endObject(StateFields.STUDENT_MEMBER);
    return member.build();
  }

  private StudentRecord student() {
    StudentRecord.Builder student = StudentRecord.builder();
    String sisId = null;
    String studentNumber = null;
    String displayId = null;
    in.beginObject();
    while (in.hasNext()) {
      switch (in.field(StateFields.STUDENT)) {
        case ID -> student.id(appId());
        case SOURCE_ID -> student.sourceId(in.id());
        case SIS_ID -> sisId = in.text();
        case STUDENT_NUMBER -> studentNumber = in.text();
        case LEGACY_ID -> student.legacyId(in.text());
        case FIRST_NAME -> student.firstName(in.text());
        case LAST_NAME -> student.lastName(in.text());
        case EMAIL -> student.email(in.text());
        case GRADE -> student.grade(in.commonText());
        case DISPLAY_ID -> displayId = in.text();
        case ELL_STATUS -> student.ellStatus(in.commonText());
        case FRL_STATUS -> student.frlStatus(in.commonText());
        case IEP_STATUS -> student.iepStatus(in.commonText());
        case EXTENSION_FIELDS -> extensionFields(student);
      }
    }
    in.endObject(StateFields.STUDENT);
    // The display id is the SIS id or the student number (per the settings), often both are one
    // value: one string, not three, for each of a million students.
    if (studentNumber != null && studentNumber.equals(sisId)) {
      studentNumber = sisId;
    }
    if (displayId != null && displayId.equals(sisId)) {
      displayId = sisId;
    } else if (displayId != null && displayId.equals(studentNumber)) {
      displayId = studentNumber;
    }
    return student.sisId(sisId).studentNumber(studentNumber).displayId(displayId).build();
  }

  private void extensionFields(StudentRecord.Builder student) {
    extensionNames.clear();
    in.beginMap();
    while (in.hasNext()) {
      String name = in.name();
      if (!extensionNames.add(name)) {
        throw in.error("each extension field once", "this field a second time");
      }
      student.putExtensionFields(name, in.commonText());
    }
    in.endMap();
  }

  private StaffAccount staff() {
    StaffAccount.Builder staff = StaffAccount.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.field(StateFields.STAFF)) {
        case ID -> staff.id(appId());
        case SOURCE_ID -> staff.sourceId(in.id());
        case SIS_ID -> staff.sisId(in.text());
        case LEGACY_ID -> staff.legacyId(in.text());
        case FIRST_NAME -> staff.firstName(in.text());
        case LAST_NAME -> staff.lastName(in.text());
        case EMAIL -> staff.email(in.text());
        case SMS_PHONE -> staff.smsPhone(in.text());
        case HOME_PHONE -> staff.homePhone(in.text());
        case STATUS -> staff.status(in.constant(USER_STATUSES));
        case SCHOOL_ACCESS -> in.each(() -> staff.addSchoolAccess(access()));
        case DISTRICT_ACCESS -> staff.districtAccess(in.constant(ACTORS));
      }
    }
    in.endObject(StateFields.STAFF);
    return staff.build();
  }

  private SchoolAccess access() {
    SchoolAccess.Builder access = SchoolAccess.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.field(StateFields.SCHOOL_ACCESS)) {
        case SCHOOL_ID -> access.schoolId(in.commonId());
        case ROLE -> access.role(in.constant(ACCESS_ROLES));
        case ADDED_BY -> access.addedBy(in.constant(ACTORS));
      }
    }
    in.endObject(StateFields.SCHOOL_ACCESS);
    return access.build();
  }

  private ContactAccount contact() {
    ContactAccount.Builder contact = ContactAccount.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.field(StateFields.CONTACT)) {
        case ID -> contact.id(appId());
        case SOURCE_ID -> contact.sourceId(in.id());
        case SIS_ID -> contact.sisId(in.text());
        case LEGACY_ID -> contact.legacyId(in.text());
        case FIRST_NAME -> contact.firstName(in.text());
        case LAST_NAME -> contact.lastName(in.text());
        case EMAIL -> contact.email(in.text());
        case SMS_PHONE -> contact.smsPhone(in.text());
        case HOME_PHONE -> contact.homePhone(in.text());
        case STATUS -> contact.status(in.constant(USER_STATUSES));
        case LINKS -> in.each(() -> contact.addLinks(link()));
      }
    }
    in.endObject(StateFields.CONTACT);
    return contact.build();
  }

  private ContactLink link() {
    ContactLink.Builder link = ContactLink.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.field(StateFields.LINK)) {
        case STUDENT_ID -> link.studentId(in.id());
        case TYPE -> link.type(in.commonText());
        case RELATIONSHIP -> link.relationship(in.commonText());
        case ADDED_BY -> link.addedBy(in.constant(ACTORS));
      }
    }
    in.endObject(StateFields.LINK);
    return link.build();
  }

  private SectionBaseline baseline() {
    SectionBaseline.Builder baseline = SectionBaseline.builder();
    in.beginObject();
    while (in.hasNext()) {
      switch (in.field(StateFields.BASELINE)) {
        case SECTION_IDS -> baseline.addAllSectionIds(in.distinctTexts(true));
      }
    }
    in.endObject(StateFields.BASELINE);
    return baseline.build();
  }
}
