package com.classtag.clever.testing.consumer;

import com.classtag.clever.model.CleverJson;
import com.classtag.clever.model.User;
import com.classtag.clever.testing.district.DistrictBuilder;
import com.classtag.clever.testing.district.TestDistrict;
import com.classtag.clever.testing.standin.CleverStandIn;
import com.classtag.clever.testing.standin.Fault;
import com.classtag.clever.testing.time.FakeClock;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;

/**
 * A plain program using the kit with no test framework, no clever-client and no sync-core: what a
 * TestNG or plain-main user has. {@link WithoutJUnitTest} runs it on a class path holding only the
 * kit, clever-model and Gson.
 */
public final class PlainMain {
  private PlainMain() {}

  /**
   * Serves a district, injects a fault, reads the students over HTTP and reports what happened.
   *
   * @return the statuses seen, the number of students read and the journal's count
   * @throws IOException if the stand-in cannot be read
   * @throws InterruptedException if interrupted while reading
   */
  public static String run() throws IOException, InterruptedException {
    DistrictBuilder district = TestDistrict.builder().school("Lincoln Middle");
    User ada = district.teacher("Ada", "Byron");
    district.section(s -> s.name("Math 7").teacher(ada).students(12));
    FakeClock clock = FakeClock.at(Instant.parse("2026-10-01T06:00:00Z"));
    try (CleverStandIn clever = CleverStandIn.builder(district.build()).clock(clock).start()) {
      clever.inject(Fault.rateLimited(Duration.ofSeconds(2)));
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      HttpRequest request =
          HttpRequest.newBuilder(clever.baseUrl().resolve("/v3.0/users?role=student"))
              .header("Authorization", "Bearer " + clever.token())
              .build();
      int first = http.send(request, HttpResponse.BodyHandlers.ofString()).statusCode();
      clock.sleep(Duration.ofSeconds(2));
      HttpResponse<String> second = http.send(request, HttpResponse.BodyHandlers.ofString());
      int students = CleverJson.listPage(CleverJson.USER).fromJson(second.body()).records().size();
      return first
          + " then "
          + second.statusCode()
          + ": "
          + students
          + " students, "
          + clever.journal().count("/v3.0/users")
          + " requests, slept "
          + clock.slept();
    }
  }
}
