package com.classtag.clever.client.incremental;

import static com.classtag.clever.client.incremental.DistrictStubs.EVENTS_T0_T1;
import static com.classtag.clever.client.incremental.DistrictStubs.T0;
import static com.classtag.clever.client.incremental.DistrictStubs.T1;
import static com.classtag.clever.client.incremental.DistrictStubs.eventsAfter;
import static com.classtag.clever.client.incremental.DistrictStubs.latestEvent;
import static com.classtag.clever.client.incremental.DistrictStubs.roster;
import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;
import static com.github.tomakehurst.wiremock.client.WireMock.urlMatching;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.classtag.clever.client.CleverClient;
import com.classtag.clever.client.RateLimit;
import com.classtag.clever.client.RetryPolicy;
import com.classtag.clever.client.ServerException;
import com.classtag.clever.client.UnauthorizedException;
import com.classtag.clever.model.RosterSnapshot;
import com.classtag.clever.model.baseline.Baseline;
import com.classtag.clever.model.baseline.BaselineHeader;
import com.classtag.clever.model.events.SkipReason;
import com.classtag.clever.model.events.SkippedEvent;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import com.github.tomakehurst.wiremock.stubbing.ServeEvent;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

class IncrementalSyncTest {
  private static final Instant T0_TIME = Instant.parse("2024-01-15T10:00:00Z");

  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
          .build();

  @TempDir Path dir;

  private final MutableClock clock = new MutableClock(T0_TIME);
  private CleverClient client;

  private CleverClient client() {
    if (client == null) {
      client =
          CleverClient.builder()
              .token("test-token-0123456789")
              .baseUrl("http://127.0.0.1:" + wm.getPort())
              .clock(clock)
              .sleeper(d -> {})
              .rateLimit(RateLimit.unlimited())
              .retryPolicy(RetryPolicy.none())
              .build();
    }
    return client;
  }

  @AfterEach
  void closeClient() {
    if (client != null) {
      client.close();
    }
  }

  private Path file() {
    return dir.resolve("district.baseline.gz");
  }

  private SyncOutcome run() {
    return IncrementalSync.builder()
        .client(client())
        .baselineFile(file())
        .clock(clock)
        .build()
        .run();
  }

  private Baseline saved() {
    return BaselineFile.at(file()).load().orElseThrow();
  }

  /** Runs a first, full sync at t0 with cursor e5, leaving a baseline. */
  private SyncOutcome baselineAtT0() {
    roster(wm, T0);
    latestEvent(wm, "e5");
    SyncOutcome first = run();
    wm.resetRequests();
    return first;
  }

  private long requestsTo(String urlRegex) {
    return wm.findAll(getRequestedFor(urlMatching(urlRegex))).size();
  }

  @Test
  void theFirstRunReadsEverythingWithACursorTakenBeforeTheRead() {
    roster(wm, T0);
    latestEvent(wm, "e5");

    SyncOutcome outcome = run();

    assertThat(outcome.path()).isEqualTo(SyncPath.FULL_READ);
    assertThat(outcome.fullReadReason()).contains(FullReadReason.NO_BASELINE);
    assertThat(outcome.detail())
        .startsWith("there is no baseline file: nothing at " + file())
        .endsWith("read the whole district with cursor e5");
    assertThat(outcome.events()).isEmpty();
    assertThat(outcome.roster()).isEqualTo(client().snapshot());
    assertThat(outcome.header())
        .isEqualTo(
            BaselineHeader.builder()
                .apiVersion("v3.0")
                .districtId("d1")
                .takenAt(T0_TIME)
                .eventsCursor("e5")
                .build());
    assertThat(saved()).isEqualTo(Baseline.of(outcome.header(), outcome.roster()));
    List<ServeEvent> requests = wm.getAllServeEvents(); // newest first
    assertThat(requests.get(requests.size() - 1).getRequest().getUrl())
        .isEqualTo("/v3.0/events?ending_before=last&limit=1");
  }

