package com.classtag.clever.testing.standin.internal;

import com.classtag.clever.testing.standin.CleverData;
import com.classtag.clever.testing.standin.FaultKind;
import com.classtag.clever.testing.standin.Faults;
import com.classtag.clever.testing.standin.RecordSource;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers every request to the stand-in the way Clever's Data and Events APIs do: injected faults first,
 * then the bearer-token check, the rate limit, and the route.
 */
public final class CleverHandler implements HttpHandler {
  /** Clever's maximum page size; a larger limit is answered with 413. */
  static final int MAX_LIMIT = 10_000;
  /** The page size when a request sends no limit. */
  static final int DEFAULT_LIMIT = 100;

  private static final Pattern VERSIONED = Pattern.compile("/(v3\\.[01])(/.*)");
  private static final Set<String> ROLES = Set.of("student", "teacher", "staff", "district_admin", "contact");
  private static final String BUCKET = "district-app";

  private final CleverData data;
  private final byte[] tokenDigest;
  private final Faults faults;
  private final Clock clock;
  private final RateLimitWindow window;
  private final AtomicLong requests = new AtomicLong();

  /**
   * Creates the handler.
   *
   * @param data the district to serve
   * @param token the bearer token requests must carry
   * @param faults the failures to inject
   * @param clock the clock rate-limit windows and reset headers are computed from
   * @param requestsPerMinute the rate limit per token
   */
  public CleverHandler(CleverData data, String token, Faults faults, Clock clock, int requestsPerMinute) {
    this.data = data;
    this.tokenDigest = digest("Bearer " + token);
    this.faults = faults;
    this.clock = clock;
    this.window = new RateLimitWindow(requestsPerMinute);
  }

  /** Returns how many requests the handler has received, faulted ones included. */
  public long requestCount() {
    return requests.get();
  }

