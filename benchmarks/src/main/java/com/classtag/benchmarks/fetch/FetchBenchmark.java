package com.classtag.benchmarks.fetch;

import com.classtag.clever.client.CleverClient;
import com.classtag.clever.client.RateLimit;
import com.classtag.clever.client.UserRole;
import com.classtag.clever.client.UsersQuery;
import com.classtag.clever.model.User;
import com.classtag.clever.testing.district.GeneratedDistrict;
import com.classtag.clever.testing.district.TestDistrict;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Reads every student of the test kit's generated district ({@code /v3.0/users?role=student}, pages
 * of 10,000) over loopback from the Clever stand-in, which runs in its own JVM ({@link
 * StandInServer}):
 *
 * <ul>
 *   <li>{@code autoPager}: the SDK's {@link CleverClient} auto-pager into {@link User} models;
 *   <li>{@code httpTokens}: the baseline, the same pages fetched with {@code java.net.http} and
 *       only tokenized ({@link TokenizingFetcher});
 *   <li>{@code httpBytes}: the same pages read as bytes and thrown away, the transfer floor that
 *       shows what the stand-in and loopback cost on their own.
 * </ul>
 *
 * <p>Each score is the time of one whole listing ({@link Mode#SingleShotTime}). Run it with warm-up
 * iterations for a warmed JVM, and with {@code -wi 0 -i 1} and several forks for what a nightly job
 * sees from a fresh JVM. Each benchmark checks it read exactly {@code users} records.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 2)
@Measurement(iterations = 3)
@Fork(
    value = 1,
    jvmArgsAppend = {"-Xmx1g"})
public class FetchBenchmark {
  private static final int PAGE = 10_000;
  private static final String PATH = "/v3.0/users?role=student&limit=" + PAGE;

  /** How many students the stand-in serves. */
  @Param({"100000", "1000000"})
  public int users;

  private StandInProcess server;
  private URI base;
  private CleverClient client;
  private HttpClient http;
  private TokenizingFetcher baseline;
  private List<String> pagePaths;

  /**
   * Starts the stand-in in its own JVM and builds the clients.
   *
   * @throws IOException if the stand-in cannot be started or does not report ready
   */
  @Setup
  public void start() throws IOException {
    server = StandInProcess.start(users);
    base = server.baseUrl();
    client =
        CleverClient.builder()
            .token(StandInServer.TOKEN)
            .baseUrl(base.toString())
            .rateLimit(RateLimit.unlimited())
            .build();
    http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    baseline = new TokenizingFetcher(http, base, StandInServer.TOKEN);
    GeneratedDistrict district = TestDistrict.generate(StandInServer.SEED, users);
    pagePaths = new ArrayList<>();
    pagePaths.add(PATH);
    for (int last = PAGE - 1; last < users - 1; last += PAGE) {
      pagePaths.add(PATH + "&starting_after=" + district.studentId(last));
    }
  }

  /** Stops the stand-in and closes the client. */
  @TearDown
  public void stop() {
    client.close();
    server.close();
  }

  /**
   * Reads every student with the SDK's auto-pager.
   *
   * @param sink consumes each user
   * @return the number of users
   */
  @Benchmark
  public long autoPager(Blackhole sink) {
    long count = 0;
    for (User user : client.users().list(UsersQuery.withRole(UserRole.STUDENT))) {
      sink.consume(user);
      count++;
    }
    return expect(count);
  }

  /**
   * Reads every student with {@code java.net.http}, tokenizing only.
   *
   * @param sink consumes each name and string
   * @return the number of records
   * @throws IOException if a request fails
   * @throws InterruptedException if interrupted
   */
  @Benchmark
  public long httpTokens(Blackhole sink) throws IOException, InterruptedException {
    return expect(baseline.fetchAll(PATH, sink::consume));
  }

  /**
   * Reads every page of students as bytes and discards them. Unread bytes cannot say where the next
   * page starts, so the page paths (the {@code starting_after} cursors Clever's next links carry)
   * are worked out from the generated district's ids in the setup.
   *
   * @return the number of bytes
   * @throws IOException if a request fails
   * @throws InterruptedException if interrupted
   */
  @Benchmark
  public long httpBytes() throws IOException, InterruptedException {
    long bytes = 0;
    for (String next : pagePaths) {
      HttpRequest request =
          HttpRequest.newBuilder(base.resolve(next))
              .header("Authorization", "Bearer " + StandInServer.TOKEN)
              .GET()
              .build();
      try (InputStream body =
          http.send(request, HttpResponse.BodyHandlers.ofInputStream()).body()) {
        bytes += body.transferTo(OutputStream.nullOutputStream());
      }
    }
    return bytes;
  }

  private long expect(long count) {
    if (count != users) {
      throw new IllegalStateException("read " + count + " records, expected " + users);
    }
    return count;
  }
}
