package com.classtag.clever.testing.consumer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.classtag.clever.client.CleverClient;
import com.classtag.clever.client.CleverException;
import com.classtag.clever.client.RateLimitedException;
import com.classtag.clever.client.ServerException;
import com.classtag.clever.client.UnexpectedResponseException;
import com.classtag.clever.model.DuplicateUser;
import com.classtag.clever.model.Grade;
import com.classtag.clever.model.Relationship;
import com.classtag.clever.model.RosterSnapshot;
import com.classtag.clever.model.Subject;
import com.classtag.clever.model.User;
import com.classtag.clever.testing.district.DistrictBuilder;
import com.classtag.clever.testing.district.TestDistrict;
import com.classtag.clever.testing.junit.CleverStandInExtension;
import com.classtag.clever.testing.standin.CleverStandIn;
import com.classtag.clever.testing.standin.Fault;
import java.net.URI;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * A consumer's test of reading a whole district through the real client: under every kind of fault
 * the kit injects, the read gives exactly the district's records or a typed exception, never a
 * partial roster.
 */
class ReadUnderFaultsTest {
  private static final TestDistrict DISTRICT = district();

  @RegisterExtension
  static final CleverStandInExtension CLEVER =
      CleverStandInExtension.serving(DISTRICT)
          .withClients(client -> client.pageSize(20).bodyReadTimeout(Duration.ofMillis(300)));

  static TestDistrict district() {
    DistrictBuilder b = TestDistrict.builder().seed(17).name("Cedar Falls").contactsPerStudent(2);
    b.term("Fall", LocalDate.of(2026, 8, 17), LocalDate.of(2026, 12, 18));
    b.school("Ridge High", Grade.GRADE_9, Grade.GRADE_12);
    User ada = b.teacher("Ada", "Byron");
    User lin = b.teacher("Lin", "Okoro");
    User sam = b.student("Sam", "Reyes");
    User ria = b.student("Ria", "Reyes");
    b.contact(Relationship.PARENT, sam, ria);
    b.section(
        s ->
            s.name("Algebra")
                .subject(Subject.MATH)
                .grade(Grade.GRADE_9)
                .teacher(ada)
                .coTeacher(lin)
                .students(30)
                .student(sam));
    b.section(s -> s.subject(Subject.SCIENCE).teacher(lin).students(25).student(ria).student(sam));
    b.staff("Noor", "Haddad", "Counselor");
    b.districtAdmin("Grace", "Whitfield");
    b.school("Maple Elementary", Grade.KINDERGARTEN, Grade.GRADE_5);
    b.section(s -> s.grade(Grade.GRADE_3).students(22));
    return b.build();
  }

  static Stream<Arguments> recoverableFaults() {
    return Stream.of(
        Arguments.of("429 burst", Fault.rateLimited(Duration.ofSeconds(3)).atRequest(2).times(3)),
        // A 429 with a reset paces the client without using up RetryPolicy.maxAttempts (5 by
        // default).
        Arguments.of(
            "429s past maxAttempts",
            Fault.rateLimited(Duration.ofSeconds(1)).onPath("/v3.0/terms").times(8)),
        Arguments.of("503 from a proxy", Fault.serverError(503).onPath("/v3.0/users").times(2)),
        Arguments.of("500 from Clever", Fault.serverError(500).atRequest(4)),
        Arguments.of(
            "dropped connection", Fault.dropConnection().onPath("/v3.0/sections").times(2)),
        Arguments.of(
            "body cut mid-record", Fault.truncateBody().onPath("/v3.0/users").atRequest(5)),
        Arguments.of(
            "stalled body", Fault.stallBody(Duration.ofSeconds(30)).onPath("/v3.0/users")));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("recoverableFaults")
  void readsExactlyTheDistrictThroughARecoverableFault(
      String name, Fault fault, CleverStandIn clever, CleverClient client) {
    clever.inject(fault);

    RosterSnapshot read = client.snapshot();

    assertSameRecords(read, DISTRICT.snapshot());
    assertThat(clever.journal().requests())
        .filteredOn(request -> request.fault().isPresent())
        .hasSize(fault.times());
  }

  static Stream<Arguments> terminalFaults() {
    return Stream.of(
        Arguments.of(
            Fault.loopingNextLink().onPath("/v3.0/users"), UnexpectedResponseException.class),
        Arguments.of(
            Fault.redirectTo(URI.create("http://127.0.0.1:9")).onPath("/v3.0/schools"),
            UnexpectedResponseException.class),
        // A reset beyond RetryPolicy.maxRateLimitWait (65 s by default) is not waited out.
        Arguments.of(
            Fault.rateLimited(Duration.ofSeconds(120)).onPath("/v3.0/terms").times(100),
            RateLimitedException.class),
        Arguments.of(
            Fault.serverError(502).onPath("/v3.0/courses").times(100), ServerException.class));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("terminalFaults")
  void failsWithTheTypedExceptionWhenTheFaultDoesNotPass(
      Fault fault,
      Class<? extends CleverException> expected,
      CleverStandIn clever,
      CleverClient client) {
    clever.inject(fault);

    assertThatThrownBy(client::snapshot).isInstanceOf(expected);
  }

  /** The same records, whatever order each collection came in. */
  static void assertSameRecords(RosterSnapshot actual, RosterSnapshot expected) {
    assertThat(actual.district()).isEqualTo(expected.district());
    assertThat(actual.duplicateUsers()).allMatch(DuplicateUser::identical);
    assertThat(byId(actual.schools(), s -> s.id()))
        .isEqualTo(byId(expected.schools(), s -> s.id()));
    assertThat(byId(actual.users(), User::id)).isEqualTo(byId(expected.users(), User::id));
    assertThat(byId(actual.sections(), s -> s.id()))
        .isEqualTo(byId(expected.sections(), s -> s.id()));
    assertThat(byId(actual.terms(), t -> t.id())).isEqualTo(byId(expected.terms(), t -> t.id()));
    assertThat(byId(actual.courses(), c -> c.id()))
        .isEqualTo(byId(expected.courses(), c -> c.id()));
  }

  private static <T> List<T> byId(List<T> records, Function<T, String> id) {
    return records.stream().sorted(Comparator.comparing(id)).toList();
  }
}
