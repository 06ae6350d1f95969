package com.classtag.clever.testing.standin;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * A failure the stand-in injects into the requests it aims at. Immutable: the aiming methods return
 * a new fault.
 *
 * <pre>{@code
 * clever.inject(Fault.rateLimited(Duration.ofSeconds(2)).atRequest(3).times(2));   // requests 3 and 4
 * clever.inject(Fault.serverError(503).onPath("/v3.0/sections"));                // the next sections page
 * clever.inject(Fault.redirectTo(otherStandIn.baseUrl()).onPath("/v3.0/users"));
 * }</pre>
 *
 * <p>Unaimed, a fault hits the next request. {@link #atRequest} makes it wait for a request number
 * (counting every request the stand-in receives, from 1, retries included), {@link #onPath} for a
 * path, {@link #times} repeats it. A request that several faults match gets the one injected first.
 */
public final class Fault {
  /** What a fault does to a request. */
  public enum Kind {
    /**
     * 429 with an empty body and a burst bucket whose {@code X-RateLimit-Reset} is some time ahead.
     */
    RATE_LIMITED("429"),
    /** A 5xx status: an HTML page as a proxy sends, or for 500 Clever's JSON error body. */
    SERVER_ERROR("5xx"),
    /** The connection closes before any response byte is sent. */
    DROPPED_CONNECTION("drop"),
    /**
     * The response announces its whole length, then the connection closes halfway through the body.
     */
    TRUNCATED_BODY("cut"),
    /** The response sends half its body, then nothing for a while, then the rest. */
    STALLED_BODY("stall"),
    /** A list page whose {@code next} link points at the page itself. */
    LOOPING_NEXT_LINK("loop"),
    /** A 302 to the same path and query on another origin. */
    REDIRECT("redirect");

    private final String code;

    Kind(String code) {
      this.code = code;
    }

    /** {@return the short name used in a {@link Faults#parse fault specification}} */
    public String code() {
      return code;
    }
  }

  private static final int MAX_TIMES = 100_000;

  private final Kind kind;
  private final int status;
  private final Duration duration;
  private final URI target;
  private final long firstRequest;
  private final String path;
  private final int times;

  private Fault(
      Kind kind,
      int status,
      Duration duration,
      URI target,
      long firstRequest,
      String path,
      int times) {
    this.kind = kind;
    this.status = status;
    this.duration = duration;
    this.target = target;
    this.firstRequest = firstRequest;
    this.path = path;
    this.times = times;
  }

  private static Fault of(Kind kind, int status, Duration duration, URI target) {
    return new Fault(kind, status, duration, target, 1, null, 1);
  }

  /**
   * Answers 429 the way Clever's limiter does when a short burst bucket is empty: no body, and two
   * buckets in the {@code X-RateLimit-*} headers, the exhausted one resetting {@code resetIn} after
   * the stand-in's clock.
   *
   * @param resetIn how long until the burst bucket refills; zero or more whole seconds
   * @return the fault
   * @throws IllegalArgumentException if {@code resetIn} is negative or not whole seconds
   */
  public static Fault rateLimited(Duration resetIn) {
    Objects.requireNonNull(resetIn, "resetIn");
    if (resetIn.isNegative() || resetIn.getNano() != 0) {
      throw new IllegalArgumentException(
          "resetIn must be zero or more whole seconds, was " + resetIn);
    }
    return of(Kind.RATE_LIMITED, 429, resetIn, null);
  }

  /**
   * Answers with a server error: 502, 503 and 504 with an HTML page, as a load balancer in front of
   * an unhealthy service does; any other 5xx with Clever's JSON error body.
   *
   * @param status from 500 to 599
   * @return the fault
   * @throws IllegalArgumentException if {@code status} is not a 5xx status
   */
  public static Fault serverError(int status) {
    if (status < 500 || status > 599) {
      throw new IllegalArgumentException("status must be from 500 to 599, was " + status);
    }
    return of(Kind.SERVER_ERROR, status, Duration.ZERO, null);
  }

  /** {@return closes the connection before any response byte is sent} */
  public static Fault dropConnection() {
    return of(Kind.DROPPED_CONNECTION, 0, Duration.ZERO, null);
  }

  /**
   * {@return sends the response's status and full {@code Content-Length}, then half of its body,
   * then closes the connection: the body ends in the middle of a record} A response without a body
   * is sent whole.
   */
  public static Fault truncateBody() {
    return of(Kind.TRUNCATED_BODY, 0, Duration.ZERO, null);
  }

  /**
   * Sends the response's status and half of its body, then nothing for {@code stall} (or until the
   * stand-in is reset or closed), then the rest: what a client's body-read timeout is for.
   *
   * @param stall how long the body stalls; positive
   * @return the fault
   * @throws IllegalArgumentException if {@code stall} is not positive
   */
  public static Fault stallBody(Duration stall) {
    Objects.requireNonNull(stall, "stall");
    if (stall.isZero() || stall.isNegative()) {
      throw new IllegalArgumentException("stall must be positive, was " + stall);
    }
    return of(Kind.STALLED_BODY, 0, stall, null);
  }

  /**
   * {@return answers a list request with a page whose {@code next} link is the page's own path and
   * query, so a client that follows it verbatim reads the same page forever} Other requests are
   * answered normally.
   */
  public static Fault loopingNextLink() {
    return of(Kind.LOOPING_NEXT_LINK, 0, Duration.ZERO, null);
  }

  /**
   * Answers 302 with a {@code Location} on another origin, the same path and query on {@code
   * origin}: a client must not send its token there.
   *
   * @param origin the other origin, such as {@code http://127.0.0.1:53118} (another stand-in)
   * @return the fault
   * @throws IllegalArgumentException if {@code origin} is not an absolute http or https URI without
   *     a path
   */
  public static Fault redirectTo(URI origin) {
    Objects.requireNonNull(origin, "origin");
    boolean http = "http".equals(origin.getScheme()) || "https".equals(origin.getScheme());
    String path = origin.getRawPath();
    if (!http
        || origin.getHost() == null
        || (path != null && !path.isEmpty() && !path.equals("/"))
        || origin.getRawQuery() != null) {
      throw new IllegalArgumentException("origin must be like http://host:port, was " + origin);
    }
    return of(Kind.REDIRECT, 302, Duration.ZERO, origin);
  }

  /**
   * Returns this fault aimed at the requests from a number on.
   *
   * @param requestNumber the first request it may hit, from 1, counting every request the stand-in
   *     receives since it started or was last reset
   * @return the aimed fault
   * @throws IllegalArgumentException if {@code requestNumber} is below 1
   */
  public Fault atRequest(long requestNumber) {
    if (requestNumber < 1) {
      throw new IllegalArgumentException("requestNumber must be at least 1, was " + requestNumber);
    }
    return new Fault(kind, status, duration, target, requestNumber, path, times);
  }

  /**
   * Returns this fault aimed at requests for one path, such as {@code /v3.0/sections}; the query is
   * not compared.
   *
   * @param path the exact path, starting with {@code /}
   * @return the aimed fault
   * @throws IllegalArgumentException if {@code path} does not start with {@code /}
   */
  public Fault onPath(String path) {
    if (path == null || !path.startsWith("/")) {
      throw new IllegalArgumentException("path must start with /, was " + path);
    }
    return new Fault(kind, status, duration, target, firstRequest, path, times);
  }

  /**
   * Returns this fault hitting {@code count} matching requests in a row instead of one.
   *
   * @param count from 1 to 100,000
   * @return the repeated fault
   * @throws IllegalArgumentException if {@code count} is out of range
   */
  public Fault times(int count) {
    if (count < 1 || count > MAX_TIMES) {
      throw new IllegalArgumentException("count must be from 1 to " + MAX_TIMES + ", was " + count);
    }
    return new Fault(kind, status, duration, target, firstRequest, path, count);
  }

  /** {@return what the fault does} */
  public Kind kind() {
    return kind;
  }

  /**
   * {@return the status it answers with, or 0 when it sends the normal response's status or none}
   */
  public int status() {
    return status;
  }

  /** {@return the burst bucket's time to reset, or how long a body stalls; zero for other kinds} */
  public Duration duration() {
    return duration;
  }

  /** {@return the origin a redirect points at} */
  public Optional<URI> redirectOrigin() {
    return Optional.ofNullable(target);
  }

  /** {@return the first request number it may hit; 1 when not aimed at a number} */
  public long firstRequest() {
    return firstRequest;
  }

  /** {@return the path it is aimed at, or empty for any path} */
  public Optional<String> path() {
    return Optional.ofNullable(path);
  }

  /** {@return how many requests it hits} */
  public int times() {
    return times;
  }

  /**
   * Returns whether the fault is aimed at a request; how many requests it has already hit is the
   * stand-in's business.
   *
   * @param requestNumber the request's number
   * @param requestPath the request's path
   * @return whether it is aimed at that request
   */
  public boolean aimsAt(long requestNumber, String requestPath) {
    return requestNumber >= firstRequest && (path == null || path.equals(requestPath));
  }

  /** Returns the fault as its code and aim, such as {@code 503x2@6 /v3.0/sections}. */
  @Override
  public String toString() {
    String code =
        kind == Kind.SERVER_ERROR || kind == Kind.RATE_LIMITED
            ? Integer.toString(status)
            : kind.code();
    return code
        + (times == 1 ? "" : "x" + times)
        + "@"
        + firstRequest
        + (path == null ? "" : " " + path);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Fault that
        && kind == that.kind
        && status == that.status
        && duration.equals(that.duration)
        && Objects.equals(target, that.target)
        && firstRequest == that.firstRequest
        && Objects.equals(path, that.path)
        && times == that.times;
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, status, duration, target, firstRequest, path, times);
  }
}
