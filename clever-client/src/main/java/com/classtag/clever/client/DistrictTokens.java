package com.classtag.clever.client;

import com.classtag.clever.client.internal.ClientRuntime;
import com.classtag.clever.client.internal.Failures;
import com.classtag.clever.client.internal.GsonVersion;
import com.classtag.clever.client.internal.JdkTransport;
import com.classtag.clever.client.internal.Listeners;
import com.classtag.clever.client.internal.OpenResponses;
import com.classtag.clever.client.internal.Origin;
import com.classtag.clever.client.internal.RateLimiter;
import com.classtag.clever.client.internal.Retrier;
import com.classtag.clever.client.internal.RetryingTransport;
import com.classtag.clever.client.internal.Seams;
import com.classtag.clever.client.internal.Secret;
import com.classtag.clever.client.internal.TokenListing;
import com.classtag.clever.client.internal.TransportSettings;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ForkJoinPool;
import java.util.function.UnaryOperator;
import java.util.random.RandomGenerator;

/**
 * Lists the districts that authorized the app, with each one's token: Clever's {@code GET
 * https://clever.com/oauth/tokens?owner_type=district}, authenticated with the app's client id and
 * secret (HTTP Basic). A backend serving many districts lists them, then reads each through one
 * {@link CleverClient} and its {@link CleverClient#withToken(DistrictToken) views}:
 *
 * <pre>{@code
 * List<DistrictToken> districts = DistrictTokens.fromEnv().list();   // CLEVER_CLIENT_ID, CLEVER_CLIENT_SECRET
 * try (CleverClient root = CleverClient.builder().token(districts.get(0).accessToken().reveal()).build()) {
 *   for (DistrictToken district : districts) {
 *     RosterSnapshot roster = root.withToken(district).snapshot();
 *   }
 * }
 * }</pre>
 *
 * <p>Requests are retried and bounded in time as for the Data API ({@link RetryPolicy}, request and
 * body timeouts). Failures of the auth host are {@link CleverAuthException}s that say how to fix
 * them. The client secret and the tokens never appear in a {@code toString}, an exception message
 * or a listener event. Pass the secret through the environment or a secret store, not the command
 * line, where other users of the machine can read it. Thread-safe; it holds no thread or connection
 * that needs closing.
 */
public final class DistrictTokens {
  private final TokenListing listing;
  private final Origin origin;

