package com.classtag.benchmarks.fetch;

import com.google.gson.stream.JsonReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.function.Consumer;

/**
 * The fetch benchmark's baseline: pages a listing with a bare {@code java.net.http} client and only
 * tokenizes each body with Gson's {@link JsonReader}, reading every token and materialising every
 * name and string, plus just enough bookkeeping to count the records and find the {@code next}
 * link. No models, no retries, no rate limit, no deadline: the floor a client that parses Clever
 * JSON with Gson sits on.
 */
final class TokenizingFetcher {
  private final HttpClient http;
  private final URI base;
  private final String token;

  TokenizingFetcher(HttpClient http, URI base, String token) {
    this.http = http;
    this.base = base;
    this.token = token;
  }

  /**
   * Fetches every page from {@code path} on, following next links.
   *
   * @param path the first page's path and query
   * @param sink consumes every name and string
   * @return the number of records
   * @throws IOException if a request fails or a status is not 200
   * @throws InterruptedException if interrupted while waiting for a response
   */
  long fetchAll(String path, Consumer<Object> sink) throws IOException, InterruptedException {
    long records = 0;
    String next = path;
    while (next != null) {
      HttpRequest request =
          HttpRequest.newBuilder(base.resolve(next))
              .header("Authorization", "Bearer " + token)
              .header("Accept", "application/json")
              .GET()
              .build();
      HttpResponse<InputStream> response =
          http.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (JsonReader in =
          new JsonReader(new InputStreamReader(response.body(), StandardCharsets.UTF_8))) {
        if (response.statusCode() != 200) {
          throw new IOException("GET " + next + " answered " + response.statusCode());
        }
        Page page = tokenize(in, sink);
        records += page.records;
        next = page.next;
      }
    }
    return records;
  }

  /** What tokenizing one page found out: its record count and next link. */
  private static final class Page {
    long records;
    String next;
  }

  private static Page tokenize(JsonReader in, Consumer<Object> sink) throws IOException {
    Page page = new Page();
    // Depth 1 is the envelope, 2 the data and links arrays, 3 a record entry or a link object.
    int depth = 0;
    String top = null;
    String name = null;
    String rel = null;
    String uri = null;
    while (true) {
      switch (in.peek()) {
        case BEGIN_OBJECT:
          in.beginObject();
          depth++;
          if (depth == 3 && "data".equals(top)) {
            page.records++;
          }
          break;
        case END_OBJECT:
          in.endObject();
          if (depth == 3 && "links".equals(top) && "next".equals(rel)) {
            page.next = uri;
          }
          depth--;
          break;
        case BEGIN_ARRAY:
          in.beginArray();
          depth++;
          break;
        case END_ARRAY:
          in.endArray();
          depth--;
          break;
        case NAME:
          name = in.nextName();
          if (depth == 1) {
            top = name;
          }
          sink.accept(name);
          break;
        case STRING:
        case NUMBER:
          String value = in.nextString();
          sink.accept(value);
          if (depth == 3 && "links".equals(top)) {
            if ("rel".equals(name)) {
              rel = value;
            } else if ("uri".equals(name)) {
              uri = value;
            }
          }
          break;
        case BOOLEAN:
          sink.accept(in.nextBoolean());
          break;
        case NULL:
          in.nextNull();
          break;
        default:
          return page;
      }
    }
  }
}
