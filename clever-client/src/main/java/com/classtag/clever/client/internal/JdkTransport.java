package com.classtag.clever.client.internal;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.ByteBuffer;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * {@link HttpTransport} on {@code java.net.http}: adds the {@code Authorization}, {@code Accept}
 * and {@code User-Agent} headers, bounds the wait for headers with {@code HttpRequest.timeout} and
 * the body with a {@link DeadlineInputStream}. Both waits are also bounded on the calling thread
 * itself (a timed wait for the headers, a timed poll for each part of the body), so no deadline
 * depends on another thread staying alive: should the {@code HttpClient}'s threads die, a call
 * still ends, with a timeout. The {@code HttpClient} must not follow redirects, so a redirect
 * reaches the caller (which refuses it) and the token is never sent to where it points.
 */
public final class JdkTransport implements HttpTransport {
  private static final String USER_AGENT = Version.userAgent();

  /**
   * How much longer than the request timeout this thread waits for headers, should the client's
   * timer die.
   */
  private static final Duration HEADERS_GRACE = Duration.ofSeconds(1);

  private final HttpClient http;
  private final TransportSettings settings;
  private final OpenResponses open;

  /**
   * Creates a transport.
   *
   * @param http the client; must not follow redirects
   * @param settings the origin, token and timeouts
   * @param open where the responses it opens are tracked; shared by the transports of one root
   *     client
   * @throws IllegalArgumentException if {@code http} follows redirects
   */
  public JdkTransport(HttpClient http, TransportSettings settings, OpenResponses open) {
    if (http.followRedirects() != HttpClient.Redirect.NEVER) {
      throw new IllegalArgumentException(
          "the HttpClient must be built with followRedirects(Redirect.NEVER): "
              + "a followed redirect could carry the token to another host");
    }
    this.http = http;
    this.settings = settings;
    this.open = open;
  }

  /**
   * Returns a transport that sends another token over the same {@code HttpClient} (so the same
   * connection pool), with the same settings and the same tracking of open responses.
   *
   * @param token the other token
   * @return the transport
   */
  public JdkTransport withToken(Secret token) {
    return new JdkTransport(
        http,
        new TransportSettings(
            settings.origin(),
            token,
            settings.requestTimeout(),
            settings.bodyDeadline(),
            settings.maxBodyBytes()),
        open);
  }

  /** Returns the responses this transport has open. */
  public OpenResponses openResponses() {
    return open;
  }

  @Override
  public TransportResponse send(URI uri, CallContext call) throws IOException {
    if (!settings.origin().contains(uri)) {
      // Callers resolve every URI against the origin first; this is the last line of defence for
      // the token.
      throw new IllegalStateException(
          "refusing to send the token to another origin than " + settings.origin());
    }
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .GET()
            .timeout(settings.requestTimeout())
            .header("Authorization", settings.token().header())
            .header("Accept", "application/json")
            .header("User-Agent", USER_AGENT)
            .build();
    HttpResponse<Flow.Publisher<List<ByteBuffer>>> response = headers(request);
    DeadlineInputStream body =
        new DeadlineInputStream(settings.bodyDeadline(), settings.maxBodyBytes());
    response.body().subscribe(body);
    TransportResponse result =
        new TransportResponse(uri, response.statusCode(), response.headers(), body, open);
    open.add(result);
    return result;
  }

  /**
   * Sends the request and waits for the response headers. The {@code HttpClient} enforces the
   * request timeout; this thread waits a little longer than it, so that the wait ends even if the
   * client's own timer never fires.
   */
  private HttpResponse<Flow.Publisher<List<ByteBuffer>>> headers(HttpRequest request)
      throws IOException {
    CompletableFuture<HttpResponse<Flow.Publisher<List<ByteBuffer>>>> pending =
        http.sendAsync(request, HttpResponse.BodyHandlers.ofPublisher());
    Duration wait = settings.requestTimeout().plus(HEADERS_GRACE);
    try {
      return pending.get(wait.toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      pending.cancel(true);
      Thread.currentThread().interrupt();
      InterruptedIOException io =
          new InterruptedIOException("interrupted while waiting for the response");
      io.initCause(e);
      throw io;
    } catch (TimeoutException e) {
      pending.cancel(true);
      HttpTimeoutException timeout = new HttpTimeoutException("no response headers within " + wait);
      timeout.initCause(e);
      throw timeout;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException io) {
        throw io;
      }
      if (cause instanceof RuntimeException r) {
        throw r;
      }
      throw new IOException("sending the request failed", cause);
    }
  }
}
