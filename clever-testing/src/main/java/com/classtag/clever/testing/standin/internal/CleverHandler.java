package com.classtag.clever.testing.standin.internal;

import com.classtag.clever.testing.standin.CleverData;
import com.classtag.clever.testing.standin.Fault;
import com.classtag.clever.testing.standin.Faults;
import com.classtag.clever.testing.standin.JournaledRequest;
import com.classtag.clever.testing.standin.RecordSource;
import com.classtag.clever.testing.standin.RequestJournal;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Answers every request to the stand-in the way Clever's Data and Events APIs do: injected faults
 * first, then the bearer-token check, the rate limit, and the route. Journals every request before
 * answering it.
 */
public final class CleverHandler implements HttpHandler {
  /** Clever's maximum page size; a larger limit is answered with 413. */
  static final int MAX_LIMIT = 10_000;

  /** The page size when a request sends no limit. */
  static final int DEFAULT_LIMIT = 100;

  private static final Pattern VERSIONED = Pattern.compile("/(v3\\.[01])(/.*)");
  private static final Set<String> ROLES =
      Set.of("student", "teacher", "staff", "district_admin", "contact");
  private static final String BUCKET = "district-app";

  private final List<Tenant> tenants;
  private volatile byte[] clientDigest;
  private final Clock clock;
  private final FaultSchedule faults = new FaultSchedule();
  private final Journal journal = new Journal();
  private final AtomicLong requests = new AtomicLong();

  /**
   * Creates the handler.
   *
   * @param districts the districts to serve, by the bearer token that sees each (a token sees only
   *     its own)
   * @param faults the failures to inject from the start
   * @param clock the clock rate-limit windows and reset headers are computed from
   * @param requestsPerMinute the rate limit per token
   */
  public CleverHandler(
      Map<String, CleverData> districts, Faults faults, Clock clock, int requestsPerMinute) {
    this.tenants =
        districts.entrySet().stream()
            .map(
                e ->
                    new Tenant(
                        e.getKey(),
                        digest("Bearer " + e.getKey()),
                        e.getValue(),
                        new Related(e.getValue()),
                        new RateLimitWindow(requestsPerMinute)))
            .toList();
    this.clock = clock;
    faults.list().forEach(this.faults::add);
  }

  /**
   * Lets the district-token listing ({@code GET /oauth/tokens?owner_type=district}) answer requests
   * with these HTTP Basic client credentials.
   *
   * @param clientId the app's client id
   * @param clientSecret the app's client secret
   */
  public void clientCredentials(String clientId, String clientSecret) {
    this.clientDigest =
        digest(
            "Basic "
                + java.util.Base64.getEncoder()
                    .encodeToString(
                        (clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8)));
  }

  /**
   * Returns how many requests the handler has received since it started or was reset, faulted ones
   * included.
   */
  public long requestCount() {
    return requests.get();
  }

  /** Returns the journal of requests since the handler started or was reset. */
  public RequestJournal journal() {
    return journal;
  }

  /**
   * Adds a fault to inject.
   *
   * @param fault the fault
   */
  public void inject(Fault fault) {
    faults.add(fault);
  }

  /**
   * Forgets every fault, clears the journal, ends stalls in progress, and numbers requests from 1
   * again.
   */
  public synchronized void reset() {
    faults.clear();
    journal.clear();
    requests.set(0);
  }

  /** Ends every stall in progress: the server is stopping. */
  public void close() {
    faults.releaseAll();
  }

