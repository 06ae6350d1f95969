package com.classtag.sync.internal;

import com.classtag.sync.source.GuardianLink;
import com.classtag.sync.source.Phone;
import com.classtag.sync.source.SourcePerson;
import com.classtag.sync.state.ContactAccount;
import com.classtag.sync.state.ContactLink;
import com.classtag.sync.state.StaffAccount;
import com.classtag.sync.state.StudentRecord;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;

/**
 * The optional text values the passes read for every person and link, as nullable strings, read without
 * allocating.
 *
 * <p>Why: the models' accessors return {@code Optional.ofNullable(field)}, and Java 17's C2 compiler cannot
 * scalar-replace an object that merges with {@code Optional.EMPTY}, so each {@code x().orElse(null)} on a
 * present value allocates an {@code Optional}. A nightly plan of a million students makes tens of millions
 * of such reads, and they were the largest allocation in its profile (BENCHMARKS.md, section 3, has the
 * figures and commands). Here each value is read from the
 * generated implementation's field through a {@link VarHandle}, which the compiler turns into a plain field
 * load. A record of any other class (a subclass of the abstract model type written by hand), or a build
 * where the generated class or field cannot be found, is read through its accessor: slower, never wrong.
 * {@code NullablesTest} checks that every handle resolved.
 */
