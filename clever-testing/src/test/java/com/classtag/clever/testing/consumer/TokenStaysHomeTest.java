package com.classtag.clever.testing.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.classtag.clever.client.CleverClient;
import com.classtag.clever.client.UnexpectedResponseException;
import com.classtag.clever.testing.district.TestDistrict;
import com.classtag.clever.testing.junit.CleverStandInExtension;
import com.classtag.clever.testing.standin.CleverStandIn;
import com.classtag.clever.testing.standin.Fault;
import com.classtag.clever.testing.standin.JournaledRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A consumer's test that its Clever token goes to Clever and nowhere else, asserted through the
 * journals.
 */
class TokenStaysHomeTest {
  @RegisterExtension
  static final CleverStandInExtension CLEVER =
      CleverStandInExtension.serving(TestDistrict.generate(5, 60));

  /** Another origin, where a redirect points: it must never see the token. */
  private static CleverStandIn elsewhere;

  @BeforeAll
  static void startAnotherHost() {
    elsewhere =
        CleverStandIn.builder(TestDistrict.generate(6, 30)).token("elsewhere-token").start();
  }

  @AfterAll
  static void stopAnotherHost() {
    elsewhere.close();
  }

  @Test
  void aRedirectToAnotherHostIsRefusedAndTheTokenNeverReachesIt(
      CleverStandIn clever, CleverClient client) {
    clever.inject(Fault.redirectTo(elsewhere.baseUrl()).onPath("/v3.0/users"));

    assertThatThrownBy(client::snapshot).isInstanceOf(UnexpectedResponseException.class);

    assertThat(clever.journal().requests())
        .filteredOn(request -> request.status() == 302)
        .hasSize(1);
    assertThat(elsewhere.journal().requests()).noneMatch(JournaledRequest::authorizationSent);
  }

  @Test
  void everyRequestToCleverCarriesTheToken(CleverStandIn clever, CleverClient client) {
    client.snapshot();

    assertThat(clever.journal().requests()).isNotEmpty().allMatch(JournaledRequest::tokenAccepted);
    assertThat(clever.journal().countsByPath())
        .containsKeys(
            "/v3.0/districts",
            "/v3.0/schools",
            "/v3.0/users",
            "/v3.0/sections",
            "/v3.0/terms",
            "/v3.0/courses");
  }
}
