package com.classtag.clever.client;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * The base of every exception a {@link CleverClient} throws. Unchecked. The subclasses split
 * failures by cause:
 *
 * <ul>
 *   <li>{@link CleverServiceException}: Clever answered with an error status ({@link
 *       BadRequestException}, {@link UnauthorizedException}, {@link PermissionDeniedException},
 *       {@link NotFoundException}, {@link RateLimitedException}, {@link ServerException});
 *   <li>{@link CleverIoException}: no usable response (connection, timeout, stalled body);
 *   <li>{@link InvalidDataException}: a response body that is not the JSON Clever documents, or
 *       ({@link ResponseLimitException}) one past the client's {@link ResponseLimits};
 *   <li>{@link UnexpectedResponseException}: a response this client refuses to act on (a redirect,
 *       a next link to another host, a repeated cursor);
 *   <li>{@link CursorExpiredException}: an events cursor Clever no longer knows.
 * </ul>
 *
 * <p>Every one carries {@link #details()}: the request's method and path, the number of requests
 * made and, when a response arrived, its status and headers. Messages and details never contain the
 * token or roster data.
 */
public abstract class CleverException extends RuntimeException {
  /** The failed call's details; see {@link #details()}. */
  private final ErrorDetails details;

  /**
   * Creates an exception.
   *
   * @param message what went wrong and how to fix it
   * @param details the request and response details
   * @param cause the underlying failure, or null
   */
  protected CleverException(String message, ErrorDetails details, Throwable cause) {
    super(message, cause);
    this.details = Objects.requireNonNull(details, "details");
  }

  /** {@return the details of the failed call} */
  public ErrorDetails details() {
    return details;
  }

  /** {@return the HTTP method of the failed request} */
  public String method() {
    return details.method();
  }

  /** {@return the path and query of the failed request, never with the host or token} */
  public String path() {
    return details.path();
  }

  /** {@return the HTTP status of the last response, if one arrived} */
  public OptionalInt statusCode() {
    return details.status();
  }

  /**
   * {@return the id the server gave the failed request, if its response carried one (see {@link
   * ErrorDetails#requestId()}); quote it when asking Clever support about the failure}
   */
  public Optional<String> requestId() {
    return details.requestId();
  }

  /** {@return the last response's headers, without sensitive ones; empty if no response arrived} */
  public Map<String, List<String>> headers() {
    return details.headers();
  }
}
