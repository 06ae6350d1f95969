package com.classtag.clever.testing.standin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.classtag.clever.model.CleverJson;
import com.classtag.clever.model.Event;
import com.classtag.clever.model.ListPage;
import com.classtag.clever.model.Me;
import com.classtag.clever.model.Section;
import com.classtag.clever.model.SingleResponse;
import com.classtag.clever.model.User;
import com.classtag.clever.testing.district.GeneratedDistrict;
import com.classtag.clever.testing.district.TestDistrict;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class CleverStandInTest {
  private static final long SEED = 20_260_814L;
  private static final GeneratedDistrict DISTRICT = TestDistrict.generate(SEED, 1_500);
  private static CleverStandIn standIn;
  private static WireClient client;

  @BeforeAll
  static void start() {
    standIn = CleverStandIn.builder(DISTRICT).token("secret-token").start();
    client = new WireClient(standIn.baseUrl(), "secret-token");
  }

  @AfterAll
  static void stop() {
    standIn.close();
  }

  @Test
  void listensOnLoopbackWithAFreePort() {
    assertThat(standIn.baseUrl().getHost()).isEqualTo("127.0.0.1");
    assertThat(standIn.baseUrl().getPort()).isPositive();
  }

  @Test
  void pagesThroughStudentsWithNextLinksUntilNoneIsLeft() throws Exception {
    WireClient.Listing<User> students =
        client.readAll("/v3.0/users?role=student&limit=400", CleverJson.USER);

    assertThat(students.pages()).isEqualTo(4);
    List<String> ids = students.records().stream().map(User::id).collect(Collectors.toList());
    assertThat(ids).hasSize(DISTRICT.students()).doesNotHaveDuplicates().isSorted();
    assertThat(students.records())
        .allSatisfy(user -> assertThat(user.roles().student()).isPresent());
  }

  @Test
  void everyUserListingHoldsEachKindOnceInIdOrder() throws Exception {
    WireClient.Listing<User> users = client.readAll("/v3.0/users?limit=10000", CleverJson.USER);

    assertThat(users.pages()).isOne();
    assertThat(users.records())
        .hasSize(DISTRICT.staff() + DISTRICT.students() + DISTRICT.contacts());
    assertThat(users.records().stream().map(User::id).collect(Collectors.toList())).isSorted();
  }

  @Test
  void roleFiltersListMultiRoleStaffInEachOfTheirRoles() throws Exception {
    String director = DISTRICT.staffId(1);
    List<String> teachers =
        ids(client.readAll("/v3.0/users?role=teacher&limit=10000", CleverJson.USER));
    List<String> staff = ids(client.readAll("/v3.0/users?role=staff&limit=10000", CleverJson.USER));
    List<String> admins = ids(client.readAll("/v3.0/users?role=district_admin", CleverJson.USER));

    assertThat(teachers).contains(director).doesNotContain(DISTRICT.staffId(0));
    assertThat(staff).contains(director);
    assertThat(admins).containsExactly(DISTRICT.staffId(0), director);
  }

  @Test
  void linksEchoTheQueryAndCarryTheCursor() throws Exception {
    ListPage<Section> page =
        CleverJson.listPage(CleverJson.SECTION)
            .fromJson(
                client
                    .get("/v3.0/sections?limit=2&starting_after=" + DISTRICT.sectionId(3))
                    .body());

    assertThat(page.records())
        .extracting(Section::id)
        .containsExactly(DISTRICT.sectionId(4), DISTRICT.sectionId(5));
    assertThat(page.links())
        .extracting(link -> link.rel() + " " + link.uri())
        .containsExactly(
            "self /v3.0/sections?limit=2&starting_after=" + DISTRICT.sectionId(3),
            "next /v3.0/sections?limit=2&starting_after=" + DISTRICT.sectionId(5),
            "prev /v3.0/sections?limit=2&ending_before=" + DISTRICT.sectionId(4));
  }

  @Test
  void endingBeforeReturnsThePrecedingRecordsInAscendingOrder() throws Exception {
    ListPage<Section> page =
        CleverJson.listPage(CleverJson.SECTION)
            .fromJson(
                client
                    .get("/v3.0/sections?limit=3&ending_before=" + DISTRICT.sectionId(10))
                    .body());

    assertThat(page.records())
        .extracting(Section::id)
        .containsExactly(DISTRICT.sectionId(7), DISTRICT.sectionId(8), DISTRICT.sectionId(9));
  }

  @Test
  void aPageIsLimitedToAHundredRecordsWhenNoLimitIsSent() throws Exception {
    ListPage<User> page =
        CleverJson.listPage(CleverJson.USER).fromJson(client.get("/v3.0/users").body());

    assertThat(page.data()).hasSize(100);
    assertThat(page.nextUri())
        .contains("/v3.0/users?starting_after=" + page.records().get(99).id());
  }

  @Test
  void servesSingleRecordsAndMe() throws Exception {
    SingleResponse<Section> section =
        CleverJson.single(CleverJson.SECTION)
            .fromJson(client.get("/v3.0/sections/" + DISTRICT.sectionId(0)).body());
    HttpResponse<String> me = client.get("/v3.0/me");

    assertThat(section.data().id()).isEqualTo(DISTRICT.sectionId(0));
    assertThat(CleverJson.single(CleverJson.ME).fromJson(me.body()).data())
        .extracting(Me::id)
        .isEqualTo(DISTRICT.districtId());
  }

  @Test
  void answersClearErrorsInClevers404And413Shapes() throws Exception {
    assertThat(client.get("/v3.0/users/" + DISTRICT.departedUserId(0)))
        .satisfies(r -> assertThat(r.statusCode()).isEqualTo(404))
        .satisfies(r -> assertThat(r.body()).isEqualTo("{\"message\":\"Resource not found\"}"));
    assertThat(client.get("/v3.0/users?limit=10001").statusCode()).isEqualTo(413);
    assertThat(client.get("/v3.0/users?limit=ten").statusCode()).isEqualTo(400);
    assertThat(client.get("/v3.0/users?role=parent").statusCode()).isEqualTo(400);
    assertThat(client.get("/v3.0/schools/" + DISTRICT.schoolId(0) + "/buses").statusCode())
        .isEqualTo(404);
    assertThat(client.get("/v3.0/schools/" + DISTRICT.schoolId(0) + "/sections/x").statusCode())
        .isEqualTo(404);
    assertThat(
            client
                .get("/v3.0/sections/" + DISTRICT.sectionId(0) + "/users?role=parent")
                .statusCode())
        .isEqualTo(400);
    assertThat(
            client
                .get("/v3.0/schools/" + DISTRICT.schoolId(0) + "/sections?limit=10001")
                .statusCode())
        .isEqualTo(413);
    assertThat(client.get("/v2.1/users").statusCode()).isEqualTo(404);
  }

  @Test
  void refusesAMissingOrWrongTokenWith401() throws Exception {
    HttpResponse<String> missing = client.getWithout("/v3.0/users", null);
    HttpResponse<String> wrong = client.getWithout("/v3.0/users", "Bearer not-the-token");

    assertThat(missing.statusCode()).isEqualTo(401);
    assertThat(wrong.statusCode()).isEqualTo(401);
    assertThat(wrong.body()).startsWith("{\"message\":");
  }

  @Test
  void sendsRateLimitHeadersThatCountDown() throws Exception {
    HttpResponse<String> first = client.get("/v3.0/districts");
    HttpResponse<String> second = client.get("/v3.0/districts");

    assertThat(first.headers().firstValue("X-RateLimit-Limit")).contains("1200");
    assertThat(first.headers().firstValue("X-RateLimit-Bucket")).isPresent();
    assertThat(first.headers().firstValue("X-RateLimit-Reset")).isPresent();
    assertThat(Integer.parseInt(second.headers().firstValue("X-RateLimit-Remaining").orElseThrow()))
        .isLessThan(
            Integer.parseInt(first.headers().firstValue("X-RateLimit-Remaining").orElseThrow()));
  }

  @Test
  void answers429WithAnEmptyBodyOnceTheMinutesBudgetIsSpent() throws Exception {
    Instant now = Instant.parse("2026-10-01T06:00:30Z");
    try (CleverStandIn limited =
        CleverStandIn.builder(DISTRICT)
            .token("t")
            .requestsPerMinute(2)
            .clock(Clock.fixed(now, ZoneOffset.UTC))
            .start()) {
      WireClient limitedClient = new WireClient(limited.baseUrl(), "t");
      limitedClient.get("/v3.0/districts");
      limitedClient.get("/v3.0/districts");
      HttpResponse<String> refused = limitedClient.get("/v3.0/districts");

      assertThat(refused.statusCode()).isEqualTo(429);
      assertThat(refused.body()).isEmpty();
      assertThat(refused.headers().firstValue("X-RateLimit-Remaining")).contains("0");
      assertThat(refused.headers().firstValue("X-RateLimit-Reset"))
          .contains(Long.toString(Instant.parse("2026-10-01T06:01:00Z").getEpochSecond()));
    }
  }

  @Test
  void servesTheLatestEventAndTheEventsAfterACursor() throws Exception {
    ListPage<Event> latest =
        CleverJson.listPage(CleverJson.EVENT)
            .fromJson(client.get("/v3.0/events?ending_before=last&limit=1").body());
    WireClient.Listing<Event> all = client.readAll("/v3.0/events?limit=2", CleverJson.EVENT);
    String first = all.records().get(0).id();
    WireClient.Listing<Event> after =
        client.readAll("/v3.0/events?starting_after=" + first, CleverJson.EVENT);

    assertThat(all.records()).hasSize(6);
    assertThat(all.pages()).isEqualTo(3);
    assertThat(latest.records()).extracting(Event::id).containsExactly(all.records().get(5).id());
    assertThat(after.records()).hasSize(5);
    assertThat(all.records())
        .extracting(Event::type)
        .containsExactly(
            "schools.updated",
            "users.created",
            "users.updated",
            "sections.updated",
            "sections.deleted",
            "attendance.recorded");
    assertThat(all.records().get(2).object()).isPresent();
    assertThat(all.records().get(2).previousAttributes()).containsKey("email");
  }

  @Test
  void filtersEventsByRecordType() throws Exception {
    WireClient.Listing<Event> sections =
        client.readAll("/v3.0/events?record_type=sections&record_type=schools", CleverJson.EVENT);

    assertThat(sections.records())
        .extracting(Event::type)
        .containsExactly("schools.updated", "sections.updated", "sections.deleted");
  }

  @Test
  void injectsRateLimitBurstsWithMultiBucketHeaders() throws Exception {
    try (CleverStandIn faulty =
        CleverStandIn.builder(DISTRICT).token("t").faults(Faults.parse("429x2@1")).start()) {
      WireClient faultyClient = new WireClient(faulty.baseUrl(), "t");
      HttpResponse<String> first = faultyClient.get("/v3.0/schools");
      HttpResponse<String> second = faultyClient.get("/v3.0/schools");
      HttpResponse<String> third = faultyClient.get("/v3.0/schools");

      assertThat(List.of(first.statusCode(), second.statusCode(), third.statusCode()))
          .containsExactly(429, 429, 200);
      assertThat(first.body()).isEmpty();
      assertThat(first.headers().allValues("X-RateLimit-Remaining")).containsExactly("1100", "0");
      assertThat(first.headers().allValues("X-RateLimit-Bucket")).hasSize(2);
      assertThat(faulty.requestCount()).isEqualTo(3);
    }
  }

  @Test
  void injects503sWithAnHtmlBody() throws Exception {
    try (CleverStandIn faulty =
        CleverStandIn.builder(DISTRICT).token("t").faults(Faults.parse("503@1")).start()) {
      HttpResponse<String> response = new WireClient(faulty.baseUrl(), "t").get("/v3.0/schools");

      assertThat(response.statusCode()).isEqualTo(503);
      assertThat(response.headers().firstValue("Content-Type"))
          .hasValueSatisfying(t -> assertThat(t).contains("html"));
    }
  }

  @Test
  void injectsDroppedConnectionsAndTruncatedBodies() throws Exception {
    // The JDK client quietly retries a GET once when a reused connection closes before the
    // response, so two drops in a row are needed for the failure to reach the caller.
    try (CleverStandIn faulty =
        CleverStandIn.builder(DISTRICT).token("t").faults(Faults.parse("dropx2@1,cut@3")).start()) {
      WireClient faultyClient = new WireClient(faulty.baseUrl(), "t");

      assertThatThrownBy(() -> faultyClient.get("/v3.0/schools")).isInstanceOf(IOException.class);
      assertThatThrownBy(() -> faultyClient.get("/v3.0/users?limit=50"))
          .isInstanceOf(IOException.class);
      assertThat(faultyClient.get("/v3.0/schools").statusCode()).isEqualTo(200);
    }
  }

  @Test
  void generatesTheSameBytesEveryTime() throws Exception {
    try (CleverStandIn other =
        CleverStandIn.builder(TestDistrict.generate(SEED, 1_500)).token("t").start()) {
      String page = "/v3.0/users?limit=10000";

      assertThat(new WireClient(other.baseUrl(), "t").get(page).body())
          .isEqualTo(client.get(page).body());
    }
  }

  @Test
  void servesAPageFromTheMiddleOfAMillionStudentDistrictWithoutGeneratingTheRest()
      throws Exception {
    GeneratedDistrict large = TestDistrict.generate(SEED, 1_000_000);
    try (CleverStandIn big = CleverStandIn.builder(large).token("t").start()) {
      ListPage<User> page =
          CleverJson.listPage(CleverJson.USER)
              .fromJson(
                  new WireClient(big.baseUrl(), "t")
                      .get(
                          "/v3.0/users?role=student&limit=3&starting_after="
                              + large.studentId(700_000))
                      .body());

      assertThat(page.records())
          .extracting(User::id)
          .containsExactly(
              large.studentId(700_001), large.studentId(700_002), large.studentId(700_003));
      assertThat(large.sections()).isGreaterThan(35_000);
    }
  }

  private static List<String> ids(WireClient.Listing<User> users) {
    return users.records().stream().map(User::id).collect(Collectors.toList());
  }
}
