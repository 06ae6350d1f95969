package com.classtag.clever.client;

import static org.assertj.core.api.Assertions.assertThat;

import com.classtag.clever.model.RosterSnapshot;
import org.junit.jupiter.api.Test;

/**
 * The snapshot against a server that answers 429 (with a reset time) to every third request: being
 * paced is not failing, so no collection may spend its attempts on 429s, and every snapshot
 * completes. Two attempts a call (instead of the default five) make a collection that counted 429s
 * as failures fail at once, whatever the threads' interleaving.
 */
class ThrottledSnapshotTest {
  private static final int RUNS = 11;
  private static final int SIZE = 40;

  @Test
  void everySnapshotCompletesAgainstAServerThatThrottlesEveryThirdRequest() throws Exception {
    try (LoopbackDistrict district = new LoopbackDistrict(SIZE, 3)) {
      for (int run = 0; run < RUNS; run++) {
        FakeTime time = new FakeTime();
        try (CleverClient client =
            CleverClient.builder()
                .token(ClientTestSupport.TOKEN)
                .baseUrl(district.baseUrl())
                .clock(time)
                .sleeper(time)
                .random(ClientTestSupport.fixedJitter(0.5))
                .pageSize(4)
                .retryPolicy(RetryPolicy.builder().maxAttempts(2).build())
                .build()) {
          RosterSnapshot snapshot = client.snapshot();
          assertThat(snapshot.district().id()).isEqualTo("d1");
          assertThat(snapshot.schools()).hasSize(SIZE);
          assertThat(snapshot.users()).hasSize(SIZE);
          assertThat(snapshot.sections()).hasSize(SIZE);
          assertThat(snapshot.terms()).hasSize(SIZE);
          assertThat(snapshot.courses()).hasSize(SIZE);
        }
      }
      assertThat(district.throttled()).isGreaterThan(RUNS * 5 * SIZE / 4 / 3);
    }
  }
}