  private DistrictTokens(Builder b) {
    this.origin = Origin.parse(b.baseUrl);
    Secret credentials = Secret.basic(b.clientId, b.clientSecret);
    HttpClient http =
        b.httpClient != null
            ? b.httpClient
            : HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NEVER)
                .version(
                    origin.isPlainHttp() ? HttpClient.Version.HTTP_1_1 : HttpClient.Version.HTTP_2)
                .build();
    JdkTransport transport =
        new JdkTransport(
            http,
            new TransportSettings(
                origin,
                credentials,
                b.requestTimeout,
                b.bodyReadTimeout,
                ResponseLimits.defaults().maxResponseBytes()),
            new OpenResponses());
    Seams seams = new Seams(b.clock, b.sleeper, b.random);
    Listeners listeners = new Listeners(List.of(b.listener));
    Retrier.Wiring wiring =
        new Retrier.Wiring(seams, listeners, new RateLimiter(RateLimit.unlimited(), seams));
    Retrier retrier = new Retrier(b.retryPolicy, wiring);
    // The runtime's version, page size and executor serve Data API listings, which this class does
    // not make.
    ClientRuntime runtime =
        new ClientRuntime(
            origin,
            ApiVersion.V3_0,
            1,
            ResponseLimits.defaults(),
            retrier,
            new Failures(credentials, b.clock),
            listeners,
            seams,
            ForkJoinPool.commonPool());
    this.listing =
        new TokenListing(new RetryingTransport(transport, retrier, wiring), credentials, runtime);
  }

  /** {@return a builder; the client id and secret are required} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a token lister with the client id from {@code CLEVER_CLIENT_ID} and the secret from
   * {@code CLEVER_CLIENT_SECRET}; every other setting at its default.
   *
   * @return the lister
   * @throws IllegalStateException if either variable is not set
   */
  public static DistrictTokens fromEnv() {
    return builder().fromEnv().build();
  }

  /**
   * Lists every district that authorized the app, with its token. An empty list means no district
   * has authorized the app yet: share the app's district sign-up link with a district, or, in
   * development, add Clever's sandbox district to it.
   *
   * @return the districts' tokens, in Clever's order
   * @throws CleverAuthException if the auth host refuses the credentials or the request
   * @throws CleverException if the listing cannot be read (network, Clever's errors, a malformed
   *     body)
   */
  public List<DistrictToken> list() {
    return listing.list(Optional.empty());
  }

  /**
   * Returns the token of one district, read with Clever's {@code district} filter: the way to fetch
   * a token again after the district rotated it.
   *
   * @param districtId the district's id
   * @return its token
   * @throws NoDistrictTokenException if the district has not authorized the app (or removed it)
   * @throws CleverAuthException if the auth host refuses the credentials or the request
   * @throws CleverException if the listing cannot be read
   * @throws IllegalArgumentException if the id is blank
   */
  public DistrictToken forDistrict(String districtId) {
    if (districtId == null || districtId.isBlank()) {
      throw new IllegalArgumentException("districtId must not be blank");
    }
    List<DistrictToken> found = listing.list(Optional.of(districtId));
    return found.stream()
        .filter(t -> t.districtId().equals(districtId))
        .findFirst()
        .orElseThrow(
            () ->
                new NoDistrictTokenException(
                    "Clever lists no token for district "
                        + districtId
                        + ": it has not authorized the app, or has removed it. Have the district add the app in Clever, "
                        + "or check the district id.",
                    ErrorDetails.builder(
                            "GET", "/oauth/tokens?owner_type=district&district=" + districtId)
                        .status(200)
                        .build(),
                    districtId));
  }

  /** Returns the auth host; never the credentials. */
  @Override
  public String toString() {
    return "DistrictTokens{" + origin + "}";
  }

  /**
   * Builds {@link DistrictTokens}. The client id and secret are required. Not thread-safe.
   *
   * <p>Defaults: auth host {@code https://clever.com}, request timeout 30 s, body read timeout 60
   * s, {@link RetryPolicy#defaults()}, the system clock and sleeper, no listener.
   */
  public static final class Builder {
    private String clientId;
    private String clientSecret;
    private String baseUrl = "https://clever.com";
    private Duration requestTimeout = Duration.ofSeconds(30);
    private Duration bodyReadTimeout = Duration.ofSeconds(60);
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private HttpClient httpClient;
    private ClientListener listener = ClientListener.NONE;
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();
    private RandomGenerator random = new Random();

    private Builder() {}

    /**
     * Sets the app's OAuth client id.
     *
     * @param clientId the id
     * @return this builder
     * @throws IllegalArgumentException if it is blank, has whitespace or a colon
     */
    public Builder clientId(String clientId) {
      check(clientId, "clientId");
      if (clientId.indexOf(':') >= 0) {
        throw new IllegalArgumentException("clientId must not contain ':'");
      }
      this.clientId = clientId;
      return this;
    }

    /**
     * Sets the app's OAuth client secret; pass it from the environment or a secret store, never a
     * command line argument.
     *
     * @param clientSecret the secret
     * @return this builder
     * @throws IllegalArgumentException if it is blank or has whitespace (the value is not quoted)
     */
    public Builder clientSecret(String clientSecret) {
      check(clientSecret, "clientSecret");
      this.clientSecret = clientSecret;
      return this;
    }

    /**
     * Sets the auth host, {@code https://clever.com} by default; plain http only for loopback test
     * servers.
     *
     * @param baseUrl the origin
     * @return this builder
     * @throws IllegalArgumentException if it is not an acceptable origin
     */
    public Builder baseUrl(String baseUrl) {
      Origin.parse(baseUrl);
      this.baseUrl = baseUrl;
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
     * Sets the deadline for reading a response body, as {@link
     * CleverClient.Builder#bodyReadTimeout}.
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
     * @param policy the policy
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Sets an {@code HttpClient} to reuse; it must not follow redirects.
     *
     * @param client the client
     * @return this builder
     */
    public Builder httpClient(HttpClient client) {
      this.httpClient = Objects.requireNonNull(client, "client");
      return this;
    }

    /**
     * Sets the listener of calls and requests.
     *
     * @param listener the listener
     * @return this builder
     */
    public Builder listener(ClientListener listener) {
      this.listener = Objects.requireNonNull(listener, "listener");
      return this;
    }

    /**
     * Sets the clock; a test seam.
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
     * Reads the client id from {@code CLEVER_CLIENT_ID} and the secret from {@code
     * CLEVER_CLIENT_SECRET}.
     *
     * @return this builder
     * @throws IllegalStateException if either is not set
     */
    public Builder fromEnv() {
      return fromEnv(System::getenv);
    }

    /** Reads the environment through {@code env}; the seam for tests. */
    Builder fromEnv(UnaryOperator<String> env) {
      clientId(required(env, "CLEVER_CLIENT_ID", "the app's OAuth client id"));
      clientSecret(required(env, "CLEVER_CLIENT_SECRET", "the app's OAuth client secret"));
      return this;
    }

    /**
     * Returns the token lister.
     *
     * @return the lister
     * @throws IllegalStateException if the client id or secret is missing, or the Gson on the
     *     classpath is older than the SDK needs (the message names both versions)
     * @throws IllegalArgumentException if the given {@code HttpClient} follows redirects
     */
    public DistrictTokens build() {
      GsonVersion.require();
      if (clientId == null || clientSecret == null) {
        throw new IllegalStateException(
            "the client id and secret are required: call clientId(..) and "
                + "clientSecret(..), or set CLEVER_CLIENT_ID and CLEVER_CLIENT_SECRET and use fromEnv()");
      }
      return new DistrictTokens(this);
    }

    @Override
    public String toString() {
      return "DistrictTokens.Builder{baseUrl="
          + baseUrl
          + ", clientId="
          + (clientId == null ? "unset" : clientId)
          + ", clientSecret="
          + (clientSecret == null ? "unset" : "****")
          + "}";
    }

    private static String required(UnaryOperator<String> env, String name, String what) {
      String value = env.apply(name);
      if (value == null || value.isBlank()) {
        throw new IllegalStateException(name + " is not set; set it to " + what);
      }
      return value.strip();
    }

    private static void check(String value, String name) {
      Objects.requireNonNull(value, name);
      if (value.isBlank() || value.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
        throw new IllegalArgumentException(
            name + " must not be blank or contain whitespace or control characters");
      }
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
