package com.classtag.sync.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.classtag.sync.settings.ClassroomNamePolicy;
import com.classtag.sync.settings.DeletionThreshold;
import com.classtag.sync.settings.SectionFilter;
import com.classtag.sync.settings.StudentIdSource;
import com.classtag.sync.settings.StudentStatus;
import com.classtag.sync.settings.SyncSettings;
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
import java.io.Reader;
import java.time.Instant;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Writing then reading gives back an equal value, for generated states and settings. Text values
 * are any Unicode, quotes, backslashes and control characters included, so the writer's escaping is
 * exercised too.
 */
class FormatRoundTripProperties {
  @Property(tries = 300)
  void aWrittenStateReadsBackEqual(@ForAll("states") AppState state) {
    String json = AppStateJson.toJson(state);

    assertThat(AppStateJson.fromJson(json)).isEqualTo(state);
  }

  @Property(tries = 100)
  void aStateReadsTheSameWhenItsReaderHandsOutAFewCharactersAtATime(
      @ForAll("states") AppState state) {
    String json = AppStateJson.toJson(state);

    assertThat(AppStateJson.read(new TrickleReader(json, 3))).isEqualTo(state);
  }

  @Property(tries = 300)
  void writtenSettingsReadBackEqual(@ForAll("settings") SyncSettings settings) {
    String json = SettingsJson.toJson(settings);

    assertThat(SettingsJson.fromJson(json)).isEqualTo(settings);
  }

  @Provide
  Arbitrary<AppState> states() {
    return Builders.withBuilder(AppState::builder)
        .use(school().list().ofMaxSize(3))
        .in(AppState.Builder::addAllSchools)
        .use(classroom().list().ofMaxSize(4))
        .in(AppState.Builder::addAllClassrooms)
        .use(student().list().ofMaxSize(4))
        .in(AppState.Builder::addAllStudents)
        .use(staff().list().ofMaxSize(3))
        .in(AppState.Builder::addAllStaff)
        .use(contact().list().ofMaxSize(3))
        .in(AppState.Builder::addAllContacts)
        .use(ids().set().ofMaxSize(4))
        .withProbability(0.7)
        .in((b, ids) -> b.baseline(SectionBaseline.of(ids)))
        .build(AppState.Builder::build);
  }

  @Provide
  Arbitrary<SyncSettings> settings() {
    return Builders.withBuilder(SyncSettings::builder)
        .use(bools())
        .withProbability(0.5)
        .in(SyncSettings.Builder::paused)
        .use(bools())
        .withProbability(0.5)
        .in(SyncSettings.Builder::unarchiveReappearing)
        .use(bools())
        .withProbability(0.5)
        .in(SyncSettings.Builder::manageGuardians)
        .use(textSet())
        .withProbability(0.5)
        .in(SyncSettings.Builder::contactTypes)
        .use(textSet())
        .withProbability(0.5)
        .in(SyncSettings.Builder::contactRelationships)
        .use(textSet())
        .withProbability(0.5)
        .in(SyncSettings.Builder::smsPhoneTypes)
        .use(bools())
        .withProbability(0.5)
        .in(SyncSettings.Builder::updateJoinedUserDetails)
        .use(
            Combinators.combine(
                    Arbitraries.integers().between(0, 100),
                    Arbitraries.integers().between(0, Integer.MAX_VALUE))
                .as(DeletionThreshold::of))
        .withProbability(0.5)
        .in(SyncSettings.Builder::deletionThreshold)
        .use(Arbitraries.integers().between(0, 100))
        .withProbability(0.5)
        .in(SyncSettings.Builder::nearEmptySchoolPercent)
        .use(Arbitraries.of(ClassroomNamePolicy.class))
        .withProbability(0.5)
        .in(SyncSettings.Builder::classroomNames)
        .use(bools())
        .withProbability(0.5)
        .in(SyncSettings.Builder::archiveEndedTerms)
        .use(Arbitraries.integers().between(0, 3650))
        .withProbability(0.5)
        .in(SyncSettings.Builder::termGraceDays)
        .use(
            Combinators.combine(textSet(), textSet(), textSet())
                .as(
                    (subjects, grades, schools) ->
                        SectionFilter.builder()
                            .subjects(subjects)
                            .grades(grades)
                            .schoolIds(schools)
                            .build()))
        .withProbability(0.5)
        .in(SyncSettings.Builder::sectionFilter)
        .use(bools())
        .withProbability(0.5)
        .in(SyncSettings.Builder::removeDepartedTeachers)
        .use(bools())
        .withProbability(0.5)
        .in(SyncSettings.Builder::removePersonAddedMembers)
        .use(Arbitraries.of(StudentStatus.class).set())
        .withProbability(0.5)
        .in(SyncSettings.Builder::carriedStatuses)
        .use(bools())
        .withProbability(0.5)
        .in(SyncSettings.Builder::carryAllExtensionFields)
        .use(textSet())
        .withProbability(0.5)
        .in(SyncSettings.Builder::carriedExtensionFields)
        .use(Arbitraries.of(StudentIdSource.class))
        .withProbability(0.5)
        .in(SyncSettings.Builder::studentIdSource)
        .use(bools())
        .withProbability(0.5)
        .in(SyncSettings.Builder::syncDistrictAdmins)
        .use(Arbitraries.integers().between(0, 100))
        .withProbability(0.5)
        .in(SyncSettings.Builder::auditMissingPercent)
        .build(SyncSettings.Builder::build);
  }