final class Nullables {
  /** How many handles were not found; declared first, as the handles' initialisers count into it. */
  private static int unresolved;
  private static final Class<?> SOURCE_PERSON = implementation("com.classtag.sync.source.ImmutableSourcePerson");
  private static final VarHandle SOURCE_PERSON_FIRST_NAME = field(SOURCE_PERSON, "firstName");
  private static final VarHandle SOURCE_PERSON_LAST_NAME = field(SOURCE_PERSON, "lastName");
  private static final VarHandle SOURCE_PERSON_EMAIL = field(SOURCE_PERSON, "email");
  private static final VarHandle SOURCE_PERSON_SIS_ID = field(SOURCE_PERSON, "sisId");
  private static final VarHandle SOURCE_PERSON_STUDENT_NUMBER = field(SOURCE_PERSON, "studentNumber");
  private static final VarHandle SOURCE_PERSON_LEGACY_ID = field(SOURCE_PERSON, "legacyId");
  private static final VarHandle SOURCE_PERSON_GRADE = field(SOURCE_PERSON, "grade");
  private static final VarHandle SOURCE_PERSON_ELL_STATUS = field(SOURCE_PERSON, "ellStatus");
  private static final VarHandle SOURCE_PERSON_FRL_STATUS = field(SOURCE_PERSON, "frlStatus");
  private static final VarHandle SOURCE_PERSON_IEP_STATUS = field(SOURCE_PERSON, "iepStatus");
  private static final Class<?> STUDENT_RECORD = implementation("com.classtag.sync.state.ImmutableStudentRecord");
  private static final VarHandle STUDENT_RECORD_SOURCE_ID = field(STUDENT_RECORD, "sourceId");
  private static final VarHandle STUDENT_RECORD_SIS_ID = field(STUDENT_RECORD, "sisId");
  private static final VarHandle STUDENT_RECORD_STUDENT_NUMBER = field(STUDENT_RECORD, "studentNumber");
  private static final VarHandle STUDENT_RECORD_LEGACY_ID = field(STUDENT_RECORD, "legacyId");
  private static final VarHandle STUDENT_RECORD_FIRST_NAME = field(STUDENT_RECORD, "firstName");
  private static final VarHandle STUDENT_RECORD_LAST_NAME = field(STUDENT_RECORD, "lastName");
  private static final VarHandle STUDENT_RECORD_EMAIL = field(STUDENT_RECORD, "email");
  private static final VarHandle STUDENT_RECORD_GRADE = field(STUDENT_RECORD, "grade");
  private static final VarHandle STUDENT_RECORD_DISPLAY_ID = field(STUDENT_RECORD, "displayId");
  private static final VarHandle STUDENT_RECORD_ELL_STATUS = field(STUDENT_RECORD, "ellStatus");
  private static final VarHandle STUDENT_RECORD_FRL_STATUS = field(STUDENT_RECORD, "frlStatus");
  private static final VarHandle STUDENT_RECORD_IEP_STATUS = field(STUDENT_RECORD, "iepStatus");
  private static final Class<?> STAFF_ACCOUNT = implementation("com.classtag.sync.state.ImmutableStaffAccount");
  private static final VarHandle STAFF_ACCOUNT_SOURCE_ID = field(STAFF_ACCOUNT, "sourceId");
  private static final VarHandle STAFF_ACCOUNT_SIS_ID = field(STAFF_ACCOUNT, "sisId");
  private static final VarHandle STAFF_ACCOUNT_LEGACY_ID = field(STAFF_ACCOUNT, "legacyId");
  private static final VarHandle STAFF_ACCOUNT_FIRST_NAME = field(STAFF_ACCOUNT, "firstName");
  private static final VarHandle STAFF_ACCOUNT_LAST_NAME = field(STAFF_ACCOUNT, "lastName");
  private static final VarHandle STAFF_ACCOUNT_EMAIL = field(STAFF_ACCOUNT, "email");
  private static final VarHandle STAFF_ACCOUNT_SMS_PHONE = field(STAFF_ACCOUNT, "smsPhone");
  private static final VarHandle STAFF_ACCOUNT_HOME_PHONE = field(STAFF_ACCOUNT, "homePhone");
  private static final Class<?> CONTACT_ACCOUNT = implementation("com.classtag.sync.state.ImmutableContactAccount");
  private static final VarHandle CONTACT_ACCOUNT_SOURCE_ID = field(CONTACT_ACCOUNT, "sourceId");
  private static final VarHandle CONTACT_ACCOUNT_SIS_ID = field(CONTACT_ACCOUNT, "sisId");
  private static final VarHandle CONTACT_ACCOUNT_LEGACY_ID = field(CONTACT_ACCOUNT, "legacyId");
  private static final VarHandle CONTACT_ACCOUNT_FIRST_NAME = field(CONTACT_ACCOUNT, "firstName");
  private static final VarHandle CONTACT_ACCOUNT_LAST_NAME = field(CONTACT_ACCOUNT, "lastName");
  private static final VarHandle CONTACT_ACCOUNT_EMAIL = field(CONTACT_ACCOUNT, "email");
  private static final VarHandle CONTACT_ACCOUNT_SMS_PHONE = field(CONTACT_ACCOUNT, "smsPhone");
  private static final VarHandle CONTACT_ACCOUNT_HOME_PHONE = field(CONTACT_ACCOUNT, "homePhone");
  private static final Class<?> GUARDIAN_LINK = implementation("com.classtag.sync.source.ImmutableGuardianLink");
  private static final VarHandle GUARDIAN_LINK_TYPE = field(GUARDIAN_LINK, "type");
  private static final VarHandle GUARDIAN_LINK_RELATIONSHIP = field(GUARDIAN_LINK, "relationship");
  private static final Class<?> CONTACT_LINK = implementation("com.classtag.sync.state.ImmutableContactLink");
  private static final VarHandle CONTACT_LINK_TYPE = field(CONTACT_LINK, "type");
  private static final VarHandle CONTACT_LINK_RELATIONSHIP = field(CONTACT_LINK, "relationship");
  private static final Class<?> PHONE = implementation("com.classtag.sync.source.ImmutablePhone");
  private static final VarHandle PHONE_TYPE = field(PHONE, "type");

  private Nullables() {}

  static String firstName(SourcePerson p) {
    return SOURCE_PERSON_FIRST_NAME != null && p.getClass() == SOURCE_PERSON
        ? (String) SOURCE_PERSON_FIRST_NAME.get(p) : p.firstName().orElse(null);
  }

  static String lastName(SourcePerson p) {
    return SOURCE_PERSON_LAST_NAME != null && p.getClass() == SOURCE_PERSON
        ? (String) SOURCE_PERSON_LAST_NAME.get(p) : p.lastName().orElse(null);
  }

