package com.classtag.clever.testing.junit;

import static org.assertj.core.api.Assertions.assertThat;

import com.classtag.clever.client.CleverClient;
import com.classtag.clever.model.School;
import com.classtag.clever.testing.standin.CleverStandIn;
import com.classtag.clever.testing.standin.Fault;
import com.classtag.clever.testing.time.FakeClock;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;

/** The extension with its default district: one stand-in per class, reset before each test. */
@ExtendWith(CleverStandInExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class CleverStandInExtensionTest {
  private static final List<CleverStandIn> SEEN = new ArrayList<>();
  private static final List<CleverClient> CLIENTS = new ArrayList<>();

  @Test
  @Order(1)
  void injectsTheStandInAClientPointedAtItAndTheClock(
      CleverStandIn clever, CleverClient client, FakeClock clock) {
    SEEN.add(clever);
    CLIENTS.add(client);
    clever.inject(Fault.dropConnection().atRequest(50));

    List<School> schools = client.schools().list().stream().toList();

    assertThat(schools).hasSize(3);
    assertThat(clever.journal().count("/v3.0/schools")).isEqualTo(1);
    assertThat(clock.instant()).isAfterOrEqualTo(CleverStandInExtension.START);
  }

  @Test
  @Order(2)
  void resetsFaultsAndTheJournalBeforeEachTestButKeepsTheStandIn(
      CleverStandIn clever, CleverClient client) {
    SEEN.add(clever);
    CLIENTS.add(client);

    assertThat(clever.journal().requests()).isEmpty();
    assertThat(clever.requestCount()).isZero();
    assertThat(SEEN.get(0)).isSameAs(clever);
    assertThat(CLIENTS.get(0)).as("each test gets its own client").isNotSameAs(client);
  }

  @Nested
  class NestedTests {
    @Test
    void shareTheOuterClassesStandIn(CleverStandIn clever) {
      assertThat(clever).isSameAs(SEEN.get(0));
    }
  }

  @AfterAll
  static void theFirstClientWasClosedAfterItsTest() {
    assertThat(CLIENTS.get(0).toString()).isNotEmpty();
  }
}
