package com.classtag.clever.client;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A small district served over HTTP on 127.0.0.1 with the JDK's server: one district and {@code
 * size} records in each collection, paged by {@code limit} and {@code starting_after} in ascending
 * id order like Clever. Every {@code throttleEvery}-th request (counted across all collections) is
 * answered 429 with a one-second reset, as Clever's proxy does when a token exceeds its window.
 */
final class LoopbackDistrict implements AutoCloseable {
  static final List<String> COLLECTIONS =
      List.of("schools", "users", "sections", "terms", "courses");

  private final HttpServer server;
  private final ExecutorService threads = Executors.newFixedThreadPool(4);
  private final AtomicInteger requests = new AtomicInteger();
  private final AtomicInteger throttled = new AtomicInteger();
  private final int size;
  private final int throttleEvery;

  LoopbackDistrict(int size, int throttleEvery) throws IOException {
    this.size = size;
    this.throttleEvery = throttleEvery;
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/v3.0/", this::handle);
    server.setExecutor(threads);
    server.start();
  }

  String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  /** Returns how many requests were answered 429. */
  int throttled() {
    return throttled.get();
  }

  static String id(String collection, int i) {
    return String.format("%s%03d", collection, i);
  }

  private void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      if (requests.incrementAndGet() % throttleEvery == 0) {
        throttled.incrementAndGet();
        exchange.getResponseHeaders().add("X-RateLimit-Remaining", "0");
        exchange.getResponseHeaders().add("X-RateLimit-Reset", "1");
        send(exchange, 429, "{\"message\":\"too many requests\"}");
        return;
      }
      String collection = exchange.getRequestURI().getPath().substring("/v3.0/".length());
      if (collection.equals("districts")) {
        send(exchange, 200, Json.page("districts", List.of("d1"), null));
        return;
      }
      int limit = 10_000;
      String after = null;
      String query = exchange.getRequestURI().getRawQuery();
      for (String p : query == null ? new String[0] : query.split("&")) {
        String[] kv = p.split("=", 2);
        if (kv[0].equals("limit")) {
          limit = Integer.parseInt(kv[1]);
        } else if (kv[0].equals("starting_after")) {
          after = URLDecoder.decode(kv[1], StandardCharsets.UTF_8);
        }
      }
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < size && ids.size() < limit; i++) {
        String id = id(collection, i);
        if (after == null || id.compareTo(after) > 0) {
          ids.add(id);
        }
      }
      String last = ids.isEmpty() ? null : ids.get(ids.size() - 1);
      boolean more = last != null && last.compareTo(id(collection, size - 1)) < 0;
      send(
          exchange,
          200,
          Json.page(
              collection,
              ids,
              more ? "/v3.0/" + collection + "?limit=" + limit + "&starting_after=" + last : null));
    }
  }

  private static void send(HttpExchange exchange, int status, String body) throws IOException {
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().add("Content-Type", "application/json");
    exchange.sendResponseHeaders(status, bytes.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(bytes);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    threads.shutdownNow();
  }
}