  @Test
  void theNextRunAppliesEventsAndEqualsAFullReadAtT1() {
    baselineAtT0();
    eventsAfter(wm, "e5", EVENTS_T0_T1);
    clock.advance(Duration.ofDays(1));

    SyncOutcome outcome = run();

    assertThat(outcome.path()).isEqualTo(SyncPath.EVENTS);
    assertThat(outcome.fullReadReason()).isEmpty();
    assertThat(requestsTo("/v3.0/(districts|schools|users|sections|terms|courses).*")).isZero();
    assertThat(outcome.detail())
        .isEqualTo("applied 4 of 6 events after cursor e5 (2 skipped); the new cursor is e11");
    assertThat(outcome.events().orElseThrow().skipped())
        .extracting(SkippedEvent::reason)
        .containsExactly(SkipReason.NOT_IN_ROSTER, SkipReason.UNKNOWN_RECORD_TYPE);
    assertThat(outcome.header().eventsCursor()).contains("e11");
    assertThat(outcome.header().takenAt()).isEqualTo(T0_TIME.plus(Duration.ofDays(1)));
    assertThat(saved()).isEqualTo(Baseline.of(outcome.header(), outcome.roster()));

    roster(wm, T1);
    assertThat(outcome.roster()).isEqualTo(client().snapshot());
  }

  @Test
  void anyStoreServesAndARunThatLostTheRaceSavesNothing() {
    InMemoryBaselineStore store = new InMemoryBaselineStore();
    roster(wm, T0);
    latestEvent(wm, "e5");
    IncrementalSync sync =
        IncrementalSync.builder().client(client()).baselineStore(store).clock(clock).build();
    assertThat(sync.run().detail()).startsWith("there is no baseline file: nothing at memory");
    assertThat(store.isEmpty()).isFalse();

    eventsAfter(wm, "e5", EVENTS_T0_T1);
    clock.advance(Duration.ofDays(1));
    assertThat(sync.run().path()).isEqualTo(SyncPath.EVENTS);

    // Another worker saves between this run's load and save: this run's save is refused.
    BaselineStore racing =
        new BaselineStore() {
          @Override
          public java.util.Optional<StoredBaseline> open() {
            java.util.Optional<StoredBaseline> loaded = store.open();
            store.save(
                java.util.Optional.of(loaded.orElseThrow().version()),
                out -> out.write(new byte[] {1}));
            return loaded;
          }

          @Override
          public void save(java.util.Optional<String> expected, Content content) {
            store.save(expected, content);
          }

          @Override
          public String describe() {
            return store.describe();
          }
        };
    IncrementalSync loser =
        IncrementalSync.builder().client(client()).baselineStore(racing).clock(clock).build();
    eventsAfter(wm, "e11", EVENTS_T0_T1.subList(0, 1));
    assertThatThrownBy(loser::run)
        .isInstanceOf(BaselineConflictException.class)
        .hasMessageContaining("another run synced the same district");
  }

  @Test
  void eventsAlreadyReflectedByTheBaselineChangeNothing() {
    // The cursor is taken before the full read, so the read may already hold the events after it.
    roster(wm, T1);
    latestEvent(wm, "e5");
    RosterSnapshot t1 = run().roster();
    eventsAfter(wm, "e5", EVENTS_T0_T1);

    SyncOutcome replay = run();

    assertThat(replay.path()).isEqualTo(SyncPath.EVENTS);
    assertThat(replay.roster()).isEqualTo(t1);
  }

  @Test
  void withoutNewEventsTheBaselineFileIsLeftAsItIs() throws IOException {
    SyncOutcome first = baselineAtT0();
    byte[] before = Files.readAllBytes(file());
    eventsAfter(wm, "e5", List.of());
    clock.advance(Duration.ofHours(20));

    SyncOutcome outcome = run();

    assertThat(outcome.path()).isEqualTo(SyncPath.EVENTS);
    assertThat(outcome.detail()).startsWith("no events after cursor e5");
    assertThat(outcome.header()).isEqualTo(first.header());
    assertThat(outcome.roster()).isEqualTo(first.roster());
    assertThat(Files.readAllBytes(file())).isEqualTo(before);
  }

