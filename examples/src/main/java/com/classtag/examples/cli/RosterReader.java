package com.classtag.examples.cli;

import com.classtag.clever.client.CleverClient;
import com.classtag.clever.client.CleverServiceException;
import com.classtag.clever.model.RosterSnapshot;
import java.io.PrintStream;
import java.util.Optional;

/**
 * Reads a district through the client, the way a nightly sync would: take the events cursor first
 * (so a later incremental sync misses nothing that happens during the full read), then the complete
 * snapshot.
 */
final class RosterReader {
  private RosterReader() {}

  /**
   * Reads the district.
   *
   * @param client the client
   * @param err where to say what is happening
   * @return the complete snapshot
   * @throws com.classtag.clever.client.CleverException if Clever cannot be read
   */
  static RosterSnapshot read(CleverClient client, PrintStream err) {
    Optional<String> cursor = eventsCursor(client);
    err.println(
        cursor
            .map(id -> "Events cursor before the read: " + id)
            .orElse(
                "No events cursor (events are not enabled for this token, or there are none)."));
    return client.snapshot();
  }

  private static Optional<String> eventsCursor(CleverClient client) {
    try {
      return client.events().latestId();
    } catch (CleverServiceException e) {
      // Events are opt-in per district app; a token without them is refused here but can still read
      // data.
      if (e.statusCode().orElse(0) == 403 || e.statusCode().orElse(0) == 404) {
        return Optional.empty();
      }
      throw e;
    }
  }
}