  static String email(SourcePerson p) {
    return SOURCE_PERSON_EMAIL != null && p.getClass() == SOURCE_PERSON
        ? (String) SOURCE_PERSON_EMAIL.get(p) : p.email().orElse(null);
  }

  static String sisId(SourcePerson p) {
    return SOURCE_PERSON_SIS_ID != null && p.getClass() == SOURCE_PERSON
        ? (String) SOURCE_PERSON_SIS_ID.get(p) : p.sisId().orElse(null);
  }

  static String studentNumber(SourcePerson p) {
    return SOURCE_PERSON_STUDENT_NUMBER != null && p.getClass() == SOURCE_PERSON
        ? (String) SOURCE_PERSON_STUDENT_NUMBER.get(p) : p.studentNumber().orElse(null);
  }

  static String legacyId(SourcePerson p) {
    return SOURCE_PERSON_LEGACY_ID != null && p.getClass() == SOURCE_PERSON
        ? (String) SOURCE_PERSON_LEGACY_ID.get(p) : p.legacyId().orElse(null);
  }

  static String grade(SourcePerson p) {
    return SOURCE_PERSON_GRADE != null && p.getClass() == SOURCE_PERSON
        ? (String) SOURCE_PERSON_GRADE.get(p) : p.grade().orElse(null);
  }

  static String ellStatus(SourcePerson p) {
    return SOURCE_PERSON_ELL_STATUS != null && p.getClass() == SOURCE_PERSON
        ? (String) SOURCE_PERSON_ELL_STATUS.get(p) : p.ellStatus().orElse(null);
  }

  static String frlStatus(SourcePerson p) {
    return SOURCE_PERSON_FRL_STATUS != null && p.getClass() == SOURCE_PERSON
        ? (String) SOURCE_PERSON_FRL_STATUS.get(p) : p.frlStatus().orElse(null);
  }

  static String iepStatus(SourcePerson p) {
    return SOURCE_PERSON_IEP_STATUS != null && p.getClass() == SOURCE_PERSON
        ? (String) SOURCE_PERSON_IEP_STATUS.get(p) : p.iepStatus().orElse(null);
  }

  static String sourceId(StudentRecord r) {
    return STUDENT_RECORD_SOURCE_ID != null && r.getClass() == STUDENT_RECORD
        ? (String) STUDENT_RECORD_SOURCE_ID.get(r) : r.sourceId().orElse(null);
  }

  static String sisId(StudentRecord r) {
    return STUDENT_RECORD_SIS_ID != null && r.getClass() == STUDENT_RECORD
        ? (String) STUDENT_RECORD_SIS_ID.get(r) : r.sisId().orElse(null);
  }

  static String studentNumber(StudentRecord r) {
    return STUDENT_RECORD_STUDENT_NUMBER != null && r.getClass() == STUDENT_RECORD
        ? (String) STUDENT_RECORD_STUDENT_NUMBER.get(r) : r.studentNumber().orElse(null);
  }

  static String legacyId(StudentRecord r) {
    return STUDENT_RECORD_LEGACY_ID != null && r.getClass() == STUDENT_RECORD
        ? (String) STUDENT_RECORD_LEGACY_ID.get(r) : r.legacyId().orElse(null);
  }

  static String firstName(StudentRecord r) {
    return STUDENT_RECORD_FIRST_NAME != null && r.getClass() == STUDENT_RECORD
        ? (String) STUDENT_RECORD_FIRST_NAME.get(r) : r.firstName().orElse(null);
  }

  static String lastName(StudentRecord r) {
    return STUDENT_RECORD_LAST_NAME != null && r.getClass() == STUDENT_RECORD
        ? (String) STUDENT_RECORD_LAST_NAME.get(r) : r.lastName().orElse(null);
  }