  @Test
  void aBaselineOlderThanTheEventRetentionIsReadInFull() {
    baselineAtT0();
    eventsAfter(wm, "e5", EVENTS_T0_T1);
    roster(wm, T1);
    latestEvent(wm, "e11");
    clock.advance(Duration.ofDays(30).plusSeconds(1));

    SyncOutcome outcome = run();

    assertThat(outcome.fullReadReason()).contains(FullReadReason.CURSOR_TOO_OLD);
    assertThat(outcome.detail()).contains("taken at 2024-01-15T10:00:00Z, 30 days ago");
    assertThat(requestsTo("/v3.0/events/e5")).isZero();
    assertThat(saved().header().eventsCursor()).contains("e11");
    assertThat(saved().header().takenAt()).isEqualTo(clock.instant());
  }

  @Test
  void aBaselineExactlyAsOldAsTheRetentionStillUsesEvents() {
    baselineAtT0();
    eventsAfter(wm, "e5", EVENTS_T0_T1);
    clock.advance(IncrementalSync.EVENT_RETENTION);

    assertThat(run().path()).isEqualTo(SyncPath.EVENTS);
  }

  @Test
  void aCursorCleverNoLongerKnowsLeadsToAFullReadWithAFreshCursor() {
    baselineAtT0();
    wm.stubFor(
        get(urlEqualTo("/v3.0/events/e5"))
            .willReturn(
                aResponse().withStatus(404).withBody("{\"message\":\"Resource not found\"}")));
    roster(wm, T1);
    latestEvent(wm, "e42");
    clock.advance(Duration.ofDays(3));

    SyncOutcome outcome = run();

    assertThat(outcome.path()).isEqualTo(SyncPath.FULL_READ);
    assertThat(outcome.fullReadReason()).contains(FullReadReason.CURSOR_EXPIRED);
    assertThat(outcome.detail())
        .isEqualTo(
            "Clever no longer knows the baseline's events cursor: Clever no longer "
                + "knows events cursor e5; read the whole district with cursor e42");
    assertThat(outcome.roster()).isEqualTo(client().snapshot());
    assertThat(saved().header().eventsCursor()).contains("e42");
  }