  private static Arbitrary<AppSchool> school() {
    return Builders.withBuilder(AppSchool::builder)
        .use(ids())
        .in(AppSchool.Builder::id)
        .use(texts())
        .withProbability(0.5)
        .in(AppSchool.Builder::name)
        .use(ids().list().uniqueElements().ofMaxSize(3))
        .in(AppSchool.Builder::addAllSourceSchoolIds)
        .build(AppSchool.Builder::build);
  }

  private static Arbitrary<Classroom> classroom() {
    Arbitrary<Archive> archive =
        Builders.withBuilder(Archive::builder)
            .use(Arbitraries.of(Actor.class))
            .in(Archive.Builder::by)
            .use(instants())
            .in(Archive.Builder::at)
            .use(Arbitraries.of(ArchiveReason.class))
            .withProbability(0.5)
            .in(Archive.Builder::reason)
            .build(Archive.Builder::build);
    Arbitrary<SectionRef> section =
        Builders.withBuilder(SectionRef::builder)
            .use(ids())
            .in(SectionRef.Builder::id)
            .use(texts())
            .withProbability(0.5)
            .in(SectionRef.Builder::sisId)
            .build(SectionRef.Builder::build);
    Arbitrary<TeacherMembership> teacher =
        Combinators.combine(ids(), Arbitraries.of(TeacherRole.class), Arbitraries.of(Actor.class))
            .as(
                (staffId, role, by) ->
                    TeacherMembership.builder().staffId(staffId).role(role).addedBy(by).build());
    Arbitrary<StudentMembership> member =
        Combinators.combine(ids(), Arbitraries.of(Actor.class)).as(StudentMembership::of);
    return Builders.withBuilder(Classroom::builder)
        .use(ids())
        .in(Classroom.Builder::id)
        .use(ids())
        .in(Classroom.Builder::schoolId)
        .use(ids())
        .in(Classroom.Builder::name)
        .use(bools())
        .in(Classroom.Builder::nameEdited)
        .use(texts())
        .withProbability(0.5)
        .in(Classroom.Builder::grade)
        .use(section.list().ofMaxSize(3))
        .in(Classroom.Builder::addAllSections)
        .use(archive)
        .withProbability(0.3)
        .in(Classroom.Builder::archive)
        .use(teacher.list().ofMaxSize(3))
        .in(Classroom.Builder::addAllTeachers)
        .use(member.list().ofMaxSize(4))
        .in(Classroom.Builder::addAllStudents)
        .build(Classroom.Builder::build);
  }

  private static Arbitrary<StudentRecord> student() {
    return Builders.withBuilder(StudentRecord::builder)
        .use(ids())
        .in(StudentRecord.Builder::id)
        .use(ids())
        .withProbability(0.7)
        .in(StudentRecord.Builder::sourceId)
        .use(texts())
        .withProbability(0.5)
        .in(StudentRecord.Builder::sisId)
        .use(texts())
        .withProbability(0.5)
        .in(StudentRecord.Builder::studentNumber)
        .use(texts())
        .withProbability(0.5)
        .in(StudentRecord.Builder::legacyId)
        .use(texts())
        .withProbability(0.5)
        .in(StudentRecord.Builder::firstName)
        .use(texts())
        .withProbability(0.5)
        .in(StudentRecord.Builder::lastName)
        .use(texts())
        .withProbability(0.5)
        .in(StudentRecord.Builder::email)
        .use(texts())
        .withProbability(0.5)
        .in(StudentRecord.Builder::grade)
        .use(texts())
        .withProbability(0.5)
        .in(StudentRecord.Builder::displayId)
        .use(texts())
        .withProbability(0.5)
        .in(StudentRecord.Builder::ellStatus)
        .use(texts())
        .withProbability(0.5)
        .in(StudentRecord.Builder::frlStatus)
        .use(texts())
        .withProbability(0.5)
        .in(StudentRecord.Builder::iepStatus)
        .use(Arbitraries.maps(texts(), texts()).ofMaxSize(3))
        .in(StudentRecord.Builder::putAllExtensionFields)
        .build(StudentRecord.Builder::build);
  }