  /** Answers one request; an I/O error means the client went away and is not reported. */
  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try {
      long number = requests.incrementAndGet();
      Optional<FaultKind> fault = faults.at(number);
      if (fault.isPresent() && fault.get() == FaultKind.DROPPED_CONNECTION) {
        // Closing before the response headers makes the server close the socket without a byte.
        return;
      }
      if (fault.isPresent() && fault.get() == FaultKind.RATE_LIMITED) {
        burstRateLimited(exchange.getResponseHeaders());
        send(exchange, Response.empty(429));
        return;
      }
      if (fault.isPresent() && fault.get() == FaultKind.SERVICE_UNAVAILABLE) {
        send(exchange, Responses.html(503, "503 Service Temporarily Unavailable"));
        return;
      }
      Response response = answer(exchange);
      if (fault.isPresent() && fault.get() == FaultKind.TRUNCATED_BODY && response.hasBody()) {
        sendHalf(exchange, response);
      } else {
        send(exchange, response);
      }
    } finally {
      exchange.close();
    }
  }

  private Response answer(HttpExchange exchange) {
    if (!"GET".equals(exchange.getRequestMethod())) {
      exchange.getResponseHeaders().set("Allow", "GET");
      return Responses.error(405, "Only GET is supported by the Data API");
    }
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    if (authorization == null || !MessageDigest.isEqual(digest(authorization), tokenDigest)) {
      return Responses.error(401, "Invalid or missing bearer token");
    }
    RateLimitWindow.Decision decision = window.take(clock.instant());
    Headers headers = exchange.getResponseHeaders();
    headers.add("X-RateLimit-Limit", Integer.toString(decision.limit()));
    headers.add("X-RateLimit-Remaining", Integer.toString(decision.remaining()));
    headers.add("X-RateLimit-Reset", Long.toString(decision.resetEpochSecond()));
    headers.add("X-RateLimit-Bucket", BUCKET);
    if (!decision.allowed()) {
      return Response.empty(429);
    }
    try {
      return route(exchange.getRequestURI().getRawPath(), exchange.getRequestURI().getRawQuery());
    } catch (IllegalArgumentException e) {
      // A malformed percent escape in the query.
      return Responses.error(400, "Malformed query string");
    }
  }

  private Response route(String path, String rawQuery) {
    String self = rawQuery == null ? path : path + "?" + rawQuery;
    if (path.equals("/me")) {
      return Responses.me("v3.0", data.districtId());
    }
    Matcher versioned = VERSIONED.matcher(path);
    if (!versioned.matches()) {
      return Responses.error(404, "Not found: the stand-in serves /v3.0 and /v3.1 paths");
    }
    String version = versioned.group(1);
    String[] segments = versioned.group(2).substring(1).split("/", -1);
    if (segments.length == 1 && segments[0].equals("me")) {
      return Responses.me(version, data.districtId());
    }
    if (segments.length > 2 || segments[0].isEmpty() || (segments.length == 2 && segments[1].isEmpty())) {
      return Responses.error(404, "Not found: the stand-in serves top-level collections, their records and /me");
    }
    RequestQuery query = RequestQuery.parse(rawQuery);
    String collection = segments[0];
    Optional<RecordSource> source;
    if (collection.equals("users")) {
      Optional<String> role = query.first("role").filter(r -> segments.length == 1);
      if (role.isPresent() && !ROLES.contains(role.get())) {
        return Responses.error(400, "role must be one of student, teacher, staff, district_admin, contact");
      }
      source = data.users(role);
    } else if (collection.equals("events")) {
      source = segments.length == 1
          ? Optional.of(data.events(query.all("record_type"), query.first("school")))
          : Optional.of(data.events(Set.of(), Optional.empty()));
    } else {
      source = data.collection(collection);
    }
    if (source.isEmpty()) {
      return Responses.error(404, "Not found: no collection named " + collection);
    }
    String listPath = "/" + version + "/" + collection;
    if (segments.length == 2) {
      int index = source.get().indexOf(segments[1]);
      return index < 0
          ? Responses.error(404, "Resource not found")
          : Responses.single(source.get(), index, self);
    }
    Optional<String> rawLimit = query.first("limit");
    int limit = DEFAULT_LIMIT;
    if (rawLimit.isPresent()) {
      try {
        limit = Integer.parseInt(rawLimit.get());
      } catch (NumberFormatException e) {
        limit = rawLimit.get().matches("[0-9]+") ? Integer.MAX_VALUE : 0;
      }
      if (limit < 1) {
        return Responses.error(400, "limit must be a positive whole number");
      }
      if (limit > MAX_LIMIT) {
        return Responses.error(413, "Your limit parameter may be over 10000");
      }
    }
    if (query.first("starting_after").isPresent() && query.first("ending_before").isPresent()) {
      return Responses.error(400, "Use starting_after or ending_before, not both");
    }
    return Responses.page(ListPlan.of(source.get(), listPath, self, query, limit));
  }

  /** Two buckets, the way Clever's limiter reports several limits: a short burst bucket is exhausted. */
  private void burstRateLimited(Headers headers) {
    long now = clock.instant().getEpochSecond();
    headers.add("X-RateLimit-Bucket", BUCKET);
    headers.add("X-RateLimit-Bucket", "burst");
    headers.add("X-RateLimit-Limit", "1200");
    headers.add("X-RateLimit-Limit", "20");
    headers.add("X-RateLimit-Remaining", "1100");
    headers.add("X-RateLimit-Remaining", "0");
    headers.add("X-RateLimit-Reset", Long.toString(now + 60 - Math.floorMod(now, 60)));
    headers.add("X-RateLimit-Reset", Long.toString(now + 1));
  }

  private static void send(HttpExchange exchange, Response response) throws IOException {
    if (!response.hasBody()) {
      exchange.sendResponseHeaders(response.status(), -1);
      return;
    }
    exchange.getResponseHeaders().set("Content-Type", response.contentType());
    exchange.sendResponseHeaders(response.status(), 0);
    OutputStream body = exchange.getResponseBody();
    response.body().writeTo(body);
    body.flush();
  }

  /** Announces the whole body, sends half of it, and lets the close cut the connection. */
  private static void sendHalf(HttpExchange exchange, Response response) throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    response.body().writeTo(buffer);
    byte[] bytes = buffer.toByteArray();
    exchange.getResponseHeaders().set("Content-Type", response.contentType());
    exchange.sendResponseHeaders(response.status(), bytes.length);
    OutputStream body = exchange.getResponseBody();
    body.write(bytes, 0, bytes.length / 2);
    body.flush();
  }

  private static byte[] digest(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JDK", e);
    }
  }
}
