package com.classtag.examples.input;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.classtag.sync.settings.ClassroomNamePolicy;
import com.classtag.sync.settings.DeletionThreshold;
import com.classtag.sync.settings.StudentIdSource;
import com.classtag.sync.settings.StudentStatus;
import com.classtag.sync.settings.SyncSettings;
import java.io.StringReader;
import org.junit.jupiter.api.Test;

class SettingsFileTest {
  @Test
  void absentFieldsKeepClassTagsDefaults() {
    assertThat(SettingsFile.read("settings.json", new StringReader("{\"version\": 1}")))
        .isEqualTo(SyncSettings.defaults());
  }

  @Test
  void readsEverySetting() {
    SyncSettings settings = SettingsFile.read("settings.json", new StringReader("""
        {"version": 1, "paused": true, "unarchiveReappearing": true, "manageGuardians": false,
         "contactTypes": ["Parent/Guardian", "Primary"], "contactRelationships": ["Parent", "Grandparent"],
         "smsPhoneTypes": ["Cell", "Mobile"], "updateJoinedUserDetails": true,
         "deletionThreshold": {"percent": 15, "floor": 5}, "nearEmptySchoolPercent": 25,
         "classroomNames": "FOLLOW_ROSTER", "archiveEndedTerms": true, "termGraceDays": 7,
         "sectionFilter": {"subjects": ["homeroom/advisory"], "grades": ["5"], "schoolIds": ["sch"]},
         "removeDepartedTeachers": false, "removePersonAddedMembers": true, "carriedStatuses": ["IEP"],
         "carryAllExtensionFields": false, "carriedExtensionFields": ["homeroom"],
         "studentIdSource": "STUDENT_NUMBER", "syncDistrictAdmins": false}
        """));

    assertThat(settings.paused()).isTrue();
    assertThat(settings.unarchiveReappearing()).isTrue();
    assertThat(settings.manageGuardians()).isFalse();
    assertThat(settings.contactTypes()).containsExactlyInAnyOrder("Parent/Guardian", "Primary");
    assertThat(settings.contactRelationships()).containsExactlyInAnyOrder("Parent", "Grandparent");
    assertThat(settings.smsPhoneTypes()).containsExactlyInAnyOrder("Cell", "Mobile");
    assertThat(settings.updateJoinedUserDetails()).isTrue();
    assertThat(settings.deletionThreshold()).isEqualTo(DeletionThreshold.of(15, 5));
    assertThat(settings.nearEmptySchoolPercent()).isEqualTo(25);
    assertThat(settings.classroomNames()).isEqualTo(ClassroomNamePolicy.FOLLOW_ROSTER);
    assertThat(settings.archiveEndedTerms()).isTrue();
    assertThat(settings.termGraceDays()).isEqualTo(7);
    assertThat(settings.sectionFilter().subjects()).containsExactly("homeroom/advisory");
    assertThat(settings.sectionFilter().grades()).containsExactly("5");
    assertThat(settings.sectionFilter().schoolIds()).containsExactly("sch");
    assertThat(settings.removeDepartedTeachers()).isFalse();
    assertThat(settings.removePersonAddedMembers()).isTrue();
    assertThat(settings.carriedStatuses()).containsExactly(StudentStatus.IEP);
    assertThat(settings.carryAllExtensionFields()).isFalse();
    assertThat(settings.carriedExtensionFields()).containsExactly("homeroom");
    assertThat(settings.studentIdSource()).isEqualTo(StudentIdSource.STUDENT_NUMBER);
    assertThat(settings.syncDistrictAdmins()).isFalse();
  }

  @Test
  void namesTheFieldOfAnOutOfRangeNumber() {
    assertThatThrownBy(() -> SettingsFile.read("settings.json",
        new StringReader("{\"version\": 1, \"deletionThreshold\": {\"percent\": 120}}")))
        .hasMessage("settings.json: $.deletionThreshold.percent: must be at most 100; was 120");
  }

  @Test
  void namesTheFieldOfAFractionWhereAWholeNumberBelongs() {
    assertThatThrownBy(() -> SettingsFile.read("settings.json",
        new StringReader("{\"version\": 1, \"termGraceDays\": 1.5}")))
        .hasMessage("settings.json: $.termGraceDays: must be a whole number; was 1.5");
  }

  @Test
  void rejectsARepeatedContactType() {
    assertThatThrownBy(() -> SettingsFile.read("settings.json",
        new StringReader("{\"version\": 1, \"contactTypes\": [\"Primary\", \"Primary\"]}")))
        .hasMessage("settings.json: $.contactTypes[1]: repeats an earlier item \"Primary\"");
  }
}
