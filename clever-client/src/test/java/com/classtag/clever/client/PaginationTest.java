package com.classtag.clever.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.classtag.clever.client.ClientListener.PageFetched;
import com.classtag.clever.model.School;
import com.github.tomakehurst.wiremock.WireMockServer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class PaginationTest extends ClientTestSupport {
  private static final String FIRST = "/v3.0/schools?limit=10000";

  private void page(String url, List<String> ids, String next) {
    wm.stubFor(
        get(urlEqualTo(url)).willReturn(aResponse().withBody(Json.page("schools", ids, next))));
  }

  private static List<String> ids(Iterable<School> schools) {
    List<String> out = new ArrayList<>();
    schools.forEach(s -> out.add(s.id()));
    return out;
  }

  @Test
  void followsNextLinksVerbatimUntilThereIsNone() {
    page(FIRST, List.of("a1", "a2"), "/v3.0/schools?limit=10000&starting_after=a2&extra=kept");
    page(
        "/v3.0/schools?limit=10000&starting_after=a2&extra=kept",
        List.of("a3"),
        "/v3.0/schools?starting_after=a3");
    page("/v3.0/schools?starting_after=a3", List.of("a4"), null);

    assertThat(ids(client().schools().list())).containsExactly("a1", "a2", "a3", "a4");
    assertThat(wm.getAllServeEvents()).hasSize(3);
    assertThat(listener.of(PageFetched.class))
        .extracting(PageFetched::records, PageFetched::hasNext)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(2, true),
            org.assertj.core.groups.Tuple.tuple(1, true),
            org.assertj.core.groups.Tuple.tuple(1, false));
  }

  @Test
  void keepsGoingPastEmptyPagesWhileTheyHaveANextLink() {
    page(FIRST, List.of(), "/v3.0/schools?starting_after=a7");
    page("/v3.0/schools?starting_after=a7", List.of(), "/v3.0/schools?starting_after=a8");
    page("/v3.0/schools?starting_after=a8", List.of("b1"), "/v3.0/schools?starting_after=b1");
    page("/v3.0/schools?starting_after=b1", List.of(), null);

    assertThat(ids(client().schools().list())).containsExactly("b1");
    assertThat(wm.getAllServeEvents()).hasSize(4);
  }

  @Test
  void anEmptyListingEndsAtOnce() {
    page(FIRST, List.of(), null);
    Iterator<School> it = client().schools().list().iterator();
    assertThat(it.hasNext()).isFalse();
    assertThatThrownBy(it::next).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void aRepeatedNextLinkIsAnErrorNotALoop() {
    page(FIRST, List.of("a1"), "/v3.0/schools?starting_after=a1");
    page("/v3.0/schools?starting_after=a1", List.of(), "/v3.0/schools?starting_after=a1");

    List<String> seen = new ArrayList<>();
    assertThatThrownBy(() -> client().schools().list().forEach(s -> seen.add(s.id())))
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessageContaining("repeats");
    assertThat(seen).containsExactly("a1");
    assertThat(wm.getAllServeEvents()).hasSize(2);
  }

  @Test
  void aRepeatedCursorUnderADifferentLinkIsAnError() {
    page(FIRST, List.of("a1"), "/v3.0/schools?starting_after=a1");
    page(
        "/v3.0/schools?starting_after=a1",
        List.of("a2"),
        "/v3.0/schools?limit=5&starting_after=a1");

    assertThatThrownBy(() -> client().schools().list().stream().count())
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessageContaining(
            "cursor starting_after=a1 is not beyond the earlier cursor starting_after=a1");
  }

  @Test
  void aNextLinkBackToAnEarlierCursorStopsBeforeAnyRecordIsHandedOutTwice() {
    page(FIRST, List.of("a1", "a2", "a3"), "/v3.0/schools?limit=10000&starting_after=a3");
    // Back to a1 under another limit: a new link, and a cursor never seen as a cursor, but not
    // beyond a3.
    page(
        "/v3.0/schools?limit=10000&starting_after=a3",
        List.of("a4"),
        "/v3.0/schools?limit=100&starting_after=a1");
    page("/v3.0/schools?limit=100&starting_after=a1", List.of("a2", "a3", "a4"), null);

    List<String> seen = new ArrayList<>();
    assertThatThrownBy(() -> client().schools().list().forEach(s -> seen.add(s.id())))
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessageContaining("starting_after=a1")
        .hasMessageContaining("not beyond");
    assertThat(seen).containsExactly("a1", "a2", "a3", "a4");
    assertThat(wm.getAllServeEvents()).hasSize(2);

    Page<School> second = client().schools().list().firstPage().nextPage();
    assertThatThrownBy(second::nextPage)
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessageContaining("starting_after=a1");
  }

  @Test
  void anEmptyPageWhoseNextCursorGoesBackIsRefused() {
    page(FIRST, List.of("a5"), "/v3.0/schools?starting_after=a5");
    page("/v3.0/schools?starting_after=a5", List.of(), "/v3.0/schools?starting_after=a2");
    assertThatThrownBy(() -> client().schools().list().stream().count())
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessageContaining("starting_after=a2");
  }

  @Test
  void pagesOfTenThousandRecordsAreStreamedAndTheNextPageIsFetchedOnlyWhenNeeded() {
    List<String> first =
        IntStream.range(0, 10_000).mapToObj(i -> String.format("p1-%05d", i)).toList();
    List<String> second =
        IntStream.range(0, 10_000).mapToObj(i -> String.format("p2-%05d", i)).toList();
    page(FIRST, first, "/v3.0/schools?limit=10000&starting_after=p1-09999");
    page("/v3.0/schools?limit=10000&starting_after=p1-09999", second, null);

    Iterator<School> it = client().schools().list().iterator();
    for (int i = 0; i < 10_000; i++) {
      assertThat(it.next().id()).isEqualTo(first.get(i));
    }
    assertThat(wm.getAllServeEvents()).hasSize(1);
    assertThat(it.next().id()).isEqualTo("p2-00000");
    assertThat(wm.getAllServeEvents()).hasSize(2);
    int rest = 0;
    while (it.hasNext()) {
      it.next();
      rest++;
    }
    assertThat(rest).isEqualTo(9_999);
  }

  @Test
  void nothingIsRequestedUntilTheListingIsRead() {
    page(FIRST, List.of("a1"), null);
    AutoPager<School> pager = client().schools().list();
    Stream<School> stream = pager.stream();
    assertThat(wm.getAllServeEvents()).isEmpty();
    assertThat(stream.map(School::id).collect(Collectors.toList())).containsExactly("a1");
  }

  @Test
  void eachIterationStartsTheListingAgain() {
    page(FIRST, List.of("a1", "a2"), null);
    AutoPager<School> pager = client().schools().list();
    assertThat(ids(pager)).containsExactly("a1", "a2");
    assertThat(ids(pager)).containsExactly("a1", "a2");
    assertThat(wm.getAllServeEvents()).hasSize(2);
  }

  @Test
  void resumesAfterTheLastIdSeenKeepingTheOtherParameters() {
    page("/v3.0/schools?limit=10000&starting_after=a2", List.of("a3"), null);
    assertThat(ids(client().schools().list().resumeAfter("a2"))).containsExactly("a3");

    page("/v3.0/users/u1/sections?limit=10000&starting_after=s9", List.of("s10"), null);
    assertThat(client().users().sections("u1").resumeAfter("s9").stream().map(s -> s.id()).toList())
        .containsExactly("s10");
  }

  @Test
  void closingAStreamEarlyReleasesTheConnection() {
    page(FIRST, List.of("a1", "a2", "a3"), "/v3.0/schools?starting_after=a3");
    CleverClient client = client();
    try (Stream<School> s = client.schools().list().stream()) {
      assertThat(s.findFirst()).isPresent();
      assertThat(client.openResponses()).isEqualTo(1);
    }
    assertThat(client.openResponses()).isZero();
    assertThat(wm.getAllServeEvents()).hasSize(1);
  }

  @Test
  void readingToTheEndLeavesNoResponseOpen() {
    page(FIRST, List.of("a1"), "/v3.0/schools?starting_after=a1");
    page("/v3.0/schools?starting_after=a1", List.of("a2"), null);
    CleverClient client = client();
    assertThat(ids(client.schools().list())).hasSize(2);
    assertThat(client.openResponses()).isZero();
  }

  @Test
  void pagesGiveItemsNextLinkAndLastId() {
    page(FIRST, List.of("a1", "a2"), "/v3.0/schools?starting_after=a2");
    page("/v3.0/schools?starting_after=a2", List.of(), "/v3.0/schools?starting_after=zz");
    page("/v3.0/schools?starting_after=zz", List.of("a3"), null);

    Page<School> p1 = client().schools().list().firstPage();
    assertThat(p1.items()).extracting(School::id).containsExactly("a1", "a2");
    assertThat(p1.nextLink()).contains("/v3.0/schools?starting_after=a2");
    assertThat(p1.lastId()).contains("a2");
    Page<School> p2 = p1.nextPage();
    assertThat(p2.items()).isEmpty();
    assertThat(p2.lastId()).contains("a2");
    assertThat(p1.nextPage().items()).isEmpty();
    Page<School> p3 = p2.nextPage();
    assertThat(p3.items()).extracting(School::id).containsExactly("a3");
    assertThat(p3.hasNextPage()).isFalse();
    assertThatThrownBy(p3::nextPage).isInstanceOf(NoSuchElementException.class);
  }

  @Test
  void aPageChainRefusesALoop() {
    page(FIRST, List.of("a1"), "/v3.0/schools?starting_after=a1");
    page("/v3.0/schools?starting_after=a1", List.of(), FIRST);
    Page<School> p2 = client().schools().list().firstPage().nextPage();
    assertThatThrownBy(p2::nextPage)
        .isInstanceOf(UnexpectedResponseException.class)
        .hasMessageContaining("repeats");
  }

  @Test
  void pagesCanBeFetchedAsynchronously() throws Exception {
    page(FIRST, List.of("a1"), "/v3.0/schools?starting_after=a1");
    page("/v3.0/schools?starting_after=a1", List.of("a2"), null);

    CompletableFuture<List<String>> all =
        client()
            .schools()
            .list()
            .firstPageAsync()
            .thenCompose(
                p1 ->
                    p1.nextPageAsync()
                        .thenApply(p2 -> List.of(p1.items().get(0).id(), p2.items().get(0).id())));
    assertThat(all.get(10, TimeUnit.SECONDS)).containsExactly("a1", "a2");
  }

  @Test
  void aFailedAsyncPageCompletesExceptionally() {
    wm.stubFor(get(urlEqualTo(FIRST)).willReturn(aResponse().withStatus(404)));
    CompletableFuture<Page<School>> f = client().schools().list().firstPageAsync();
    assertThatThrownBy(() -> f.get(10, TimeUnit.SECONDS))
        .hasCauseInstanceOf(NotFoundException.class);
  }

  @Test
  void thePublisherHonoursDemandAndFetchesPagesOnlyAsDemandReachesThem() throws Exception {
    page(FIRST, List.of("a1", "a2"), "/v3.0/schools?starting_after=a2");
    page("/v3.0/schools?starting_after=a2", List.of("a3"), null);

    List<String> got = new CopyOnWriteArrayList<>();
    CountDownLatch twoReceived = new CountDownLatch(2);
    CountDownLatch completed = new CountDownLatch(1);
    Flow.Subscription[] subscription = new Flow.Subscription[1];
    client()
        .schools()
        .list()
        .publisher()
        .subscribe(
            new Flow.Subscriber<School>() {
              @Override
              public void onSubscribe(Flow.Subscription s) {
                subscription[0] = s;
                s.request(2);
              }

              @Override
              public void onNext(School item) {
                got.add(item.id());
                twoReceived.countDown();
              }

              @Override
              public void onError(Throwable throwable) {
                got.add("error");
              }

              @Override
              public void onComplete() {
                completed.countDown();
              }
            });
    assertThat(twoReceived.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(got).containsExactly("a1", "a2");
    assertThat(wm.getAllServeEvents()).hasSize(1);
    subscription[0].request(5);
    assertThat(completed.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(got).containsExactly("a1", "a2", "a3");
  }

  @Test
  void thePublisherReportsFailuresAndBadDemand() throws Exception {
    wm.stubFor(get(urlEqualTo(FIRST)).willReturn(aResponse().withStatus(401)));
    List<Throwable> errors = new CopyOnWriteArrayList<>();
    CountDownLatch done = new CountDownLatch(2);
    Flow.Publisher<School> publisher = client().schools().list().publisher();
    for (long demand : new long[] {1, 0}) {
      publisher.subscribe(
          new Flow.Subscriber<School>() {
            @Override
            public void onSubscribe(Flow.Subscription s) {
              s.request(demand);
            }

            @Override
            public void onNext(School item) {}

            @Override
            public void onError(Throwable t) {
              errors.add(t);
              done.countDown();
            }

            @Override
            public void onComplete() {}
          });
    }
    assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(errors)
        .hasAtLeastOneElementOfType(UnauthorizedException.class)
        .hasAtLeastOneElementOfType(IllegalArgumentException.class);
  }

  @Test
  void aNextLinkToAnotherHostIsRefusedAndGetsNoToken() {
    WireMockServer other =
        new WireMockServer(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"));
    other.start();
    try {
      String elsewhere = "http://localhost:" + other.port() + "/v3.0/schools?starting_after=a1";
      page(FIRST, List.of("a1"), elsewhere);
      List<String> seen = new ArrayList<>();
      assertThatThrownBy(() -> client().schools().list().forEach(s -> seen.add(s.id())))
          .isInstanceOf(UnexpectedResponseException.class)
          .hasMessageContaining("host localhost")
          .hasMessageNotContaining(TOKEN);
      assertThat(seen).containsExactly("a1");
      assertThat(other.getAllServeEvents()).isEmpty();

      page(FIRST, List.of("a1"), "//evil.example/v3.0/schools");
      assertThatThrownBy(() -> client().schools().list().firstPage().nextPage())
          .isInstanceOf(UnexpectedResponseException.class)
          .hasMessageContaining("evil.example");
    } finally {
      other.stop();
    }
  }
}
