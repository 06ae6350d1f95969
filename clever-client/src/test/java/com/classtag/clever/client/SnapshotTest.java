package com.classtag.clever.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.classtag.clever.client.ClientListener.SnapshotProgress;
import com.classtag.clever.model.CleverRecord;
import com.classtag.clever.model.RosterSnapshot;
import com.github.tomakehurst.wiremock.http.Fault;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SnapshotTest extends ClientTestSupport {
  private static final List<String> COLLECTIONS =
      List.of("schools", "users", "sections", "terms", "courses");

  private void stubDistrict() {
    wm.stubFor(
        get(urlEqualTo("/v3.0/districts"))
            .willReturn(aResponse().withBody(Json.page("districts", List.of("d1"), null))));
  }

  private void stubHealthyRoster() {
    stubDistrict();
    for (String c : COLLECTIONS) {
      if (!c.equals("users")) {
        wm.stubFor(
            get(urlEqualTo("/v3.0/" + c + "?limit=10000"))
                .willReturn(
                    aResponse()
                        .withBody(
                            Json.page(
                                c,
                                List.of(c + "1", c + "2"),
                                "/v3.0/" + c + "?starting_after=" + c + "2"))));
        wm.stubFor(
            get(urlEqualTo("/v3.0/" + c + "?starting_after=" + c + "2"))
                .willReturn(aResponse().withBody(Json.page(c, List.of(c + "3"), null))));
      }
    }
    // A multi-role user listed twice (once per role page) is kept once.
    wm.stubFor(
        get(urlEqualTo("/v3.0/users?limit=10000"))
            .willReturn(
                aResponse()
                    .withBody(
                        Json.page("users", List.of("u1", "u2"), "/v3.0/users?starting_after=u2"))));
    wm.stubFor(
        get(urlEqualTo("/v3.0/users?starting_after=u2"))
            .willReturn(aResponse().withBody(Json.page("users", List.of("u2", "u3"), null))));
  }

  private static List<String> ids(List<? extends CleverRecord> records) {
    return records.stream().map(CleverRecord::id).toList();
  }

  @Test
  void readsEveryCollectionCompletely() {
    stubHealthyRoster();
    CleverClient client = client(b -> b.rateLimit(RateLimit.cleverDefault()));
    RosterSnapshot snapshot = client.snapshot();

    assertThat(snapshot.district().id()).isEqualTo("d1");
    assertThat(ids(snapshot.schools())).containsExactly("schools1", "schools2", "schools3");
    assertThat(ids(snapshot.users())).containsExactly("u1", "u2", "u3");
    // The repeat of u2 was an identical re-read: kept once, and the fact recorded.
    assertThat(snapshot.duplicateUsers())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.id()).isEqualTo("u2");
              assertThat(d.copies()).isEqualTo(2);
              assertThat(d.identical()).isTrue();
            });
    assertThat(ids(snapshot.sections())).containsExactly("sections1", "sections2", "sections3");
    assertThat(ids(snapshot.terms())).containsExactly("terms1", "terms2", "terms3");
    assertThat(ids(snapshot.courses())).containsExactly("courses1", "courses2", "courses3");
    assertThat(client.openResponses()).isZero();

    List<SnapshotProgress> progress = listener.of(SnapshotProgress.class);
    assertThat(progress)
        .filteredOn(SnapshotProgress::complete)
        .extracting(SnapshotProgress::collection, SnapshotProgress::records)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("districts", 1L),
                org.assertj.core.groups.Tuple.tuple("schools", 3L),
            org.assertj.core.groups.Tuple.tuple("users", 3L),
                org.assertj.core.groups.Tuple.tuple("sections", 3L),
            org.assertj.core.groups.Tuple.tuple("terms", 3L),
                org.assertj.core.groups.Tuple.tuple("courses", 3L));
    assertThat(progress)
        .filteredOn(p -> !p.complete() && p.collection().equals("users"))
        .extracting(SnapshotProgress::records)
        .containsExactly(2L, 3L);
  }

  @Test
  void aRepeatedUserIdWhoseCopiesDifferKeepsTheFirstAndRecordsTheOthers() {
    stubHealthyRoster();
    String teacher = "{\"data\":{\"id\":\"u2\",\"roles\":{\"teacher\":{}}}}";
    String student = "{\"data\":{\"id\":\"u2\",\"roles\":{\"student\":{}}}}";
    wm.stubFor(
        get(urlEqualTo("/v3.0/users?limit=10000"))
            .willReturn(
                aResponse()
                    .withBody(
                        "{\"data\":[{\"data\":{\"id\":\"u1\"}},"
                            + teacher
                            + "],"
                            + "\"links\":[{\"rel\":\"next\",\"uri\":\"/v3.0/users?starting_after=u2\"}]}")));
    wm.stubFor(
        get(urlEqualTo("/v3.0/users?starting_after=u2"))
            .willReturn(
                aResponse()
                    .withBody(
                        "{\"data\":["
                            + teacher
                            + ","
                            + student
                            + ",{\"data\":{\"id\":\"u3\"}}],\"links\":[]}")));

    RosterSnapshot snapshot = client().snapshot();

    assertThat(ids(snapshot.users())).containsExactly("u1", "u2", "u3");
    assertThat(snapshot.users().get(1).roles().teacher()).isPresent();
    assertThat(snapshot.duplicateUsers())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.id()).isEqualTo("u2");
              assertThat(d.copies()).isEqualTo(3);
              assertThat(d.identical()).isFalse();
              assertThat(d.differingCopies())
                  .singleElement()
                  .satisfies(u -> assertThat(u.roles().student()).isPresent());
            });
    assertThat(snapshot.toString()).contains("duplicateUsers=1");
  }

  @ParameterizedTest
  @ValueSource(strings = {"schools", "users", "sections", "terms", "courses"})
  void aFaultInTheSecondPageOfAnyCollectionFailsTheWholeSnapshot(String broken) {
    stubHealthyRoster();
    String second =
        broken.equals("users")
            ? "/v3.0/users?starting_after=u2"
            : "/v3.0/" + broken + "?starting_after=" + broken + "2";
    wm.stubFor(
        get(urlEqualTo(second))
            .willReturn(aResponse().withStatus(500).withBody("{\"message\":\"boom\"}")));
    CleverClient client = client(b -> b.retryPolicy(RetryPolicy.builder().maxAttempts(2).build()));

    assertThatThrownBy(client::snapshot)
        .isInstanceOfSatisfying(ServerException.class, e -> assertThat(e.path()).isEqualTo(second));
    assertThat(client.openResponses()).isZero();
    assertThat(listener.of(SnapshotProgress.class))
        .noneMatch(p -> p.complete() && p.collection().equals(broken));
  }

  @Test
  void aFaultReadingTheDistrictFailsTheSnapshot() {
    stubHealthyRoster();
    wm.stubFor(get(urlEqualTo("/v3.0/districts")).willReturn(aResponse().withStatus(401)));
    CleverClient client = client();
    assertThatThrownBy(client::snapshot).isInstanceOf(UnauthorizedException.class);
    assertThat(client.openResponses()).isZero();
  }

  @Test
  void aMalformedRecordInAnyCollectionFailsTheSnapshot() {
    stubHealthyRoster();
    wm.stubFor(
        get(urlEqualTo("/v3.0/terms?limit=10000"))
            .willReturn(aResponse().withBody("{\"data\":[{\"data\":{\"id\":7}}]}")));
    assertThatThrownBy(() -> client().snapshot()).isInstanceOf(InvalidDataException.class);
  }

  @Test
  void anIoFaultThatOutlastsTheRetriesFailsTheSnapshot() {
    stubHealthyRoster();
    wm.stubFor(
        get(urlEqualTo("/v3.0/courses?limit=10000"))
            .willReturn(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE)));
    assertThatThrownBy(
            () ->
                client(b -> b.retryPolicy(RetryPolicy.builder().maxAttempts(2).build())).snapshot())
        .isInstanceOf(CleverIoException.class);
  }

  @Test
  void anErrorInACollectionIsThrownAsItselfNotInAJdkWrapper() {
    stubHealthyRoster();
    OutOfMemoryError simulated = new OutOfMemoryError("simulated");
    CleverClient client =
        client(
            b ->
                b.listener(
                    new ClientListener() {
                      @Override
                      public void pageFetched(ClientListener.PageFetched event) {
                        if (event.path().startsWith("/v3.0/sections")) {
                          throw simulated;
                        }
                      }
                    }));
    assertThatThrownBy(client::snapshot).isSameAs(simulated);
    assertThat(client.openResponses()).isZero();
  }

  @Test
  void aTokenThatSeesNoDistrictCannotSnapshot() {
    stubHealthyRoster();
    wm.stubFor(
        get(urlEqualTo("/v3.0/districts"))
            .willReturn(aResponse().withBody(Json.page("districts", List.of(), null))));
    assertThatThrownBy(() -> client().snapshot())
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessageContaining("sees 0 districts");
  }

  @Test
  void severalFailuresAreReportedTogether() {
    stubHealthyRoster();
    wm.stubFor(get(urlEqualTo("/v3.0/users?limit=10000")).willReturn(aResponse().withStatus(403)));
    wm.stubFor(
        get(urlEqualTo("/v3.0/sections?limit=10000")).willReturn(aResponse().withStatus(403)));
    Throwable t = org.assertj.core.api.Assertions.catchThrowable(() -> client().snapshot());
    assertThat(t).isInstanceOf(PermissionDeniedException.class);
    assertThat(t.getSuppressed().length).isLessThanOrEqualTo(1);
  }
}
