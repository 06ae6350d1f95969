package com.classtag.clever.testing.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import com.classtag.clever.client.CleverClient;
import com.classtag.clever.model.RosterSnapshot;
import com.classtag.clever.model.Subject;
import com.classtag.clever.model.User;
import com.classtag.clever.testing.district.DistrictBuilder;
import com.classtag.clever.testing.district.TestDistrict;
import com.classtag.clever.testing.junit.CleverStandInExtension;
import com.classtag.clever.testing.standin.CleverStandIn;
import com.classtag.clever.testing.standin.Fault;
import com.classtag.clever.testing.time.FakeClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * The README's "Testing your integration" snippet is the region between the snippet markers below,
 * word for word; {@link ReadmeSnippetTest} checks that it is.
 */
class QuickStartTest {
  // snippet:start
  static TestDistrict lincoln() {
    DistrictBuilder district = TestDistrict.builder().school("Lincoln Middle");
    User ada = district.teacher("Ada", "Byron");
    return district
        .section(s -> s.name("Math 7").subject(Subject.MATH).teacher(ada).students(40))
        .build();
  }

  @RegisterExtension
  static final CleverStandInExtension CLEVER = CleverStandInExtension.serving(lincoln());

  @Test
  void readsTheRosterThroughAnOutage(CleverStandIn clever, CleverClient client) {
    clever.inject(Fault.serverError(503).onPath("/v3.0/sections").times(2));

    RosterSnapshot roster = client.snapshot(); // your import code goes here

    assertThat(roster.sections())
        .singleElement()
        .satisfies(s -> assertThat(s.students()).hasSize(40));
    assertThat(clever.journal().count("/v3.0/sections")).isEqualTo(3); // two 503s, then the page
  }

  // snippet:end

  @Test
  void theClientWaitsOnTheFakeClockInsteadOfSleeping(
      CleverStandIn clever, CleverClient client, FakeClock clock) {
    clever.inject(Fault.rateLimited(Duration.ofSeconds(20)).onPath("/v3.0/sections"));
    Instant before = clock.instant();
    long started = System.nanoTime();

    client.snapshot();

    assertThat(clock.sleeps())
        .anySatisfy(wait -> assertThat(wait).isGreaterThanOrEqualTo(Duration.ofSeconds(19)));
    assertThat(clock.instant()).isEqualTo(before.plus(clock.slept()));
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofSeconds(10));
  }
}
