package com.classtag.clever.client;

import com.classtag.clever.client.internal.ClientRuntime;
import com.classtag.clever.client.internal.Failures;
import com.classtag.clever.client.internal.GsonVersion;
import com.classtag.clever.client.internal.JdkTransport;
import com.classtag.clever.client.internal.Listeners;
import com.classtag.clever.client.internal.OpenResponses;
import com.classtag.clever.client.internal.Origin;
import com.classtag.clever.client.internal.RateLimiter;
import com.classtag.clever.client.internal.Requester;
import com.classtag.clever.client.internal.Retrier;
import com.classtag.clever.client.internal.RetryingTransport;
import com.classtag.clever.client.internal.Seams;
import com.classtag.clever.client.internal.Secret;
import com.classtag.clever.client.internal.SnapshotReader;
import com.classtag.clever.client.internal.TransportSettings;
import com.classtag.clever.model.CleverJson;
import com.classtag.clever.model.Me;
import com.classtag.clever.model.RosterSnapshot;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;

/**
 * A client of Clever's Data API and Events API, v3.0 or v3.1, on {@code java.net.http}.
 *
 * <pre>{@code
 * try (CleverClient client = CleverClient.builder().token(token).build()) {
 *   for (User teacher : client.users().list(UsersQuery.withRole(UserRole.TEACHER))) { ... }
 *   Section section = client.sections().get(sectionId);
 * }
 * }</pre>
 *
 * <p>Endpoints are grouped by resource ({@link #users()}, {@link #sections()} ...). Single records
 * are read at once; listings return a lazy {@link AutoPager}. Calls are retried, rate-limited and
 * bounded in time as the {@link RetryPolicy} and {@link RateLimit} say; failures are {@link
 * CleverException}s.
 *
 * <p>Thread-safe: one client serves many concurrent callers, sharing one connection pool, one rate
 * limit and one retry budget. For many districts, make one client and a {@link #withToken view} per
 * district token ({@link DistrictTokens} lists them): views share the pool and threads, and each
 * has its own rate limit and retry budget. Close it when done: closing releases open responses and
 * the threads the client created (an {@code HttpClient} or executor given to the builder is not
 * closed). The token is never shown by {@code toString}, an exception or a listener event, and is
 * sent only to the base URL's origin.
 */
public final class CleverClient implements AutoCloseable {
  private final Shared shared;
  private final boolean view;
  private final Requester requester;
  private final JdkTransport transport;
  private final Districts districts;
  private final Schools schools;
  private final Users users;
  private final Sections sections;
  private final Terms terms;
  private final Courses courses;
  private final Resources resources;
  private final Events events;