  private static Arbitrary<StaffAccount> staff() {
    Arbitrary<SchoolAccess> access =
        Combinators.combine(ids(), Arbitraries.of(AccessRole.class), Arbitraries.of(Actor.class))
            .as(
                (schoolId, role, by) ->
                    SchoolAccess.builder().schoolId(schoolId).role(role).addedBy(by).build());
    return Builders.withBuilder(StaffAccount::builder)
        .use(ids())
        .in(StaffAccount.Builder::id)
        .use(ids())
        .withProbability(0.7)
        .in(StaffAccount.Builder::sourceId)
        .use(texts())
        .withProbability(0.5)
        .in(StaffAccount.Builder::sisId)
        .use(texts())
        .withProbability(0.5)
        .in(StaffAccount.Builder::legacyId)
        .use(texts())
        .withProbability(0.5)
        .in(StaffAccount.Builder::firstName)
        .use(texts())
        .withProbability(0.5)
        .in(StaffAccount.Builder::lastName)
        .use(texts())
        .withProbability(0.5)
        .in(StaffAccount.Builder::email)
        .use(texts())
        .withProbability(0.5)
        .in(StaffAccount.Builder::smsPhone)
        .use(texts())
        .withProbability(0.5)
        .in(StaffAccount.Builder::homePhone)
        .use(Arbitraries.of(UserStatus.class))
        .in(StaffAccount.Builder::status)
        .use(access.list().ofMaxSize(3))
        .in(StaffAccount.Builder::addAllSchoolAccess)
        .use(Arbitraries.of(Actor.class))
        .withProbability(0.3)
        .in(StaffAccount.Builder::districtAccess)
        .build(StaffAccount.Builder::build);
  }

  private static Arbitrary<ContactAccount> contact() {
    Arbitrary<ContactLink> link =
        Builders.withBuilder(ContactLink::builder)
            .use(ids())
            .in(ContactLink.Builder::studentId)
            .use(texts())
            .withProbability(0.5)
            .in(ContactLink.Builder::type)
            .use(texts())
            .withProbability(0.5)
            .in(ContactLink.Builder::relationship)
            .use(Arbitraries.of(Actor.class))
            .in(ContactLink.Builder::addedBy)
            .build(ContactLink.Builder::build);
    return Builders.withBuilder(ContactAccount::builder)
        .use(ids())
        .in(ContactAccount.Builder::id)
        .use(ids())
        .withProbability(0.7)
        .in(ContactAccount.Builder::sourceId)
        .use(texts())
        .withProbability(0.5)
        .in(ContactAccount.Builder::sisId)
        .use(texts())
        .withProbability(0.5)
        .in(ContactAccount.Builder::legacyId)
        .use(texts())
        .withProbability(0.5)
        .in(ContactAccount.Builder::firstName)
        .use(texts())
        .withProbability(0.5)
        .in(ContactAccount.Builder::lastName)
        .use(texts())
        .withProbability(0.5)
        .in(ContactAccount.Builder::email)
        .use(texts())
        .withProbability(0.5)
        .in(ContactAccount.Builder::smsPhone)
        .use(texts())
        .withProbability(0.5)
        .in(ContactAccount.Builder::homePhone)
        .use(Arbitraries.of(UserStatus.class))
        .in(ContactAccount.Builder::status)
        .use(link.list().ofMaxSize(3))
        .in(ContactAccount.Builder::addAllLinks)
        .build(ContactAccount.Builder::build);
  }

  /** Any text, the empty string included. */
  private static Arbitrary<String> texts() {
    return Arbitraries.strings().ofMaxLength(8);
  }

  /** Ids: the format holds non-empty ones only. */
  private static Arbitrary<String> ids() {
    return Arbitraries.strings().ofMinLength(1).ofMaxLength(8);
  }

  private static Arbitrary<Set<String>> textSet() {
    return ids().set().ofMaxSize(3);
  }

  private static Arbitrary<Boolean> bools() {
    return Arbitraries.of(true, false);
  }

  private static Arbitrary<Instant> instants() {
    return Combinators.combine(
            Arbitraries.longs().between(0, 4_102_444_800L),
            Arbitraries.integers().between(0, 999_999_999))
        .as(Instant::ofEpochSecond);
  }

  /**
   * Hands out at most {@code most} characters per read, so every value sooner or later crosses a
   * refill.
   */
  static final class TrickleReader extends Reader {
    private final String text;
    private final int most;
    private int at;

    TrickleReader(String text, int most) {
      this.text = text;
      this.most = most;
    }

    @Override
    public int read(char[] into, int offset, int length) {
      if (at == text.length()) {
        return -1;
      }
      int n = Math.min(Math.min(length, most), text.length() - at);
      text.getChars(at, at + n, into, offset);
      at += n;
      return n;
    }

    @Override
    public void close() {}
  }
}
