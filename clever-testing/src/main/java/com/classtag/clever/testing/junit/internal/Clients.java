package com.classtag.clever.testing.junit.internal;

import com.classtag.clever.client.CleverClient;
import com.classtag.clever.testing.standin.CleverStandIn;
import com.classtag.clever.testing.time.FakeClock;
import java.util.function.UnaryOperator;

/**
 * Builds the clients the extension injects. Kept apart from the extension so that the extension
 * loads without clever-client on the class path; only this class needs it.
 */
public final class Clients {
  private Clients() {}

  /**
   * Returns a client pointed at a stand-in, on a fake clock that its waits advance.
   *
   * @param standIn the stand-in
   * @param clock the clock; the client sleeps on it
   * @param tuning adjusts the builder last
   * @return the client; the caller closes it
   */
  public static CleverClient pointedAt(
      CleverStandIn standIn, FakeClock clock, UnaryOperator<CleverClient.Builder> tuning) {
    CleverClient.Builder builder =
        CleverClient.builder()
            .baseUrl(standIn.baseUrl().toString())
            .token(standIn.token())
            .clock(clock)
            .sleeper(clock::sleep);
    return tuning.apply(builder).build();
  }
}
