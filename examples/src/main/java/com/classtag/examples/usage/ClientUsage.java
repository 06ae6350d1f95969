package com.classtag.examples.usage;

import com.classtag.clever.client.CleverClient;
import com.classtag.clever.client.CleverException;
import com.classtag.clever.client.UserRole;
import com.classtag.clever.client.UsersQuery;
import com.classtag.clever.model.RosterSnapshot;
import com.classtag.clever.model.Section;
import com.classtag.clever.model.User;
import com.classtag.clever.testing.standin.CleverStandIn;
import com.classtag.examples.demo.DemoDistrict;
import com.classtag.sync.clever.CleverRosterAdapter;
import com.classtag.sync.source.Roster;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * clever-client in a few lines: list teachers lazily, stream sections, read one record, take the
 * events cursor before a full sync, and read the whole roster in one call, ready for the planner.
 * It runs against the bundled Clever stand-in so it needs no token; against Clever, build the
 * client with {@code CleverClient.fromEnv()} ({@code CLEVER_TOKEN}). The README's client snippet is
 * the body of {@link #run}.
 */
public final class ClientUsage {
  private ClientUsage() {}

  /**
   * Starts the stand-in, runs the example against it, and stops it.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    try (CleverStandIn clever =
        CleverStandIn.builder(DemoDistrict.generate(DemoDistrict.DEFAULT_STUDENTS))
            .token("demo-token")
            .start()) {
      run(clever.baseUrl().toString(), "demo-token");
    }
  }

  /**
   * Reads a little of a district.
   *
   * @param baseUrl Clever's host, such as {@code https://api.clever.com}
   * @param token a district token
   * @throws CleverException if Clever cannot be read, after the retries the policy allows
   */
  static void run(String baseUrl, String token) {
    try (CleverClient client = CleverClient.builder().baseUrl(baseUrl).token(token).build()) {
      // Take the events cursor first, so events during the full read are not missed.
      Optional<String> cursor = client.events().latestId();

      // Lazily paged: the next page is fetched only when the loop reaches it.
      int teachers = 0;
      int withEmail = 0;
      for (User teacher : client.users().list(UsersQuery.withRole(UserRole.TEACHER))) {
        teachers++;
        withEmail += teacher.email().isPresent() ? 1 : 0;
      }

      // As a stream; closing it releases the connection if it stops early.
      long coTaught;
      try (Stream<Section> sections = client.sections().list().stream()) {
        coTaught = sections.filter(section -> section.teachers().size() > 1).count();
      }

      User first =
          client.users().list(UsersQuery.withRole(UserRole.STUDENT)).firstPage().items().get(0);
      User again = client.users().get(first.id());

      System.out.println(
          teachers
              + " teachers ("
              + withEmail
              + " with an email), "
              + coTaught
              + " co-taught sections, student "
              + again.id()
              + " read twice: "
              + again.equals(first)
              + ", events cursor "
              + cursor.orElse("none"));

      // Everything a sync needs, read concurrently and completely, or an exception and nothing at
      // all.
      RosterSnapshot snapshot = client.snapshot();
      Roster roster = CleverRosterAdapter.toRoster(snapshot);
      System.out.println(snapshot + " -> " + roster);
    }
  }
}