  private CleverClient(Builder b) {
    Origin origin = Origin.parse(b.baseUrl);
    ExecutorService owned =
        b.executor == null
            ? Executors.newCachedThreadPool(daemonThreads("clever-client-async"))
            : null;
    HttpClient http =
        b.httpClient != null
            ? b.httpClient
            : HttpClient.newBuilder()
                .connectTimeout(b.connectTimeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(
                    origin.isPlainHttp() ? HttpClient.Version.HTTP_1_1 : HttpClient.Version.HTTP_2)
                .build();
    Secret token = new Secret(b.token);
    JdkTransport root =
        new JdkTransport(
            http,
            new TransportSettings(
                origin,
                token,
                b.requestTimeout,
                b.bodyReadTimeout,
                b.responseLimits.maxResponseBytes()),
            new OpenResponses());
    this.shared = new Shared(b, origin, owned, root);
    this.view = false;
    this.transport = root;
    this.requester = shared.requester(root, token);
    this.districts = new Districts(requester);
    this.schools = new Schools(requester);
    this.users = new Users(requester);
    this.sections = new Sections(requester);
    this.terms = new Terms(requester);
    this.courses = new Courses(requester);
    this.resources = new Resources(requester);
    this.events = new Events(requester);
  }

  private CleverClient(Shared shared, Secret token) {
    this.shared = shared;
    this.view = true;
    this.transport = shared.rootTransport.withToken(token);
    this.requester = shared.requester(transport, token);
    this.districts = new Districts(requester);
    this.schools = new Schools(requester);
    this.users = new Users(requester);
    this.sections = new Sections(requester);
    this.terms = new Terms(requester);
    this.courses = new Courses(requester);
    this.resources = new Resources(requester);
    this.events = new Events(requester);
  }

  /**
   * Returns a client for another token, such as another district's: a view of this client that
   * shares its connection pool, executor and listener, and has its own rate limit and retry budget
   * (Clever limits each token separately, so one district's 429s never slow another's reads).
   * Creating one is cheap and starts no thread; a backend serving many districts makes one root
   * client and a view per district.
   *
   * <p>Closing the root client closes every view. Closing a view only makes that view refuse later
   * calls; the root and the other views go on.
   *
   * @param token the other token, such as {@link DistrictToken#accessToken()}'s value
   * @return the view
   * @throws IllegalArgumentException if the token is blank or has whitespace
   * @throws IllegalStateException if this client (or its root) is closed
   */
  public CleverClient withToken(String token) {
    Secret secret = new Secret(token);
    if (shared.closed.get()) {
      throw new IllegalStateException("the CleverClient is closed");
    }
    return new CleverClient(shared, secret);
  }

  /**
   * Returns a client for a district token from {@link DistrictTokens}; see {@link
   * #withToken(String)}.
   *
   * @param token the district's token
   * @return the view
   * @throws IllegalStateException if this client (or its root) is closed
   */
  public CleverClient withToken(DistrictToken token) {
    return withToken(token.accessToken().reveal());
  }

  /** {@return a builder; only the token is required} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a client configured from the environment: the token from {@code CLEVER_TOKEN}, the base
   * URL from {@code CLEVER_BASE_URL} if set; every other setting at its default.
   *
   * @return the client
   * @throws IllegalStateException if {@code CLEVER_TOKEN} is not set
   * @throws IllegalArgumentException if {@code CLEVER_BASE_URL} is not an acceptable base URL
   */
  public static CleverClient fromEnv() {
    return builder().fromEnv().build();
  }

  /** {@return the {@code /districts} endpoints} */
  public Districts districts() {
    return districts;
  }

  /** {@return the {@code /schools} endpoints} */
  public Schools schools() {
    return schools;
  }

  /** {@return the {@code /users} endpoints} */
  public Users users() {
    return users;
  }

  /** {@return the {@code /sections} endpoints} */
  public Sections sections() {
    return sections;
  }

  /** {@return the {@code /terms} endpoints} */
  public Terms terms() {
    return terms;
  }

  /** {@return the {@code /courses} endpoints} */
  public Courses courses() {
    return courses;
  }

  /** {@return the {@code /resources} endpoints} */
  public Resources resources() {
    return resources;
  }

  /** {@return the Events API} */
  public Events events() {
    return events;
  }

  /**
   * Reads who the token belongs to: {@code GET /me}.
   *
   * @return the token's owner
   * @throws CleverException if the call fails
   */
  public Me me() {
    return requester.get(requester.resource("/me"), CleverJson.ME);
  }

  /**
   * Reads everything a roster sync needs from the token's district: the district, its schools,
   * users of every role (a user with several roles appears once), sections, terms and courses. The
   * collections are read at the same time on the client's executor, within the client's rate limit;
   * progress is reported to the listener's {@link ClientListener#snapshotProgress}.
   *
   * <p>All or nothing: it returns only when every collection was read completely. If any fails, the
   * others are stopped, and the first failure is thrown (the others suppressed in it); nothing
   * partial is returned.
   *
   * @return the complete snapshot
   * @throws CleverException the first failure of any collection
   * @throws UnexpectedResponseException if the token sees other than exactly one district
   * @throws java.util.concurrent.CancellationException if the calling thread is interrupted while
   *     waiting
   */
  public RosterSnapshot snapshot() {
    return new SnapshotReader(requester).read();
  }

  /** {@return the API version this client speaks} */
  public ApiVersion apiVersion() {
    return shared.version;
  }

  /**
   * Returns how many responses are open, of this client and its views; for tests that check nothing
   * leaks.
   */
  int openResponses() {
    return transport.openResponses().count();
  }

  /**
   * Closes the client. A root client: later calls of it and of every view throw {@link
   * IllegalStateException}, open responses are closed (an iterator reading one fails), and the
   * threads the client created stop. A view (from {@link #withToken}): only later calls of this
   * view throw; what it shares stays open. Idempotent. On Java 17 an {@code HttpClient} has no
   * {@code close()}; the one the builder created is released when it is garbage.
   */
  @Override
  public void close() {
    requester.close();
    if (view) {
      return;
    }
    shared.closed.set(true);
    transport.openResponses().closeAll();
    if (shared.ownedExecutor != null) {
      shared.ownedExecutor.shutdownNow();
    }
  }

  @Override
  public String toString() {
    return "CleverClient{"
        + shared.origin
        + "/"
        + shared.version.pathSegment()
        + (view ? ", view" : "")
        + "}";
  }

  /**
   * What a root client and its views share; each view adds its own token, rate limit and retry
   * budget.
   */
  private static final class Shared {
    private final Origin origin;
    private final ApiVersion version;
    private final int pageSize;
    private final ResponseLimits limits;
    private final RetryPolicy retryPolicy;
    private final RateLimit rateLimit;
    private final Seams seams;
    private final Listeners listeners;
    private final Clock clock;
    private final ExecutorService ownedExecutor;
    private final ExecutorService executor;
    private final JdkTransport rootTransport;
    private final AtomicBoolean closed = new AtomicBoolean();

    Shared(Builder b, Origin origin, ExecutorService ownedExecutor, JdkTransport rootTransport) {
      this.origin = origin;
      this.version = b.version;
      this.pageSize = b.pageSize;
      this.limits = b.responseLimits;
      this.retryPolicy = b.retryPolicy;
      this.rateLimit = b.rateLimit;
      this.seams = new Seams(b.clock, b.sleeper, b.random);
      this.listeners = new Listeners(b.listeners());
      this.clock = b.clock;
      this.ownedExecutor = ownedExecutor;
      this.executor = ownedExecutor != null ? ownedExecutor : b.executor;
      this.rootTransport = rootTransport;
    }

    /**
     * Builds the per-token machinery: a rate limiter and retrier of its own over the shared
     * transport.
     */
    Requester requester(JdkTransport transport, Secret token) {
      Retrier.Wiring wiring =
          new Retrier.Wiring(seams, listeners, new RateLimiter(rateLimit, seams));
      Retrier retrier = new Retrier(retryPolicy, wiring);
      return new Requester(
          new RetryingTransport(transport, retrier, wiring),
          new ClientRuntime(
              origin,
              version,
              pageSize,
              limits,
              retrier,
              new Failures(token, clock),
              listeners,
              seams,
              executor),
          closed);
    }
  }

  private static ThreadFactory daemonThreads(String prefix) {
    AtomicInteger n = new AtomicInteger();
    return r -> {
      Thread t = new Thread(r, prefix + "-" + n.incrementAndGet());
      t.setDaemon(true);
      return t;
    };
  }

  /**
   * Builds a {@link CleverClient}. Only {@link #token} is required. Not thread-safe.
   *
   * <p>Defaults: base URL {@code https://api.clever.com}, {@link ApiVersion#V3_0}, page size 10,000
   * (Clever's maximum), connect timeout 10 s, request timeout (until response headers) 30 s, body
   * read timeout 60 s, {@link RetryPolicy#defaults()}, {@link RateLimit#cleverDefault()} (1,200
   * requests a minute), {@link ResponseLimits#defaults()}, the system clock and sleeper, no
   * listener.
   */
  public static final class Builder {
    private static final int MAX_PAGE_SIZE = 10_000;

    private String token;
    private String baseUrl = "https://api.clever.com";
    private ApiVersion version = ApiVersion.V3_0;
    private int pageSize = MAX_PAGE_SIZE;
    private Duration connectTimeout;
    private Duration requestTimeout = Duration.ofSeconds(30);
    private Duration bodyReadTimeout = Duration.ofSeconds(60);
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private RateLimit rateLimit = RateLimit.cleverDefault();
    private ResponseLimits responseLimits = ResponseLimits.defaults();
    private HttpClient httpClient;
    private ExecutorService executor;
    private ClientListener listener = ClientListener.NONE;
    private LoggingListener.Detail logging;
    private UnaryOperator<String> environment = System::getenv;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();
    private RandomGenerator random = new Random();

    private Builder() {}

    /**
     * Sets the bearer token: a district-app token for the Data and Events APIs.
     *
     * @param token the token
     * @return this builder
     * @throws IllegalArgumentException if the token is blank or has whitespace
     */
    public Builder token(String token) {
      new Secret(token);
      this.token = token;
      return this;
    }

    /**
     * Sets the base URL, an origin such as {@code https://api.clever.com}. Plain {@code http} is
     * accepted only for loopback hosts ({@code 127.0.0.1}, {@code localhost}, {@code [::1]}), for
     * tests and local stand-ins.
     *
     * @param baseUrl the origin
     * @return this builder
     * @throws IllegalArgumentException if it is not https (or loopback http), or has a path, query
     *     or credentials
     */
    public Builder baseUrl(String baseUrl) {
      Origin.parse(baseUrl);
      this.baseUrl = baseUrl;
      return this;
    }

    /**
     * Sets the API version.
     *
     * @param version v3.0 (default) or v3.1
     * @return this builder
     */
    public Builder apiVersion(ApiVersion version) {
      this.version = Objects.requireNonNull(version, "version");
      return this;
    }

    /**
     * Sets the number of records requested per page ({@code limit}).
     *
     * @param pageSize from 1 to 10,000
     * @return this builder
     * @throws IllegalArgumentException if out of range; Clever refuses a limit over 10,000 with 413
     */
    public Builder pageSize(int pageSize) {
      if (pageSize > MAX_PAGE_SIZE) {
        throw new IllegalArgumentException(
            "pageSize "
                + pageSize
                + " exceeds Clever's maximum of 10000 "
                + "(Clever answers 413 above it); 10000 is the default");
      }
      if (pageSize < 1) {
        throw new IllegalArgumentException("pageSize must be at least 1, was " + pageSize);
      }
      this.pageSize = pageSize;
      return this;
    }

    /**
     * Sets the connect timeout of the {@code HttpClient} the builder creates; not allowed with
     * {@link #httpClient}, whose own setting applies.
     *
     * @param timeout positive
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder connectTimeout(Duration timeout) {
      this.connectTimeout = positive(timeout, "connectTimeout");
      return this;
    }

    /**
     * Sets how long a request may wait for its response headers.
     *
     * @param timeout positive
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder requestTimeout(Duration timeout) {
      this.requestTimeout = positive(timeout, "requestTimeout");
      return this;
    }

    /**
     * Sets the deadline for reading a response body: the longest total time reads of one body may
     * spend waiting for bytes. Time the caller spends between records does not count, so slow
     * processing is never cut off; a body that stalls or trickles is, with a {@link
     * CleverIoException} (retried like any I/O failure). The reading thread keeps the deadline
     * itself, so it holds even if every other thread (the {@code HttpClient}'s included) has died.
     *
     * @param timeout positive
     * @return this builder
     * @throws IllegalArgumentException if not positive
     */
    public Builder bodyReadTimeout(Duration timeout) {
      this.bodyReadTimeout = positive(timeout, "bodyReadTimeout");
      return this;
    }

    /**
     * Sets the retry policy.
     *
     * @param policy the policy; {@link RetryPolicy#none()} disables retries
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Sets the client-side rate limit, shared by every thread using the client.
     *
     * @param limit the limit
     * @return this builder
     */
    public Builder rateLimit(RateLimit limit) {
      this.rateLimit = Objects.requireNonNull(limit, "limit");
      return this;
    }

    /**
     * Sets the bounds on what the client accepts from a response: records per page beyond the page
     * size, bytes per body, characters per string value. A response past one fails with a {@link
     * ResponseLimitException}. The defaults, {@link ResponseLimits#defaults()}, are far above any
     * real Clever response.
     *
     * @param limits the limits
     * @return this builder
     */
    public Builder responseLimits(ResponseLimits limits) {
      this.responseLimits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Sets an {@code HttpClient} to reuse instead of creating one. It must not follow redirects
     * ({@code Redirect.NEVER}), and should not run on the same bounded executor as {@link
     * #executor}: reading a body blocks a thread of that executor while the {@code HttpClient}
     * needs one to deliver the bytes.
     *
     * @param client the client; not closed by {@link CleverClient#close()}
     * @return this builder
     */
    public Builder httpClient(HttpClient client) {
      this.httpClient = Objects.requireNonNull(client, "client");
      return this;
    }

    /**
     * Sets the executor of asynchronous pages, publishers and the snapshot's concurrent reads,
     * instead of a cached pool of daemon threads the client creates.
     *
     * @param executor the executor; not shut down by {@link CleverClient#close()}
     * @return this builder
     */
    public Builder executor(ExecutorService executor) {
      this.executor = Objects.requireNonNull(executor, "executor");
      return this;
    }

    /**
     * Sets the listener of requests, responses, retries and pages.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(ClientListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Logs one line per call with a {@link LoggingListener}, besides any {@link #listener}. Without
     * this call, the {@code CLEVER_LOG} environment variable ({@code info} or {@code debug})
     * decides.
     *
     * @param detail how much to log
     * @return this builder
     */
    public Builder logging(LoggingListener.Detail detail) {
      this.logging = Objects.requireNonNull(detail, "detail");
      return this;
    }

    /**
     * Reads environment variables such as {@code CLEVER_LOG} through {@code env}; the seam for
     * tests.
     */
    Builder environment(UnaryOperator<String> env) {
      this.environment = Objects.requireNonNull(env, "env");
      return this;
    }

    /** Returns the listeners of the client: the user's, then the logging one if logging is on. */
    private List<ClientListener> listeners() {
      Optional<LoggingListener.Detail> detail =
          logging != null
              ? Optional.of(logging)
              : LoggingListener.Detail.parse(environment.apply("CLEVER_LOG"));
      return detail
          .<List<ClientListener>>map(d -> List.of(listener, LoggingListener.of(d)))
          .orElse(List.of(listener));
    }

    /**
     * Sets the clock used for rate-limit resets, time budgets and event timings; a test seam.
     *
     * @param clock the clock
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the sleeper every wait goes through; a test seam.
     *
     * @param sleeper the sleeper
     * @return this builder
     */
    public Builder sleeper(Sleeper sleeper) {
      this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
      return this;
    }

    /**
     * Sets the source of retry jitter; a test seam.
     *
     * @param random the source
     * @return this builder
     */
    public Builder random(RandomGenerator random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /**
     * Reads the token from {@code CLEVER_TOKEN} and, if set, the base URL from {@code
     * CLEVER_BASE_URL}.
     *
     * @return this builder
     * @throws IllegalStateException if {@code CLEVER_TOKEN} is not set
     * @throws IllegalArgumentException if {@code CLEVER_BASE_URL} is not an acceptable base URL
     */
    public Builder fromEnv() {
      return fromEnv(System::getenv);
    }

    /** Reads the environment through {@code env}; the seam for tests. */
    Builder fromEnv(UnaryOperator<String> env) {
      String envToken = env.apply("CLEVER_TOKEN");
      if (envToken == null || envToken.isBlank()) {
        throw new IllegalStateException(
            "CLEVER_TOKEN is not set; set it to the district-app bearer token");
      }
      token(envToken.strip());
      String envBase = env.apply("CLEVER_BASE_URL");
      if (envBase != null && !envBase.isBlank()) {
        try {
          baseUrl(envBase.strip());
        } catch (IllegalArgumentException e) {
          throw new IllegalArgumentException("CLEVER_BASE_URL: " + e.getMessage(), e);
        }
      }
      return this;
    }

    /**
     * Returns the client.
     *
     * @return the client
     * @throws IllegalStateException if no token was set, or the Gson on the classpath is older than
     *     the SDK needs (the message names both versions)
     * @throws IllegalArgumentException if {@link #connectTimeout} was combined with {@link
     *     #httpClient}, the given {@code HttpClient} follows redirects, or {@code CLEVER_LOG} is
     *     set to other than info or debug
     */
    public CleverClient build() {
      listeners();
      GsonVersion.require();
      if (token == null) {
        throw new IllegalStateException(
            "token is required: call token(..), or set CLEVER_TOKEN and use fromEnv()");
      }
      if (httpClient != null && httpClient.followRedirects() != HttpClient.Redirect.NEVER) {
        throw new IllegalArgumentException(
            "the HttpClient must be built with followRedirects(Redirect.NEVER): "
                + "a followed redirect could carry the token to another host");
      }
      if (httpClient != null && connectTimeout != null) {
        throw new IllegalArgumentException(
            "connectTimeout applies only to the HttpClient the builder creates; "
                + "set it on the HttpClient given to httpClient() instead");
      }
      if (connectTimeout == null) {
        connectTimeout = Duration.ofSeconds(10);
      }
      return new CleverClient(this);
    }

    @Override
    public String toString() {
      return "CleverClient.Builder{baseUrl="
          + baseUrl
          + ", version="
          + version
          + ", token="
          + (token == null ? "unset" : "****")
          + "}";
    }

    private static Duration positive(Duration d, String name) {
      Objects.requireNonNull(d, name);
      if (d.isNegative() || d.isZero()) {
        throw new IllegalArgumentException(name + " must be positive, was " + d);
      }
      return d;
    }
  }
}
