package com.classtag.clever.client.internal;

import java.time.Duration;
import java.util.Objects;

/**
 * What {@link JdkTransport} needs besides the {@code HttpClient}.
 *
 * @param origin where requests may go; the token is sent nowhere else
 * @param token the bearer token
 * @param requestTimeout the limit on waiting for response headers
 * @param bodyDeadline the limit on time spent waiting for body bytes
 * @param maxBodyBytes the most bytes of one response body read
 */
public record TransportSettings(
    Origin origin,
    Secret token,
    Duration requestTimeout,
    Duration bodyDeadline,
    long maxBodyBytes) {
  /** Checks that every setting is present. */
  public TransportSettings {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(token, "token");
    Objects.requireNonNull(requestTimeout, "requestTimeout");
    Objects.requireNonNull(bodyDeadline, "bodyDeadline");
  }
}
