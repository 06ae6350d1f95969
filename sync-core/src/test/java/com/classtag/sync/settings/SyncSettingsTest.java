package com.classtag.sync.settings;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class SyncSettingsTest {
  @Test
  void theDefaultsAreClassTagsDocumentedDefaults() {
    SyncSettings s = SyncSettings.defaults();

    assertThat(s.paused()).isFalse();
    assertThat(s.unarchiveReappearing()).isFalse();
    assertThat(s.manageGuardians()).isTrue();
    assertThat(s.contactTypes()).containsExactly("Parent/Guardian");
    assertThat(s.contactRelationships()).containsExactly("Parent");
    assertThat(s.smsPhoneTypes()).containsExactly("Cell");
    assertThat(s.updateJoinedUserDetails()).isFalse();
    assertThat(s.deletionThreshold().percent()).isEqualTo(20);
    assertThat(s.deletionThreshold().floor()).isEqualTo(10);
    assertThat(s.nearEmptySchoolPercent()).isEqualTo(10);
    assertThat(s.classroomNames()).isEqualTo(ClassroomNamePolicy.KEEP_EDITED);
    assertThat(s.archiveEndedTerms()).isFalse();
    assertThat(s.termGraceDays()).isEqualTo(14);
    assertThat(s.sectionFilter().isEmpty()).isTrue();
    assertThat(s.removeDepartedTeachers()).isTrue();
    assertThat(s.removePersonAddedMembers()).isFalse();
    assertThat(s.carriedStatuses()).containsExactlyInAnyOrder(StudentStatus.values());
    assertThat(s.carryAllExtensionFields()).isTrue();
    assertThat(s.studentIdSource()).isEqualTo(StudentIdSource.SIS_ID);
    assertThat(s.syncDistrictAdmins()).isTrue();
  }

  @Test
  void outOfRangeNumbersAreRejectedNamingTheSetting() {
    assertThatThrownBy(() -> DeletionThreshold.of(101, 10))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("deletionThreshold.percent");
    assertThatThrownBy(() -> DeletionThreshold.of(20, -1))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("deletionThreshold.floor");
    assertThatThrownBy(() -> SyncSettings.builder().termGraceDays(-1).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("termGraceDays");
    assertThatThrownBy(() -> SyncSettings.builder().nearEmptySchoolPercent(200).build())
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("nearEmptySchoolPercent");
  }

  @Test
  void theThresholdIsExceededOnlyAboveBothTheFloorAndThePercentage() {
    DeletionThreshold t = DeletionThreshold.defaults();

    assertThat(t.exceeded(10, 10)).as("at the floor").isFalse();
    assertThat(t.exceeded(11, 100)).as("over the floor, under 20%").isFalse();
    assertThat(t.exceeded(20, 100)).as("exactly 20%").isFalse();
    assertThat(t.exceeded(21, 100)).isTrue();
    assertThat(t.exceeded(11, 0)).as("nothing synced yet").isTrue();
  }

  @Test
  void theSectionFilterRestrictsOnlyOnTheDimensionsItNames() {
    SectionFilter homerooms = SectionFilter.builder().addSubjects("Homeroom/Advisory").build();
    SectionFilter grades =
        SectionFilter.builder().addGrades("4", "5").addSchoolIds("sch-1").build();

    assertThat(homerooms.matches("any", Optional.of("homeroom/advisory"), Optional.empty()))
        .isTrue();
    assertThat(homerooms.matches("any", Optional.of("math"), Optional.of("4"))).isFalse();
    assertThat(homerooms.matches("any", Optional.empty(), Optional.of("4"))).isFalse();
    assertThat(grades.matches("sch-1", Optional.empty(), Optional.of("5"))).isTrue();
    assertThat(grades.matches("sch-2", Optional.empty(), Optional.of("5"))).isFalse();
    assertThat(SectionFilter.none().matches("x", Optional.empty(), Optional.empty())).isTrue();
  }
}