  /** Answers one request; an I/O error means the client went away and is not reported. */
  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try {
      URI uri = exchange.getRequestURI();
      String path = uri.getRawPath();
      long number;
      Optional<Fault> fault;
      CountDownLatch release;
      synchronized (this) {
        number = requests.incrementAndGet();
        fault = faults.take(number, path);
        release = faults.release();
      }
      String authorization = exchange.getRequestHeaders().getFirst("Authorization");
      Tenant tenant = authorization == null ? null : tenant(digest(authorization));
      if (path.equals("/oauth/tokens")) {
        boolean client =
            authorization != null
                && clientDigest != null
                && MessageDigest.isEqual(digest(authorization), clientDigest);
        Response listing = tokens(client, uri.getRawQuery());
        record(
            exchange,
            number,
            authorization != null,
            client,
            Optional.empty(),
            listing.status(),
            fault);
        send(exchange, listing);
        return;
      }
      Fault.Kind kind = fault.map(Fault::kind).orElse(null);
      if (kind == Fault.Kind.DROPPED_CONNECTION) {
        record(exchange, number, authorization != null, tenant, 0, fault);
        // Closing before the response headers makes the server close the socket without a byte.
        return;
      }
      Response response =
          fault
              .flatMap(f -> instead(exchange, f))
              .orElseGet(() -> answer(exchange, tenant, kind == Fault.Kind.LOOPING_NEXT_LINK));
      record(exchange, number, authorization != null, tenant, response.status(), fault);
      if (kind == Fault.Kind.TRUNCATED_BODY && response.hasBody()) {
        sendHalf(exchange, response);
      } else if (kind == Fault.Kind.STALLED_BODY && response.hasBody()) {
        sendStalled(exchange, response, fault.get().duration(), release);
      } else {
        send(exchange, response);
      }
    } finally {
      exchange.close();
    }
  }

  /**
   * Returns the response a fault sends instead of the real one, or empty when it alters the real
   * one.
   */
  private Optional<Response> instead(HttpExchange exchange, Fault fault) {
    switch (fault.kind()) {
      case RATE_LIMITED:
        burstRateLimited(exchange.getResponseHeaders(), fault.duration().getSeconds());
        return Optional.of(Response.empty(429));
      case SERVER_ERROR:
        int status = fault.status();
        return Optional.of(
            status == 502 || status == 503 || status == 504
                ? Responses.html(
                    status,
                    status
                        + " "
                        + (status == 502
                            ? "Bad Gateway"
                            : status == 503
                                ? "Service Temporarily Unavailable"
                                : "Gateway Time-out"))
                : Responses.error(status, "Internal server error"));
      case REDIRECT:
        URI origin = fault.redirectOrigin().orElseThrow();
        URI uri = exchange.getRequestURI();
        exchange
            .getResponseHeaders()
            .set(
                "Location",
                origin.getScheme()
                    + "://"
                    + origin.getRawAuthority()
                    + uri.getRawPath()
                    + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery()));
        return Optional.of(Response.empty(302));
      default:
        return Optional.empty();
    }
  }

  /**
   * Returns the district whose token has this digest, or null; compares every one, in constant time
   * each.
   */
  private Tenant tenant(byte[] digest) {
    Tenant found = null;
    for (Tenant t : tenants) {
      if (MessageDigest.isEqual(digest, t.digest())) {
        found = t;
      }
    }
    return found;
  }

  private void record(
      HttpExchange exchange,
      long number,
      boolean authorizationSent,
      Tenant tenant,
      int status,
      Optional<Fault> fault) {
    record(
        exchange,
        number,
        authorizationSent,
        tenant != null,
        tenant == null ? Optional.empty() : Optional.of(tenant.data().districtId()),
        status,
        fault);
  }

  private void record(
      HttpExchange exchange,
      long number,
      boolean authorizationSent,
      boolean accepted,
      Optional<String> district,
      int status,
      Optional<Fault> fault) {
    URI uri = exchange.getRequestURI();
    journal.add(
        new JournaledRequest(
            number,
            exchange.getRequestMethod(),
            uri.getRawPath(),
            uri.getRawQuery() == null ? "" : uri.getRawQuery(),
            authorizationSent,
            accepted,
            district,
            status,
            fault));
  }

  /**
   * Answers Clever's district-token listing: every district served, with its token, or an OAuth
   * error.
   */
  private Response tokens(boolean client, String rawQuery) {
    if (!client) {
      return Responses.json(
          401,
          out ->
              out.beginObject()
                  .name("error")
                  .value("invalid_client")
                  .name("error_description")
                  .value("client authentication failed")
                  .endObject());
    }
    RequestQuery query = RequestQuery.parse(rawQuery);
    if (!query.first("owner_type").filter("district"::equals).isPresent()) {
      return Responses.json(
          400,
          out ->
              out.beginObject()
                  .name("error")
                  .value("invalid_request")
                  .name("error_description")
                  .value("owner_type must be district")
                  .endObject());
    }
    Optional<String> only = query.first("district");
    return Responses.json(
        200,
        out -> {
          out.beginObject().name("data").beginArray();
          for (int i = 0; i < tenants.size(); i++) {
            Tenant t = tenants.get(i);
            if (only.isPresent() && !only.get().equals(t.data().districtId())) {
              continue;
            }
            out.beginObject()
                .name("id")
                .value(String.format("%024x", i + 1))
                .name("created")
                .value("2026-01-05T12:00:00.000Z")
                .name("owner")
                .beginObject()
                .name("type")
                .value("district")
                .name("id")
                .value(t.data().districtId())
                .endObject()
                .name("access_token")
                .value(t.token())
                .name("scopes")
                .beginArray()
                .value("read:districts")
                .value("read:schools")
                .value("read:students")
                .value("read:teachers")
                .value("read:sections")
                .endArray()
                .endObject();
          }
          out.endArray()
              .name("links")
              .beginArray()
              .beginObject()
              .name("rel")
              .value("self")
              .name("uri")
              .value("/oauth/tokens?owner_type=district")
              .endObject()
              .endArray()
              .endObject();
        });
  }

  private Response answer(HttpExchange exchange, Tenant tenant, boolean loopNext) {
    boolean accepted = tenant != null;
    if (!"GET".equals(exchange.getRequestMethod())) {
      exchange.getResponseHeaders().set("Allow", "GET");
      return Responses.error(405, "Only GET is supported by the Data API");
    }
    if (!accepted) {
      return Responses.error(401, "Invalid or missing bearer token");
    }
    RateLimitWindow.Decision decision = tenant.window().take(clock.instant());
    Headers headers = exchange.getResponseHeaders();
    headers.add("X-RateLimit-Limit", Integer.toString(decision.limit()));
    headers.add("X-RateLimit-Remaining", Integer.toString(decision.remaining()));
    headers.add("X-RateLimit-Reset", Long.toString(decision.resetEpochSecond()));
    headers.add("X-RateLimit-Bucket", BUCKET);
    if (!decision.allowed()) {
      return Response.empty(429);
    }
    try {
      return route(
          tenant,
          exchange.getRequestURI().getRawPath(),
          exchange.getRequestURI().getRawQuery(),
          loopNext);
    } catch (IllegalArgumentException e) {
      // A malformed percent escape in the query.
      return Responses.error(400, "Malformed query string");
    }
  }

  private Response route(Tenant tenant, String path, String rawQuery, boolean loopNext) {
    CleverData data = tenant.data();
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
    if (segments.length > 3 || Arrays.stream(segments).anyMatch(String::isEmpty)) {
      return Responses.error(
          404,
          "Not found: the stand-in serves collections, their records, their related "
              + "collections and /me");
    }
    RequestQuery query = RequestQuery.parse(rawQuery);
    if (segments.length == 3) {
      return related(tenant.related(), version, segments, self, query, loopNext);
    }
    String collection = segments[0];
    Optional<RecordSource> source;
    if (collection.equals("users")) {
      Optional<String> role = query.first("role").filter(r -> segments.length == 1);
      if (role.isPresent() && !ROLES.contains(role.get())) {
        return Responses.error(
            400, "role must be one of student, teacher, staff, district_admin, contact");
      }
      source = data.users(role);
    } else if (collection.equals("events")) {
      source =
          segments.length == 1
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
    Optional<Response> invalid = pageParameters(query);
    if (invalid.isPresent()) {
      return invalid.get();
    }
    int limit = query.first("limit").map(Integer::parseInt).orElse(DEFAULT_LIMIT);
    ListPlan page = ListPlan.of(source.get(), listPath, listPath, self, query, limit);
    return Responses.page(loopNext ? page.withNext(self) : page);
  }

  /** Answers {@code /<collection>/<id>/<relation>}: one related record, or a page of them. */
  private Response related(
      Related related,
      String version,
      String[] segments,
      String self,
      RequestQuery query,
      boolean loopNext) {
    String parent = segments[0];
    Optional<Related.Found> item = related.item(parent, segments[1], segments[2]);
    if (item.isPresent()) {
      return item.get().index() < 0
          ? Responses.error(404, "Resource not found")
          : Responses.single(item.get().source(), item.get().index(), self);
    }
    Optional<String> role = query.first("role");
    if (role.isPresent() && !ROLES.contains(role.get())) {
      return Responses.error(
          400, "role must be one of student, teacher, staff, district_admin, contact");
    }
    Optional<Related.Found> list =
        related.list(
            parent,
            segments[1],
            segments[2],
            role,
            query.first("primary").filter("true"::equals).isPresent());
    if (list.isEmpty()) {
      return Responses.error(
          404, "Not found: " + parent + " have no related collection named " + segments[2]);
    }
    if (list.get().index() < 0) {
      return Responses.error(404, "Resource not found");
    }
    Optional<Response> invalid = pageParameters(query);
    if (invalid.isPresent()) {
      return invalid.get();
    }
    int limit = query.first("limit").map(Integer::parseInt).orElse(DEFAULT_LIMIT);
    String listPath = "/" + version + "/" + String.join("/", segments);
    ListPlan page =
        ListPlan.of(
            list.get().source(),
            listPath,
            "/" + version + "/" + list.get().collection(),
            self,
            query,
            limit);
    return Responses.page(loopNext ? page.withNext(self) : page);
  }

  /**
   * Returns the error a list request's {@code limit} and cursors deserve, or empty when they are
   * good.
   */
  private static Optional<Response> pageParameters(RequestQuery query) {
    Optional<String> rawLimit = query.first("limit");
    if (rawLimit.isPresent()) {
      int limit;
      try {
        limit = Integer.parseInt(rawLimit.get());
      } catch (NumberFormatException e) {
        limit = rawLimit.get().matches("[0-9]+") ? Integer.MAX_VALUE : 0;
      }
      if (limit < 1) {
        return Optional.of(Responses.error(400, "limit must be a positive whole number"));
      }
      if (limit > MAX_LIMIT) {
        return Optional.of(Responses.error(413, "Your limit parameter may be over 10000"));
      }
    }
    if (query.first("starting_after").isPresent() && query.first("ending_before").isPresent()) {
      return Optional.of(Responses.error(400, "Use starting_after or ending_before, not both"));
    }
    return Optional.empty();
  }

  /**
   * Two buckets, the way Clever's limiter reports several limits: a short burst bucket is
   * exhausted.
   */
  private void burstRateLimited(Headers headers, long resetInSeconds) {
    long now = clock.instant().getEpochSecond();
    headers.add("X-RateLimit-Bucket", BUCKET);
    headers.add("X-RateLimit-Bucket", "burst");
    headers.add("X-RateLimit-Limit", "1200");
    headers.add("X-RateLimit-Limit", "20");
    headers.add("X-RateLimit-Remaining", "1100");
    headers.add("X-RateLimit-Remaining", "0");
    headers.add("X-RateLimit-Reset", Long.toString(now + 60 - Math.floorMod(now, 60)));
    headers.add("X-RateLimit-Reset", Long.toString(now + resetInSeconds));
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

  /** Sends the headers and half the body, waits for the stall, then sends the rest. */
  private static void sendStalled(
      HttpExchange exchange, Response response, Duration stall, CountDownLatch release)
      throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    response.body().writeTo(buffer);
    byte[] bytes = buffer.toByteArray();
    exchange.getResponseHeaders().set("Content-Type", response.contentType());
    exchange.sendResponseHeaders(response.status(), bytes.length);
    OutputStream body = exchange.getResponseBody();
    body.write(bytes, 0, bytes.length / 2);
    body.flush();
    try {
      FaultSchedule.stall(stall, release);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    body.write(bytes, bytes.length / 2, bytes.length - bytes.length / 2);
    body.flush();
  }

  /** A district the stand-in serves, and what belongs to its token alone. */
  private record Tenant(
      String token, byte[] digest, CleverData data, Related related, RateLimitWindow window) {}

  private static byte[] digest(String text) {
    try {
      return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JDK", e);
    }
  }
}
