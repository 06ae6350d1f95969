package com.classtag.sync.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.classtag.sync.settings.ClassroomNamePolicy;
import com.classtag.sync.settings.DeletionThreshold;
import com.classtag.sync.settings.SectionFilter;
import com.classtag.sync.settings.StudentIdSource;
import com.classtag.sync.settings.StudentStatus;
import com.classtag.sync.settings.SyncSettings;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringWriter;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class SettingsJsonTest {
  @Test
  void absentFieldsKeepClassTagsDefaults() {
    assertThat(SettingsJson.fromJson("{\"version\": 1}")).isEqualTo(SyncSettings.defaults());
    assertThat(
            SettingsJson.fromJson("{\"version\": 1, \"deletionThreshold\": {\"percent\": 15}}")
                .deletionThreshold())
        .isEqualTo(DeletionThreshold.of(15, 10));
  }

  @Test
  void readsEverySetting() {
    SyncSettings settings =
        SettingsJson.fromJson(
            """
        {"$schema": "settings.schema.json", "version": 1, "paused": true, "unarchiveReappearing": true,
         "manageGuardians": false, "contactTypes": ["Parent/Guardian", "Primary"],
         "contactRelationships": ["Parent", "Grandparent"], "smsPhoneTypes": ["Cell", "Mobile"],
         "updateJoinedUserDetails": true, "deletionThreshold": {"percent": 15, "floor": 5},
         "nearEmptySchoolPercent": 25, "classroomNames": "FOLLOW_ROSTER", "archiveEndedTerms": true,
         "termGraceDays": 7,
         "sectionFilter": {"subjects": ["homeroom/advisory"], "grades": ["5"], "schoolIds": ["sch"]},
         "removeDepartedTeachers": false, "removePersonAddedMembers": true, "carriedStatuses": ["IEP"],
         "carryAllExtensionFields": false, "carriedExtensionFields": ["homeroom"],
         "studentIdSource": "STUDENT_NUMBER", "syncDistrictAdmins": false, "auditMissingPercent": 10}
        """);

    assertThat(settings)
        .isEqualTo(
            SyncSettings.builder()
                .paused(true)
                .unarchiveReappearing(true)
                .manageGuardians(false)
                .contactTypes(List.of("Parent/Guardian", "Primary"))
                .contactRelationships(List.of("Parent", "Grandparent"))
                .smsPhoneTypes(List.of("Cell", "Mobile"))
                .updateJoinedUserDetails(true)
                .deletionThreshold(DeletionThreshold.of(15, 5))
                .nearEmptySchoolPercent(25)
                .classroomNames(ClassroomNamePolicy.FOLLOW_ROSTER)
                .archiveEndedTerms(true)
                .termGraceDays(7)
                .sectionFilter(
                    SectionFilter.builder()
                        .addSubjects("homeroom/advisory")
                        .addGrades("5")
                        .addSchoolIds("sch")
                        .build())
                .removeDepartedTeachers(false)
                .removePersonAddedMembers(true)
                .carriedStatuses(List.of(StudentStatus.IEP))
                .carryAllExtensionFields(false)
                .addCarriedExtensionFields("homeroom")
                .studentIdSource(StudentIdSource.STUDENT_NUMBER)
                .syncDistrictAdmins(false)
                .auditMissingPercent(10)
                .build());
  }

  @Test
  void writesEverySettingDefaultsIncluded() throws IOException {
    assertThat(SettingsJson.toJson(SyncSettings.defaults()))
        .isEqualTo(AppStateJsonTest.golden("default-settings.json"));
  }

  static Stream<Arguments> invalidDocuments() {
    return Stream.of(
        Arguments.of(
            "{\"version\": 1, \"deletionThreshold\": {\"percent\": 120}}",
            "$.deletionThreshold.percent",
            "a whole number from 0 to 100",
            "120"),
        Arguments.of(
            "{\"version\": 1, \"termGraceDays\": 1.5}",
            "$.termGraceDays",
            "a whole number from 0 to 3650",
            "1.5"),
        Arguments.of(
            "{\"version\": 1, \"termGraceDays\": -1}",
            "$.termGraceDays",
            "a whole number from 0 to 3650",
            "-1"),
        Arguments.of(
            "{\"version\": 1, \"deletionThreshold\": {\"floor\": 1e10}}",
            "$.deletionThreshold.floor",
            "a whole number from 0 to 2147483647",
            "1E+10"),
        Arguments.of(
            "{\"version\": 1, \"contactTypes\": [\"Primary\", \"Primary\"]}",
            "$.contactTypes[1]",
            "each item once",
            "a repeat of an earlier item"),
        Arguments.of(
            "{\"version\": 1, \"contactTypes\": [\"\"]}",
            "$.contactTypes[0]",
            "a non-empty string",
            "an empty string"),
        Arguments.of(
            "{\"version\": 1, \"contactTypes\": \"Parent/Guardian\"}",
            "$.contactTypes",
            "an array",
            "a string"),
        Arguments.of(
            "{\"version\": 1, \"carriedStatuses\": [\"IEP\", \"IEP\"]}",
            "$.carriedStatuses[1]",
            "each item once",
            "a repeat of an earlier item"),
        Arguments.of(
            "{\"version\": 1, \"carriedStatuses\": [\"ESL\"]}",
            "$.carriedStatuses[0]",
            "one of \"ELL\", \"FRL\", \"IEP\"",
            "a string that is none of them"),
        Arguments.of(
            "{\"version\": 1, \"pasued\": true}",
            "$.pasued",
            "one of the fields "
                + "\"$schema\", \"version\", \"paused\", \"unarchiveReappearing\", "
                + "\"manageGuardians\", \"contactTypes\", \"contactRelationships\", \"smsPhoneTypes\", "
                + "\"updateJoinedUserDetails\", \"deletionThreshold\", \"nearEmptySchoolPercent\", "
                + "\"classroomNames\", \"archiveEndedTerms\", \"termGraceDays\", \"sectionFilter\", "
                + "\"removeDepartedTeachers\", \"removePersonAddedMembers\", \"carriedStatuses\", "
                + "\"carryAllExtensionFields\", \"carriedExtensionFields\", \"studentIdSource\", "
                + "\"syncDistrictAdmins\", \"auditMissingPercent\"",
            "a field this format does not have"),
        Arguments.of(
            "{\"version\": 1, \"sectionFilter\": {\"subject\": []}}",
            "$.sectionFilter.subject",
            "one of the fields \"subjects\", \"grades\", \"schoolIds\"",
            "a field this format does not have"),
        Arguments.of("{\"paused\": true}", "$.version", "a value: the field is required", "none"),
        Arguments.of(
            "{\"version\": 1, \"paused\": \"true\"}", "$.paused", "true or false", "a string"));
  }

  @ParameterizedTest
  @MethodSource("invalidDocuments")
  void namesThePathAndWhatWasExpected(String json, String path, String expected, String found) {
    assertThatThrownBy(() -> SettingsJson.fromJson(json))
        .isInstanceOfSatisfying(
            JsonFormatException.class,
            e -> {
              assertThat(e.path()).isEqualTo(path);
              assertThat(e.expected()).isEqualTo(expected);
              assertThat(e.found()).isEqualTo(found);
            });
  }

  @Test
  void refusesToWriteWhatTheFormatCannotHoldBeforeWritingAnything() {
    StringWriter out = new StringWriter();

    assertThatThrownBy(
            () -> SettingsJson.write(SyncSettings.builder().termGraceDays(4000).build(), out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("termGraceDays is 4000; the settings format allows at most 3650");
    assertThatThrownBy(
            () ->
                SettingsJson.write(
                    SyncSettings.builder()
                        .sectionFilter(SectionFilter.builder().addGrades("").build())
                        .build(),
                    out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage(
            "sectionFilter.grades holds an empty string; the settings format holds only non-empty values");
    assertThat(out.toString()).isEmpty();
  }

  @Test
  void refusesNullArguments() {
    assertThatThrownBy(() -> SettingsJson.read((Reader) null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SettingsJson.read((InputStream) null))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> SettingsJson.write(null, new StringWriter()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("settings must not be null");
  }
}
