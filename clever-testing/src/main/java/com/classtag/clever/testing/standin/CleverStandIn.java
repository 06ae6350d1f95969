package com.classtag.clever.testing.standin;

import com.classtag.clever.testing.standin.internal.CleverHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A stand-in for Clever's API on the JDK's built-in HTTP server, bound to 127.0.0.1 on a free port.
 * It speaks the v3.0 wire format on {@code /v3.0} and {@code /v3.1} paths: list envelopes with
 * {@code links}, cursor pagination with {@code limit}, {@code starting_after} and {@code
 * ending_before} (including {@code ending_before=last}), single records, {@code /me}, events,
 * several districts each seen by its own token ({@link Builder#district}), Clever's district-token
 * listing ({@link Builder#clientCredentials}), the bearer-token check with 401, 404, 413 for a
 * limit over 10,000, 400 for a bad parameter, {@code X-RateLimit-*} headers with 429 past the
 * limit, and the {@link Fault}s a test injects. Every request goes into its {@link #journal()}.
 *
 * <pre>{@code
 * try (CleverStandIn clever = CleverStandIn.builder(TestDistrict.generate(7, 1_500)).start()) {
 *   clever.inject(Fault.serverError(503).times(2));
 *   CleverClient client = CleverClient.builder().baseUrl(clever.baseUrl().toString()).token(clever.token())
 *       .build();
 *   // ... run the code under test, then assert on clever.journal() ...
 * }
 * }</pre>
 *
 * <p>Thread-safe.
 */
public final class CleverStandIn implements AutoCloseable {
  private final HttpServer server;
  private final ExecutorService executor;
  private final CleverHandler handler;
  private final String token;
  private final AtomicBoolean closed = new AtomicBoolean();

  private CleverStandIn(
      HttpServer server, ExecutorService executor, CleverHandler handler, String token) {
    this.server = server;
    this.executor = executor;
    this.handler = handler;
    this.token = token;
  }

  /**
   * Starts configuring a stand-in that serves {@code data}.
   *
   * @param data the district to serve
   * @return the builder
   * @throws NullPointerException if {@code data} is null
   */
  public static Builder builder(CleverData data) {
    return new Builder(Objects.requireNonNull(data, "data"));
  }

  /**
   * {@return the base URL clients use, such as {@code http://127.0.0.1:53117}, without a version}
   */
  public URI baseUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
  }

  /** {@return the bearer token the stand-in accepts; a test secret, not a real one} */
  public String token() {
    return token;
  }

  /**
   * {@return how many requests the stand-in has received since it started or was last reset,
   * including retries and faulted ones}
   */
  public long requestCount() {
    return handler.requestCount();
  }

  /** {@return the journal of the requests received since the stand-in started or was last reset} */
  public RequestJournal journal() {
    return handler.journal();
  }

  /**
   * Adds a fault to inject, after any already waiting: a request that several match gets the first.
   *
   * @param fault the fault, aimed with its own methods
   * @return this stand-in
   * @throws NullPointerException if {@code fault} is null
   */
  public CleverStandIn inject(Fault fault) {
    handler.inject(Objects.requireNonNull(fault, "fault"));
    return this;
  }

  /**
   * Forgets every fault (including those given to the builder), clears the journal, ends stalled
   * bodies, and numbers requests from 1 again; the district served is left as it is.
   */
  public void reset() {
    handler.reset();
  }

  /**
   * Stops serving at once, ending stalled bodies, and releases the port and threads; closing again
   * does nothing.
   */
  @Override
  public void close() {
    if (!closed.compareAndSet(false, true)) {
      return;
    }
    handler.close();
    server.stop(0);
    executor.shutdownNow();
  }

  /** Returns the base URL; never the token. */
  @Override
  public String toString() {
    return "CleverStandIn{" + baseUrl() + "}";
  }

  /** Configures and starts a {@link CleverStandIn}. Not thread-safe. */
  public static final class Builder {
    private final CleverData data;
    private String token = "stand-in-token";
    private final Map<String, CleverData> others = new LinkedHashMap<>();
    private String clientId;
    private String clientSecret;
    private Faults faults = Faults.none();
    private Clock clock = Clock.systemUTC();
    private int requestsPerMinute = 1_200;
    private int port;
    private int threads = 4;

    private Builder(CleverData data) {
      this.data = data;
    }

    /**
     * Sets the bearer token requests must carry (default {@code stand-in-token}).
     *
     * @param token the token
     * @return this builder
     * @throws IllegalArgumentException if the token is blank
     */
    public Builder token(String token) {
      if (token == null || token.isBlank()) {
        throw new IllegalArgumentException("token must not be blank");
      }
      this.token = token;
      return this;
    }

    /**
     * Serves another district to another token, as Clever does for an app many districts
     * authorized: a request with {@code token} sees only {@code district}'s records, and has its
     * own rate-limit window. The journal names the district each request's token belongs to ({@link
     * JournaledRequest#district()}).
     *
     * @param token the other district's bearer token
     * @param district the other district
     * @return this builder
     * @throws IllegalArgumentException if the token is blank, or already serves a district
     */
    public Builder district(String token, CleverData district) {
      if (token == null || token.isBlank()) {
        throw new IllegalArgumentException("token must not be blank");
      }
      if (token.equals(this.token) || others.containsKey(token)) {
        throw new IllegalArgumentException(
            "that token already serves a district; each district needs its own");
      }
      others.put(token, Objects.requireNonNull(district, "district"));
      return this;
    }

    /**
     * Serves Clever's district-token listing, {@code GET /oauth/tokens?owner_type=district}, to
     * requests with these HTTP Basic client credentials: every district the stand-in serves, each
     * with its token. Without this call, the listing answers 401 {@code invalid_client}.
     *
     * @param clientId the app's client id
     * @param clientSecret the app's client secret, a test value
     * @return this builder
     * @throws IllegalArgumentException if either is blank
     */
    public Builder clientCredentials(String clientId, String clientSecret) {
      if (clientId == null
          || clientId.isBlank()
          || clientSecret == null
          || clientSecret.isBlank()) {
        throw new IllegalArgumentException("the client id and secret must not be blank");
      }
      this.clientId = clientId;
      this.clientSecret = clientSecret;
      return this;
    }

    /**
     * Sets the faults to inject from the start (default none); {@link CleverStandIn#inject} adds
     * more later.
     *
     * @param faults the faults
     * @return this builder
     */
    public Builder faults(Faults faults) {
      this.faults = Objects.requireNonNull(faults, "faults");
      return this;
    }

    /**
     * Sets the clock rate-limit windows and {@code X-RateLimit-Reset} values come from (default
     * UTC).
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the rate limit per token per minute (default 1,200, Clever's).
     *
     * @param requestsPerMinute at least 1
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder requestsPerMinute(int requestsPerMinute) {
      if (requestsPerMinute < 1) {
        throw new IllegalArgumentException(
            "requestsPerMinute must be at least 1, was " + requestsPerMinute);
      }
      this.requestsPerMinute = requestsPerMinute;
      return this;
    }

    /**
     * Sets the port to listen on (default 0: a free port the system picks).
     *
     * @param port 0 to 65535
     * @return this builder
     * @throws IllegalArgumentException if out of range
     */
    public Builder port(int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("port must be from 0 to 65535, was " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * Starts the server on 127.0.0.1.
     *
     * @return the running stand-in; close it to stop
     * @throws UncheckedIOException if the port cannot be bound
     */
    public CleverStandIn start() {
      if (others.containsKey(token)) {
        throw new IllegalArgumentException(
            "the main token also serves another district; each needs its own");
      }
      Map<String, CleverData> districts = new LinkedHashMap<>();
      districts.put(token, data);
      districts.putAll(others);
      CleverHandler handler = new CleverHandler(districts, faults, clock, requestsPerMinute);
      if (clientId != null) {
        handler.clientCredentials(clientId, clientSecret);
      }
      ExecutorService executor = Executors.newFixedThreadPool(threads, daemonThreads());
      try {
        HttpServer server =
            HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
        server.createContext("/", handler);
        server.setExecutor(executor);
        server.start();
        return new CleverStandIn(server, executor, handler, token);
      } catch (IOException e) {
        executor.shutdownNow();
        throw new UncheckedIOException(
            "cannot listen on 127.0.0.1:" + port + ": " + e.getMessage(), e);
      }
    }

    private static ThreadFactory daemonThreads() {
      AtomicInteger count = new AtomicInteger();
      return runnable -> {
        Thread thread = new Thread(runnable, "clever-stand-in-" + count.incrementAndGet());
        thread.setDaemon(true);
        return thread;
      };
    }
  }
}