  static String email(StudentRecord r) {
    return STUDENT_RECORD_EMAIL != null && r.getClass() == STUDENT_RECORD
        ? (String) STUDENT_RECORD_EMAIL.get(r) : r.email().orElse(null);
  }

  static String grade(StudentRecord r) {
    return STUDENT_RECORD_GRADE != null && r.getClass() == STUDENT_RECORD
        ? (String) STUDENT_RECORD_GRADE.get(r) : r.grade().orElse(null);
  }

  static String displayId(StudentRecord r) {
    return STUDENT_RECORD_DISPLAY_ID != null && r.getClass() == STUDENT_RECORD
        ? (String) STUDENT_RECORD_DISPLAY_ID.get(r) : r.displayId().orElse(null);
  }

  static String ellStatus(StudentRecord r) {
    return STUDENT_RECORD_ELL_STATUS != null && r.getClass() == STUDENT_RECORD
        ? (String) STUDENT_RECORD_ELL_STATUS.get(r) : r.ellStatus().orElse(null);
  }

  static String frlStatus(StudentRecord r) {
    return STUDENT_RECORD_FRL_STATUS != null && r.getClass() == STUDENT_RECORD
        ? (String) STUDENT_RECORD_FRL_STATUS.get(r) : r.frlStatus().orElse(null);
  }

  static String iepStatus(StudentRecord r) {
    return STUDENT_RECORD_IEP_STATUS != null && r.getClass() == STUDENT_RECORD
        ? (String) STUDENT_RECORD_IEP_STATUS.get(r) : r.iepStatus().orElse(null);
  }

  static String sourceId(StaffAccount a) {
    return STAFF_ACCOUNT_SOURCE_ID != null && a.getClass() == STAFF_ACCOUNT
        ? (String) STAFF_ACCOUNT_SOURCE_ID.get(a) : a.sourceId().orElse(null);
  }

  static String sisId(StaffAccount a) {
    return STAFF_ACCOUNT_SIS_ID != null && a.getClass() == STAFF_ACCOUNT
        ? (String) STAFF_ACCOUNT_SIS_ID.get(a) : a.sisId().orElse(null);
  }

  static String legacyId(StaffAccount a) {
    return STAFF_ACCOUNT_LEGACY_ID != null && a.getClass() == STAFF_ACCOUNT
        ? (String) STAFF_ACCOUNT_LEGACY_ID.get(a) : a.legacyId().orElse(null);
  }

  static String firstName(StaffAccount a) {
    return STAFF_ACCOUNT_FIRST_NAME != null && a.getClass() == STAFF_ACCOUNT
        ? (String) STAFF_ACCOUNT_FIRST_NAME.get(a) : a.firstName().orElse(null);
  }

  static String lastName(StaffAccount a) {
    return STAFF_ACCOUNT_LAST_NAME != null && a.getClass() == STAFF_ACCOUNT
        ? (String) STAFF_ACCOUNT_LAST_NAME.get(a) : a.lastName().orElse(null);
  }

  static String email(StaffAccount a) {
    return STAFF_ACCOUNT_EMAIL != null && a.getClass() == STAFF_ACCOUNT
        ? (String) STAFF_ACCOUNT_EMAIL.get(a) : a.email().orElse(null);
  }

  static String smsPhone(StaffAccount a) {
    return STAFF_ACCOUNT_SMS_PHONE != null && a.getClass() == STAFF_ACCOUNT
        ? (String) STAFF_ACCOUNT_SMS_PHONE.get(a) : a.smsPhone().orElse(null);
  }

  static String homePhone(StaffAccount a) {
    return STAFF_ACCOUNT_HOME_PHONE != null && a.getClass() == STAFF_ACCOUNT
        ? (String) STAFF_ACCOUNT_HOME_PHONE.get(a) : a.homePhone().orElse(null);
  }

  static String sourceId(ContactAccount a) {
    return CONTACT_ACCOUNT_SOURCE_ID != null && a.getClass() == CONTACT_ACCOUNT
        ? (String) CONTACT_ACCOUNT_SOURCE_ID.get(a) : a.sourceId().orElse(null);
  }

