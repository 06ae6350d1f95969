package com.classtag.clever.client.internal;

import com.classtag.clever.client.ClientListener.RequestFailed;
import com.classtag.clever.client.ClientListener.RequestSent;
import com.classtag.clever.client.ClientListener.ResponseReceived;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Decorates a transport with the client-side rate limit, listener events and retries. It returns
 * the first response that is not retried, whatever its status (mapping statuses to exceptions is
 * the caller's job), and throws the last I/O failure when retries run out; either way the call's
 * {@link CallContext} says how many attempts were made and why retrying stopped.
 */
public final class RetryingTransport implements HttpTransport {
  private final HttpTransport delegate;
  private final Retrier retrier;
  private final Retrier.Wiring wiring;

  /**
   * Creates the decorator.
   *
   * @param delegate the transport that sends
   * @param retrier the retry rules
   * @param wiring the seams, listener and rate limiter
   */
  public RetryingTransport(HttpTransport delegate, Retrier retrier, Retrier.Wiring wiring) {
    this.delegate = delegate;
    this.retrier = retrier;
    this.wiring = wiring;
  }

  @Override
  public TransportResponse send(URI uri, CallContext call) throws IOException {
    while (true) {
      try {
        wiring.limiter().acquire();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        call.giveUp("the thread was interrupted");
        InterruptedIOException io =
            new InterruptedIOException("interrupted while waiting for the rate limit");
        io.initCause(e);
        throw io;
      }
      RequestSent sent = new RequestSent("GET", Origin.pathAndQuery(uri), call.nextAttempt());
      call.sent(sent);
      wiring.listeners().emit(l -> l.requestSent(sent));
      Instant start = wiring.seams().clock().instant();
      TransportResponse response;
      try {
        response = delegate.send(uri, call);
      } catch (IOException e) {
        Duration elapsed = Duration.between(start, wiring.seams().clock().instant());
        wiring.listeners().emit(l -> l.requestFailed(new RequestFailed(sent, e, elapsed)));
        Optional<Duration> retry = retrier.decide(call, e);
        if (retry.isEmpty()) {
          throw e;
        }
        retrier.await(retry.get());
        continue;
      }
      Duration elapsed = Duration.between(start, wiring.seams().clock().instant());
      wiring
          .listeners()
          .emit(l -> l.responseReceived(new ResponseReceived(sent, response.status(), elapsed)));
      retrier.observe(response);
      if (!Retrier.isRetryableStatus(response.status())) {
        if (response.status() < 300) {
          retrier.onSuccess();
        }
        return response;
      }
      Optional<Duration> retry = retrier.decide(call, response);
      if (retry.isEmpty()) {
        return response;
      }
      // Release the connection before waiting, so a long wait does not hold it.
      response.close();
      retrier.await(retry.get());
    }
  }
}
