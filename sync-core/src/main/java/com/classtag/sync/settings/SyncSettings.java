package com.classtag.sync.settings;

import java.util.EnumSet;
import java.util.Set;
import org.immutables.value.Value;

/**
 * A district's sync settings. {@code SyncSettings.defaults()} is ClassTag's documented default
 * configuration; each accessor states its default. Change one setting with the builder or a {@code
 * withXxx} copy:
 *
 * <pre>{@code
 * SyncSettings settings = SyncSettings.builder()
 *     .unarchiveReappearing(true)
 *     .sectionFilter(SectionFilter.builder().addSubjects("homeroom/advisory").build())
 *     .build();
 * }</pre>
 *
 * <p>Text settings (contact types, relationships, phone types, subjects) compare without regard to
 * case.
 */
@Value.Immutable
public abstract class SyncSettings {
  /** {@return whether the sync is paused; a paused sync plans nothing} Default {@code false}. */
  @Value.Default
  public boolean paused() {
    return false;
  }

  /**
   * {@return whether an archived synced classroom whose section is (again) in the roster is
   * unarchived, whoever archived it} Default {@code false}: a person's archive sticks, and a
   * classroom the sync archived stays archived with a warning when its section comes back.
   */
  @Value.Default
  public boolean unarchiveReappearing() {
    return false;
  }

  /**
   * {@return whether the sync manages guardians: invites contacts, updates them and links them to
   * students} Default {@code true}. When off, the plan has no contact decisions at all (guardians
   * come from elsewhere).
   */
  @Value.Default
  public boolean manageGuardians() {
    return true;
  }

  /**
   * {@return contact types to sync; a link whose type is not listed is skipped} Default {@code
   * {"Parent/Guardian"}} (ClassTag's documented example). Empty means any type, including none.
   */
  @Value.Default
  public Set<String> contactTypes() {
    return Set.of("Parent/Guardian");
  }

  /**
   * {@return contact relationships to sync; a link whose relationship is not listed is skipped}
   * Default {@code {"Parent"}}. Empty means any relationship, including none.
   */
  @Value.Default
  public Set<String> contactRelationships() {
    return Set.of("Parent");
  }

  /**
   * {@return phone types that can receive SMS; such a number becomes the login and SMS phone, any
   * other number is kept as a home phone for records only} Default {@code {"Cell"}}.
   */
  @Value.Default
  public Set<String> smsPhoneTypes() {
    return Set.of("Cell");
  }

  /**
   * {@return whether the sync updates the name, email and phones of users who joined (staff and
   * contacts)} Default {@code false}. Invited users are always updated.
   */
  @Value.Default
  public boolean updateJoinedUserDetails() {
    return false;
  }

  /**
   * {@return the deletion threshold} Default 20 percent with a floor of 10, per destructive
   * decision kind.
   */
  @Value.Default
  public DeletionThreshold deletionThreshold() {
    return DeletionThreshold.defaults();
  }

  /**
   * {@return A mapped school is "near empty" when the roster has fewer sections for it than this
   * percentage of its active synced classrooms (and it has more than the threshold's floor of
   * them); every destructive decision for a near-empty school, or one with no sections at all, is
   * held} Default 10. Zero turns the near-empty check off (the empty check stays).
   */
  @Value.Default
  public int nearEmptySchoolPercent() {
    return 10;
  }

  /**
   * {@return how synced classroom names follow the roster} Default {@link
   * ClassroomNamePolicy#KEEP_EDITED}.
   */
  @Value.Default
  public ClassroomNamePolicy classroomNames() {
    return ClassroomNamePolicy.KEEP_EDITED;
  }

  /**
   * {@return whether classrooms whose term ended (plus {@link #termGraceDays()}) are archived}
   * Default {@code false}.
   */
  @Value.Default
  public boolean archiveEndedTerms() {
    return false;
  }

  /**
   * {@return days after a term's end date before its classrooms count as ended} Default 14. Dates
   * are compared in UTC; the grace absorbs time zones.
   */
  @Value.Default
  public int termGraceDays() {
    return 14;
  }

  /** {@return which sections become classrooms} Default: every section of a mapped school. */
  @Value.Default
  public SectionFilter sectionFilter() {
    return SectionFilter.none();
  }

  /**
   * {@return whether a teacher who left the roster is removed from the synced classrooms the sync
   * added them to} Default {@code true}. Teachers a person added always stay.
   */
  @Value.Default
  public boolean removeDepartedTeachers() {
    return true;
  }

  /**
   * {@return whether students a person added to a synced classroom are removed when the roster does
   * not list them there (the classroom then mirrors its sections exactly)} Default {@code false}.
   * Teachers a person added are never removed.
   */
  @Value.Default
  public boolean removePersonAddedMembers() {
    return false;
  }

  /**
   * {@return student statuses to carry into student records when shared} Default: ELL, FRL and IEP.
   */
  @Value.Default
  public Set<StudentStatus> carriedStatuses() {
    return EnumSet.allOf(StudentStatus.class);
  }

  /**
   * {@return whether every extension field the district shares is carried} Default {@code true}.
   * When false, only {@link #carriedExtensionFields()} are.
   */
  @Value.Default
  public boolean carryAllExtensionFields() {
    return true;
  }

  /**
   * {@return the extension fields to carry when {@link #carryAllExtensionFields()} is false}
   * Default empty.
   */
  public abstract Set<String> carriedExtensionFields();

  /**
   * {@return which roster id the app shows as the student's id} Default {@link
   * StudentIdSource#SIS_ID}.
   */
  @Value.Default
  public StudentIdSource studentIdSource() {
    return StudentIdSource.SIS_ID;
  }

  /**
   * {@return whether district admins get staff accounts with district access, and lose it when they
   * leave} Default {@code true}; turn off when the district stops sharing them, so their access is
   * left alone.
   */
  @Value.Default
  public boolean syncDistrictAdmins() {
    return true;
  }

  /**
   * {@return the sharing audit's threshold: a carried student status (ELL, FRL, IEP) or a named
   * extension field counts as not shared when fewer than this percentage of students have it, or
   * when none does} Default 5; zero reports only a field no student has. Used by {@code
   * com.classtag.sync.audit.SharingAudit} only, never by the planner.
   */
  @Value.Default
  public int auditMissingPercent() {
    return 5;
  }

  /**
   * Returns whether the extension field {@code name} is carried.
   *
   * @param name the field's name
   * @return true if carried
   */
  public final boolean carriesExtensionField(String name) {
    return carryAllExtensionFields() || carriedExtensionFields().contains(name);
  }

  @Value.Check
  void check() {
    if (termGraceDays() < 0) {
      throw new IllegalArgumentException("termGraceDays must be >= 0 but was " + termGraceDays());
    }
    if (nearEmptySchoolPercent() < 0 || nearEmptySchoolPercent() > 100) {
      throw new IllegalArgumentException(
          "nearEmptySchoolPercent must be 0..100 but was " + nearEmptySchoolPercent());
    }
    if (auditMissingPercent() < 0 || auditMissingPercent() > 100) {
      throw new IllegalArgumentException(
          "auditMissingPercent must be 0..100 but was " + auditMissingPercent());
    }
  }

  /** {@return ClassTag's default settings} */
  public static SyncSettings defaults() {
    return builder().build();
  }

  /** {@return a new builder; every setting starts at its default} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds {@link SyncSettings}. */
  public static final class Builder extends ImmutableSyncSettings.Builder {}
}