  static String sisId(ContactAccount a) {
    return CONTACT_ACCOUNT_SIS_ID != null && a.getClass() == CONTACT_ACCOUNT
        ? (String) CONTACT_ACCOUNT_SIS_ID.get(a) : a.sisId().orElse(null);
  }

  static String legacyId(ContactAccount a) {
    return CONTACT_ACCOUNT_LEGACY_ID != null && a.getClass() == CONTACT_ACCOUNT
        ? (String) CONTACT_ACCOUNT_LEGACY_ID.get(a) : a.legacyId().orElse(null);
  }

  static String firstName(ContactAccount a) {
    return CONTACT_ACCOUNT_FIRST_NAME != null && a.getClass() == CONTACT_ACCOUNT
        ? (String) CONTACT_ACCOUNT_FIRST_NAME.get(a) : a.firstName().orElse(null);
  }

  static String lastName(ContactAccount a) {
    return CONTACT_ACCOUNT_LAST_NAME != null && a.getClass() == CONTACT_ACCOUNT
        ? (String) CONTACT_ACCOUNT_LAST_NAME.get(a) : a.lastName().orElse(null);
  }

  static String email(ContactAccount a) {
    return CONTACT_ACCOUNT_EMAIL != null && a.getClass() == CONTACT_ACCOUNT
        ? (String) CONTACT_ACCOUNT_EMAIL.get(a) : a.email().orElse(null);
  }

  static String smsPhone(ContactAccount a) {
    return CONTACT_ACCOUNT_SMS_PHONE != null && a.getClass() == CONTACT_ACCOUNT
        ? (String) CONTACT_ACCOUNT_SMS_PHONE.get(a) : a.smsPhone().orElse(null);
  }

  static String homePhone(ContactAccount a) {
    return CONTACT_ACCOUNT_HOME_PHONE != null && a.getClass() == CONTACT_ACCOUNT
        ? (String) CONTACT_ACCOUNT_HOME_PHONE.get(a) : a.homePhone().orElse(null);
  }

  static String type(GuardianLink l) {
    return GUARDIAN_LINK_TYPE != null && l.getClass() == GUARDIAN_LINK
        ? (String) GUARDIAN_LINK_TYPE.get(l) : l.type().orElse(null);
  }

  static String relationship(GuardianLink l) {
    return GUARDIAN_LINK_RELATIONSHIP != null && l.getClass() == GUARDIAN_LINK
        ? (String) GUARDIAN_LINK_RELATIONSHIP.get(l) : l.relationship().orElse(null);
  }

  static String type(ContactLink l) {
    return CONTACT_LINK_TYPE != null && l.getClass() == CONTACT_LINK
        ? (String) CONTACT_LINK_TYPE.get(l) : l.type().orElse(null);
  }

  static String relationship(ContactLink l) {
    return CONTACT_LINK_RELATIONSHIP != null && l.getClass() == CONTACT_LINK
        ? (String) CONTACT_LINK_RELATIONSHIP.get(l) : l.relationship().orElse(null);
  }

  static String type(Phone ph) {
    return PHONE_TYPE != null && ph.getClass() == PHONE
        ? (String) PHONE_TYPE.get(ph) : ph.type().orElse(null);
  }

  /** Returns whether every generated class and field was found, so that no read takes the slow path. */
  static boolean direct() {
    return unresolved == 0;
  }

  private static Class<?> implementation(String name) {
    try {
      return Class.forName(name, false, Nullables.class.getClassLoader());
    } catch (ClassNotFoundException | LinkageError e) {
      return null;
    }
  }

  private static VarHandle field(Class<?> type, String name) {
    try {
      if (type != null) {
        return MethodHandles.privateLookupIn(type, MethodHandles.lookup()).findVarHandle(type, name, String.class);
      }
    } catch (ReflectiveOperationException | RuntimeException e) {
      // Not found, or not accessible (a named module that does not open the package): accessors are used.
    }
    unresolved++;
    return null;
  }
}
