package com.classtag.benchmarks.fetch;

import com.classtag.clever.testing.district.TestDistrict;
import com.classtag.clever.testing.standin.CleverStandIn;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/**
 * Runs the test kit's Clever stand-in, serving a generated district at a size, in its own JVM, so
 * the benchmark JVM's heap and CPU time hold the client only. It warms its own JIT by serving a few
 * pages to itself, prints {@code READY <base-url>} on standard output, and stops when standard
 * input closes (when the benchmark that started it ends or dies).
 *
 * <p>Its rate limit is lifted: the benchmark measures throughput, not Clever's 1,200 requests a
 * minute.
 */
public final class StandInServer {
  /** The bearer token the stand-in accepts. */
  public static final String TOKEN = "benchmark-token";

  /**
   * The seed of the served district: the examples' demo seed, so figures stay comparable with the
   * runs recorded before the stand-in moved to the test kit.
   */
  public static final long SEED = 20_260_814L;

  private static final int WARM_UP_PAGES = 4;

  private StandInServer() {}

  /**
   * Starts serving.
   *
   * @param args the number of students
   * @throws Exception if the server cannot start or warm up
   */
  public static void main(String[] args) throws Exception {
    int students = Integer.parseInt(args[0]);
    try (CleverStandIn standIn =
        CleverStandIn.builder(TestDistrict.generate(SEED, students))
            .token(TOKEN)
            .requestsPerMinute(Integer.MAX_VALUE)
            .start()) {
      warmUp(standIn.baseUrl());
      System.out.println("READY " + standIn.baseUrl());
      System.out.flush();
      while (System.in.read() >= 0) {
        // Runs until the parent closes the pipe.
      }
    }
  }

  private static void warmUp(URI base) throws IOException, InterruptedException {
    HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    for (int i = 0; i < WARM_UP_PAGES; i++) {
      HttpRequest request =
          HttpRequest.newBuilder(base.resolve("/v3.0/users?role=student&limit=10000"))
              .header("Authorization", "Bearer " + TOKEN)
              .build();
      try (InputStream body =
          http.send(request, HttpResponse.BodyHandlers.ofInputStream()).body()) {
        body.transferTo(OutputStream.nullOutputStream());
      }
    }
  }
}
