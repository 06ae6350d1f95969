package com.classtag.clever.testing.standin;

import com.classtag.clever.model.JsonCodec;
import com.classtag.clever.model.PageReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A bare HTTP client for testing the stand-in's wire format, parsing with clever-model's codecs
 * only.
 */
public final class WireClient {
  private final HttpClient http =
      HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final URI base;
  private final String token;

  public WireClient(URI base, String token) {
    this.base = base;
    this.token = token;
  }

  public HttpResponse<String> get(String pathAndQuery) throws IOException, InterruptedException {
    return http.send(request(pathAndQuery), HttpResponse.BodyHandlers.ofString());
  }

  public HttpResponse<String> getWithout(String pathAndQuery, String authorization)
      throws IOException, InterruptedException {
    HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(pathAndQuery));
    if (authorization != null) {
      request.header("Authorization", authorization);
    }
    return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** Reads every record of a listing by following next links verbatim, as the docs prescribe. */
  public <T> Listing<T> readAll(String firstPage, JsonCodec<T> codec)
      throws IOException, InterruptedException {
    List<T> records = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    int pages = 0;
    Optional<String> next = Optional.of(firstPage);
    while (next.isPresent()) {
      if (!seen.add(next.get())) {
        throw new AssertionError("next link repeated: " + next.get());
      }
      HttpResponse<java.io.InputStream> response =
          http.send(request(next.get()), HttpResponse.BodyHandlers.ofInputStream());
      if (response.statusCode() != 200) {
        throw new AssertionError("status " + response.statusCode() + " for " + next.get());
      }
      try (PageReader<T> page =
          PageReader.open(new InputStreamReader(response.body(), StandardCharsets.UTF_8), codec)) {
        page.forEachRemaining(records::add);
        next = page.nextUri();
      } catch (UncheckedIOException e) {
        throw e.getCause();
      }
      pages++;
    }
    return new Listing<>(records, pages);
  }

  /** The records of a listing and how many pages they came in. */
  public record Listing<T>(List<T> records, int pages) {}

  private HttpRequest request(String pathAndQuery) {
    return HttpRequest.newBuilder(base.resolve(pathAndQuery))
        .header("Authorization", "Bearer " + token)
        .build();
  }
}
