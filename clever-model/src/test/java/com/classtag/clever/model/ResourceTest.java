package com.classtag.clever.model;

import static com.classtag.clever.model.FixtureFiles.assertWritesBackExactly;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class ResourceTest {
  private static final JsonCodec<ListPage<Resource>> PAGE =
      CleverJson.listPage(CleverJson.RESOURCE);

  @Test
  void readsTheResourcesPage() {
    ListPage<Resource> page = assertWritesBackExactly(PAGE, "resources/resources-page.json");

    Resource fractions = page.records().get(0);
    assertThat(fractions.id()).isEqualTo("65f0d8000000000000000401");
    assertThat(fractions.district()).contains("65f0d1000000000000000001");
    assertThat(fractions.resourceId()).contains("fractions-unit-3");
    assertThat(fractions.title()).contains("Fractions: Unit 3");
    assertThat(fractions.roles()).containsExactly(ResourceRole.TEACHER, ResourceRole.STUDENT);
    assertThat(fractions.createdAt()).contains(Instant.parse("2023-09-01T15:20:00Z"));
    assertThat(fractions.updated()).contains("2023-09-05T10:02:17.000Z");
    assertThat(fractions.updatedAt()).contains(Instant.parse("2023-09-05T10:02:17Z"));
    assertThat(page.nextUri())
        .contains("/v3.0/resources?limit=2&starting_after=65f0d8000000000000000402");
  }

  @Test
  void keepsAnUnknownRoleAndUnknownFields() {
    Resource lab =
        PAGE.fromJson(FixtureFiles.read("resources/resources-page.json")).records().get(1);

    assertThat(lab.roles()).containsExactly(ResourceRole.of("observer"));
    assertThat(lab.roles().get(0).isKnown()).isFalse();
    assertThat(lab.unknownFields()).containsEntry("license", JsonValue.ofJson("{\"seats\":30}"));
  }

  @Test
  void nullAndEmptyRolesAreSkipped() {
    Resource r = CleverJson.RESOURCE.fromJson("{\"id\":\"r1\",\"roles\":[\"student\",null,\"\"]}");

    assertThat(r.roles()).containsExactly(ResourceRole.STUDENT);
  }
}