  @Test
  void aCorruptBaselineLeadsToAFullReadNamingTheLine() throws IOException {
    Files.write(file(), "not a baseline at all".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    roster(wm, T0);
    latestEvent(wm, "e5");

    SyncOutcome outcome = run();

    assertThat(outcome.fullReadReason()).contains(FullReadReason.BASELINE_UNREADABLE);
    assertThat(outcome.detail())
        .startsWith("the baseline file cannot be read: baseline line 1: not valid gzip");
    assertThat(saved().header().eventsCursor()).contains("e5");
  }

  @Test
  void aTruncatedBaselineLeadsToAFullRead() throws IOException {
    baselineAtT0();
    byte[] whole = Files.readAllBytes(file());
    Files.write(file(), Arrays.copyOf(whole, whole.length / 2));

    SyncOutcome outcome = run();

    assertThat(outcome.fullReadReason()).contains(FullReadReason.BASELINE_UNREADABLE);
    assertThat(outcome.detail()).contains("truncated");
    assertThat(saved().roster()).isEqualTo(outcome.roster());
  }

  @Test
  void aBaselineOfAnotherApiVersionOrWithoutCursorIsReadInFull() {
    SyncOutcome first = baselineAtT0();
    BaselineFile.at(file())
        .save(
            Baseline.of(
                BaselineHeader.builder().from(first.header()).apiVersion("v3.1").build(),
                first.roster()));

    SyncOutcome otherVersion = run();
    assertThat(otherVersion.fullReadReason()).contains(FullReadReason.API_VERSION_CHANGED);
    assertThat(otherVersion.detail()).contains("read with v3.1, this client speaks v3.0");

    BaselineFile.at(file())
        .save(
            Baseline.of(
                BaselineHeader.builder()
                    .from(first.header())
                    .eventsCursor(Optional.empty())
                    .build(),
                first.roster()));
    assertThat(run().fullReadReason()).contains(FullReadReason.NO_CURSOR);
  }

  @Test
  void withoutEventsToTakeACursorFromTheBaselineHasNone() {
    roster(wm, T0);
    wm.stubFor(
        get(urlEqualTo("/v3.0/events?ending_before=last&limit=1"))
            .willReturn(aResponse().withBody("{\"data\":[],\"links\":[]}")));

    SyncOutcome outcome = run();

    assertThat(outcome.header().eventsCursor()).isEmpty();
    assertThat(outcome.detail())
        .endsWith(
            "cursor none; there are no events to take a cursor from, so the next run "
                + "reads everything again");
    assertThat(run().fullReadReason()).contains(FullReadReason.NO_CURSOR);
  }

  @Test
  void anEventsApiTheTokenMayNotUseStillGivesTheRoster() {
    roster(wm, T0);
    wm.stubFor(
        get(urlEqualTo("/v3.0/events?ending_before=last&limit=1"))
            .willReturn(
                aResponse().withStatus(403).withBody("{\"message\":\"Events are not enabled\"}")));

    SyncOutcome outcome = run();

    assertThat(outcome.path()).isEqualTo(SyncPath.FULL_READ);
    assertThat(outcome.detail()).contains("the Events API is not available to this token (403)");
    assertThat(saved().header().eventsCursor()).isEmpty();
  }

  @Test
  void anInvalidTokenFailsWithoutWritingAnything() {
    roster(wm, T0);
    wm.stubFor(
        get(urlEqualTo("/v3.0/events?ending_before=last&limit=1"))
            .willReturn(aResponse().withStatus(401).withBody("{\"message\":\"Invalid token\"}")));

    assertThatThrownBy(this::run).isInstanceOf(UnauthorizedException.class);
    assertThat(file()).doesNotExist();
  }

  @Test
  void aFailedEventsReadLeavesTheBaselineUntouched() throws IOException {
    baselineAtT0();
    byte[] before = Files.readAllBytes(file());
    eventsAfter(wm, "e5", EVENTS_T0_T1);
    wm.stubFor(
        get(urlEqualTo("/v3.0/events?limit=10000&starting_after=e5"))
            .willReturn(aResponse().withStatus(500).withBody("{\"message\":\"boom\"}")));

    assertThatThrownBy(this::run).isInstanceOf(ServerException.class);
    assertThat(Files.readAllBytes(file())).isEqualTo(before);
  }

  @Test
  void aFailedFullReadSavesNothing() {
    roster(wm, T0);
    latestEvent(wm, "e5");
    wm.stubFor(get(urlEqualTo("/v3.0/users?limit=10000")).willReturn(aResponse().withStatus(500)));

    assertThatThrownBy(this::run).isInstanceOf(ServerException.class);
    assertThat(file()).doesNotExist();
  }

  @Test
  void aCrashDuringTheSaveLeavesThePreviousBaselineReadable() throws IOException {
    SyncOutcome first = baselineAtT0();
    eventsAfter(wm, "e5", EVENTS_T0_T1);
    BaselineFile failing = BaselineFile.withSink(file(), out -> new FailAfter(out, 64));

    IncrementalSync sync =
        IncrementalSync.builder().client(client()).baselineStore(failing).clock(clock).build();

    assertThatThrownBy(sync::run)
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("cannot save baseline file")
        .hasRootCauseMessage("simulated crash");
    assertThat(saved()).isEqualTo(Baseline.of(first.header(), first.roster()));
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files).containsExactly(file());
    }
  }

  /** Passes {@code limit} bytes through, then fails as a crashing disk or process would. */
  static final class FailAfter extends OutputStream {
    private final OutputStream out;
    private long left;

    FailAfter(OutputStream out, long limit) {
      this.out = out;
      this.left = limit;
    }

    @Override
    public void write(int b) throws IOException {
      if (left-- <= 0) {
        throw new IOException("simulated crash");
      }
      out.write(b);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
      for (int i = 0; i < len; i++) {
        write(b[off + i]);
      }
    }

    @Override
    public void flush() throws IOException {
      out.flush();
    }
  }
}
