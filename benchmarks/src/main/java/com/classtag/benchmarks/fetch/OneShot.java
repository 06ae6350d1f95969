package com.classtag.benchmarks.fetch;

import com.classtag.clever.client.CleverClient;
import com.classtag.clever.client.RateLimit;
import com.classtag.clever.client.UserRole;
import com.classtag.clever.client.UsersQuery;
import com.classtag.clever.model.User;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.net.URI;
import java.net.http.HttpClient;
import java.util.Locale;

/**
 * One child JVM of {@link ColdStart}: reads every student from a running stand-in PASSES times,
 * with the auto-pager or the tokenizing baseline, prints {@code PASS <wall ms> <main thread CPU ms>
 * <process CPU ms>} for each listing and exits. The first pass counts from {@code main}, so it
 * includes building the client, as a one-shot job pays it; process CPU includes the JIT's and the
 * collector's threads.
 *
 * <p>Usage: {@code OneShot autoPager|httpTokens BASE-URL USERS PASSES}
 */
public final class OneShot {
  private static final String PATH = "/v3.0/users?role=student&limit=10000";

  /** Where each record and token escapes to, so that the JIT cannot drop the work that made it. */
  private static Object escaped;

  private OneShot() {}

  /**
   * Reads the listing.
   *
   * @param args the variant, the stand-in's base URL, the expected user count and the number of
   *     passes
   * @throws Exception if a listing fails or reads the wrong number of users
   */
  public static void main(String[] args) throws Exception {
    String variant = args[0];
    URI base = URI.create(args[1]);
    long users = Long.parseLong(args[2]);
    int passes = Integer.parseInt(args[3]);
    long start = System.nanoTime();
    if (variant.equals("autoPager")) {
      try (CleverClient client =
          CleverClient.builder()
              .token(StandInServer.TOKEN)
              .baseUrl(base.toString())
              .rateLimit(RateLimit.unlimited())
              .build()) {
        for (int p = 0; p < passes; p++) {
          long count = 0;
          for (User user : client.users().list(UsersQuery.withRole(UserRole.STUDENT))) {
            escaped = user;
            count++;
          }
          start = pass(start, count, users);
        }
      }
    } else if (variant.equals("httpTokens")) {
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      TokenizingFetcher fetcher = new TokenizingFetcher(http, base, StandInServer.TOKEN);
      for (int p = 0; p < passes; p++) {
        long count = fetcher.fetchAll(PATH, token -> escaped = token);
        start = pass(start, count, users);
      }
    } else {
      throw new IllegalArgumentException("expected autoPager or httpTokens, was " + variant);
    }
  }

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
  private static final com.sun.management.OperatingSystemMXBean OS =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private static long threadCpu;
  private static long processCpu;

  private static long pass(long start, long count, long users) {
    if (count != users) {
      throw new IllegalStateException("read " + count + " records, expected " + users);
    }
    long now = System.nanoTime();
    long thread = THREADS.getCurrentThreadCpuTime();
    long process = OS.getProcessCpuTime();
    System.out.println(
        String.format(
            Locale.ROOT,
            "PASS %.1f %.1f %.1f",
            (now - start) / 1e6,
            (thread - threadCpu) / 1e6,
            (process - processCpu) / 1e6));
    threadCpu = thread;
    processCpu = process;
    return now;
  }
}
