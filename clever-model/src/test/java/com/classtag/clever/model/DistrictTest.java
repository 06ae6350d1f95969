package com.classtag.clever.model;

import static com.classtag.clever.model.FixtureFiles.assertWritesBackNormalized;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DistrictTest {
  private static final String DISTRICT_ID = "65f0d1000000000000000001";
  private static final JsonCodec<ListPage<District>> PAGE =
      CleverJson.listPage(CleverJson.DISTRICT);
  private static final JsonCodec<SingleResponse<District>> SINGLE =
      CleverJson.single(CleverJson.DISTRICT);

  @Test
  void readsEveryV31Field() {
    ListPage<District> page = assertWritesBackNormalized(PAGE, "districts/districts-v3.1.json");

    assertThat(page.data()).hasSize(1);
    assertThat(page.data().get(0).uri()).contains("/v3.1/districts/" + DISTRICT_ID);
    District d = page.records().get(0);
    assertThat(d.id()).isEqualTo(DISTRICT_ID);
    assertThat(d.name()).contains("Harbor Valley Unified");
    assertThat(d.sisType()).contains("sftp");
    assertThat(d.rawLaunchDate()).contains("2023-08-21");
    assertThat(d.launchDate()).contains(LocalDate.of(2023, 8, 21));
    assertThat(d.portalUrl()).contains("https://clever.com/in/harbor-valley");
    assertThat(d.loginMethods()).containsExactly("Clever Badges", "Google");
    assertThat(d.lastSyncAt()).contains(Instant.parse("2024-02-01T06:02:44.918Z"));
    assertThat(d.mdrNumber()).contains("00998877");
    assertThat(d.ncesId()).contains("0699999");
    assertThat(d.error()).isEmpty();
    assertThat(d.state()).contains(DistrictState.SUCCESS);
    assertThat(d.pauseStart()).isEmpty();
    assertThat(d.pauseEnd()).isEmpty();
    assertThat(d.pauseStartDate()).isEmpty();
    // v3.1 only
    assertThat(d.lmsState()).contains(LmsState.SUCCESS);
    assertThat(d.lmsType()).contains(LmsType.CANVAS);
    assertThat(d.lastAttendanceSync()).isEmpty();
    assertThat(d.lastAttendanceSyncAt()).isEmpty();
    // documented, not in the spec
    assertThat(d.lastCleverSyncAt()).contains(Instant.parse("2024-02-01T06:05:10Z"));
    assertThat(d.unknownFields()).isEmpty();

    DistrictContact contact = d.districtContact().orElseThrow();
    assertThat(contact.id()).contains("65f0d9000000000000000501");
    assertThat(contact.district()).contains(DISTRICT_ID);
    assertThat(contact.title()).contains("Director of Technology");
    assertThat(contact.email()).contains("it.lead@example.org");
    assertThat(contact.name()).contains(Name.of("Wren", "Halvorsen"));
  }

  @Test
  void readsTheObservedV30Shape() {
    ListPage<District> page = assertWritesBackNormalized(PAGE, "districts/districts-v3.0.json");

    District d = page.records().get(0);
    assertThat(d.state()).contains(DistrictState.RUNNING);
    assertThat(d.launchDate()).contains(LocalDate.of(2021, 3, 10));
    assertThat(d.loginMethods()).containsExactly("Clever Badges", "Clever Passwords");
    assertThat(d.districtContact().orElseThrow().title()).isEmpty();
    assertThat(d.mdrNumber()).isEmpty();
    assertThat(d.ncesId()).isEmpty();
    assertThat(d.lmsState()).isEmpty();
    assertThat(d.lmsType()).isEmpty();
    assertThat(d.lastAttendanceSync()).isEmpty();
    assertThat(d.lastCleverSync()).isEmpty();
    assertThat(page.links()).containsExactly(Link.of("self", "/v3.0/districts"));
  }

  @Test
  void readsAPauseWindowSentAsDates() {
    District d = assertWritesBackNormalized(SINGLE, "districts/district-paused-dates.json").data();

    assertThat(d.state()).contains(DistrictState.PAUSED);
    assertThat(d.pauseStart()).contains("2024-06-15");
    assertThat(d.pauseStartDate()).contains(LocalDate.of(2024, 6, 15));
    assertThat(d.pauseEndDate()).contains(LocalDate.of(2024, 8, 20));
  }

  @Test
  void readsAPauseWindowSentAsTimestamps() {
    District d =
        assertWritesBackNormalized(SINGLE, "districts/district-paused-timestamps.json").data();

    assertThat(d.pauseStart()).contains("2024-06-15T00:00:00.000Z");
    assertThat(d.pauseStartDate()).contains(LocalDate.of(2024, 6, 15));
    assertThat(d.pauseEnd()).contains("2024-08-20T23:59:59.999Z");
    assertThat(d.pauseEndDate()).contains(LocalDate.of(2024, 8, 20));
  }

  @Test
  void keepsUnknownValuesUnparseableDatesAndUnknownFields() {
    District d =
        assertWritesBackNormalized(CleverJson.DISTRICT, "districts/district-unknowns.json");

    assertThat(d.state().orElseThrow().value()).isEqualTo("archived");
    assertThat(d.state().orElseThrow().isKnown()).isFalse();
    assertThat(d.lmsState()).contains(LmsState.of("reauthorizing"));
    assertThat(d.lmsState().orElseThrow().isKnown()).isFalse();
    assertThat(d.lmsType().orElseThrow().value()).isEqualTo("moodle");
    assertThat(d.lmsType().orElseThrow().isKnown()).isFalse();
    assertThat(d.rawLaunchDate()).contains("21/08/2023");
    assertThat(d.launchDate()).isEmpty();
    assertThat(d.pauseStart()).contains("soon");
    assertThat(d.pauseStartDate()).isEmpty();
    assertThat(d.loginMethods()).containsExactly("Clever Badges", "Passkeys");
    assertThat(d.unknownFields()).containsOnlyKeys("data_residency", "sync_priority");
    assertThat(d.unknownFields().get("sync_priority")).isEqualTo(JsonValue.ofJson("3"));
    DistrictContact contact = d.districtContact().orElseThrow();
    assertThat(contact.name().orElseThrow().last()).contains("Wren Halvorsen");
    assertThat(contact.unknownFields()).containsOnlyKeys("phone_ext");
  }

  @Test
  void toStringHidesTheContactsPersonalData() {
    District d = PAGE.fromJson(FixtureFiles.read("districts/districts-v3.1.json")).records().get(0);

    String s = d.toString();

    assertThat(s)
        .contains(DISTRICT_ID, "Harbor Valley Unified", "success", "65f0d9000000000000000501");
    assertThat(s).doesNotContain("Wren", "Halvorsen", "it.lead", "example.org", "Director");
  }

  @Test
  void builderMakesADistrictInALine() {
    District d =
        District.builder()
            .id(DISTRICT_ID)
            .name("Harbor Valley Unified")
            .state(DistrictState.RUNNING)
            .rawLaunchDate("2023-08-21")
            .addLoginMethods("Google")
            .build();

    assertThat(CleverJson.DISTRICT.fromJson(CleverJson.DISTRICT.toJson(d))).isEqualTo(d);
    assertThat(d.launchDate()).contains(LocalDate.of(2023, 8, 21));
  }

  @Test
  void rejectsADistrictWithoutAnId() {
    assertThatThrownBy(() -> CleverJson.DISTRICT.fromJson("{\"name\":\"Harbor Valley Unified\"}"))
        .isInstanceOf(CleverJsonException.class)
        .hasMessageContaining("district has no id");
  }

  @Test
  void rejectsAContactThatIsNotAnObjectNamingThePath() {
    String json =
        "{\"data\":[{\"data\":{\"id\":\"" + DISTRICT_ID + "\",\"district_contact\":[1]}}]}";

    assertThatThrownBy(() -> PAGE.fromJson(json))
        .isInstanceOfSatisfying(
            CleverJsonException.class,
            e -> assertThat(e.path()).isEqualTo("$.data[0].data.district_contact"));
  }

  @Test
  void emptyAndNullValuesReadAsNoValue() {
    District d =
        CleverJson.DISTRICT.fromJson(
            "{\"id\":\""
                + DISTRICT_ID
                + "\",\"state\":\"\","
                + "\"lms_type\":null,\"launch_date\":\"\",\"login_methods\":null,\"district_contact\":null}");

    assertThat(d.state()).isEmpty();
    assertThat(d.lmsType()).isEmpty();
    assertThat(d.launchDate()).isEmpty();
    assertThat(d.loginMethods()).isEqualTo(List.of());
    assertThat(d.districtContact()).isEqualTo(Optional.empty());
  }
}
