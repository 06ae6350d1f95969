package com.classtag.clever.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The {@code GET /me} response. */
class MeTest {
  private static final JsonCodec<SingleResponse<Me>> CODEC = CleverJson.single(CleverJson.ME);

  @Test
  void readsMeWithItsLinks() {
    SingleResponse<Me> response = CODEC.fromJson(UserFixtures.text(UserFixtures.ME));
    Me me = response.data();
    assertThat(me.id()).isEqualTo("65f1a0c2e4b0a10001740001");
    assertThat(me.district()).contains("65f1a0c2e4b0a10001d00001");
    assertThat(me.type()).contains("user");
    assertThat(me.authorizedBy()).contains("district");
    assertThat(me.unknownFields()).containsOnlyKeys("scopes");
    assertThat(response.type()).contains("user");
    assertThat(response.links())
        .extracting(Link::rel)
        .containsExactly("self", "canonical", "district");
  }

  @Test
  void roundTrips() {
    SingleResponse<Me> response = CODEC.fromJson(UserFixtures.text(UserFixtures.ME));
    assertThat(CODEC.fromJson(CODEC.toJson(response))).isEqualTo(response);
    assertThat(CleverJson.ME.toJson(response.data()))
        .isEqualTo(
            "{\"id\":\"65f1a0c2e4b0a10001740001\",\"district\":\"65f1a0c2e4b0a10001d00001\","
                + "\"type\":\"user\",\"authorized_by\":\"district\",\"scopes\":[\"read:users\"]}");
  }

  @Test
  void toStringShowsIdsAndKinds() {
    Me me = Me.builder().id("65f1a0c2e4b0a10001740001").type("district").build();
    assertThat(me).hasToString("Me{id=65f1a0c2e4b0a10001740001, type=district}");
  }
}
