package com.classtag.clever.client.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.concurrent.ScheduledExecutorService;

/**
 * {@link HttpTransport} on {@code java.net.http}: adds the {@code Authorization}, {@code Accept} and {@code
 * User-Agent} headers, bounds the wait for headers with {@code HttpRequest.timeout} and the body with a
 * {@link DeadlineInputStream}. The {@code HttpClient} must not follow redirects, so a redirect reaches the
 * caller (which refuses it) and the token is never sent to where it points.
 */
public final class JdkTransport implements HttpTransport {
  private static final String USER_AGENT = Version.userAgent();

  private final HttpClient http;
  private final TransportSettings settings;
  private final ScheduledExecutorService watchdog;
  private final OpenResponses open = new OpenResponses();

  /**
   * Creates a transport.
   *
   * @param http the client; must not follow redirects
   * @param settings the origin, token and timeouts
   * @param watchdog the scheduler of body deadlines
   * @throws IllegalArgumentException if {@code http} follows redirects
   */
  public JdkTransport(HttpClient http, TransportSettings settings, ScheduledExecutorService watchdog) {
    if (http.followRedirects() != HttpClient.Redirect.NEVER) {
      throw new IllegalArgumentException("the HttpClient must be built with followRedirects(Redirect.NEVER): "
          + "a followed redirect could carry the token to another host");
    }
    this.http = http;
    this.settings = settings;
    this.watchdog = watchdog;
  }

  /** Returns the responses this transport has open. */
  public OpenResponses openResponses() {
    return open;
  }

  @Override
  public TransportResponse send(URI uri, CallContext call) throws IOException {
    if (!settings.origin().contains(uri)) {
      // Callers resolve every URI against the origin first; this is the last line of defence for the token.
      throw new IllegalStateException("refusing to send the token to another origin than " + settings.origin());
    }
    HttpRequest request = HttpRequest.newBuilder(uri)
        .GET()
        .timeout(settings.requestTimeout())
        .header("Authorization", "Bearer " + settings.token().reveal())
        .header("Accept", "application/json")
        .header("User-Agent", USER_AGENT)
        .build();
    HttpResponse<InputStream> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      InterruptedIOException io = new InterruptedIOException("interrupted while waiting for the response");
      io.initCause(e);
      throw io;
    }
    DeadlineInputStream body = new DeadlineInputStream(response.body(), settings.bodyDeadline(), watchdog);
    TransportResponse result = new TransportResponse(uri, response.statusCode(), response.headers(), body, open);
    open.add(result);
    return result;
  }
}
