package com.classtag.clever.client.internal;

import com.classtag.clever.client.BadRequestException;
import com.classtag.clever.client.CleverException;
import com.classtag.clever.client.CleverIoException;
import com.classtag.clever.client.ErrorDetails;
import com.classtag.clever.client.InvalidDataException;
import com.classtag.clever.client.NotFoundException;
import com.classtag.clever.client.PermissionDeniedException;
import com.classtag.clever.client.RateLimitBucket;
import com.classtag.clever.client.RateLimitedException;
import com.classtag.clever.client.ResponseLimitException;
import com.classtag.clever.client.ServerException;
import com.classtag.clever.client.UnauthorizedException;
import com.classtag.clever.client.UnexpectedResponseException;
import com.classtag.clever.model.CleverJsonException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Turns failed calls into the public exceptions, with messages that say what happened and how to
 * fix it. Error bodies are read only up to a bound, and everything taken from a server has the
 * token masked.
 */
public final class Failures {
  /** How much of an error body is read: enough for any JSON error or an HTML page's title. */
  private static final int READ_LIMIT = 4096;

  private final Secret token;
  private final Clock clock;

  /**
   * Creates the mapper.
   *
   * @param token masked out of anything taken from a response
   * @param clock for rate-limit reset times
   */
  public Failures(Secret token, Clock clock) {
    this.token = token;
    this.clock = clock;
  }

  /**
   * Maps a response whose status is not 2xx to its exception, reading a bounded excerpt of the body
   * and closing the response.
   *
   * @param response the response
   * @param call the call, for its attempts and why retrying stopped
   * @return the exception
   */
  public CleverException fromResponse(TransportResponse response, CallContext call) {
    String excerpt;
    try (response) {
      excerpt = token.scrub(readExcerpt(response.body()));
    }
    int status = response.status();
    String serverMessage = token.scrub(ErrorBodies.message(excerpt));
    ErrorDetails details =
        ErrorDetails.builder("GET", Origin.pathAndQuery(response.uri()))
            .attempts(call.attempts())
            .status(status)
            .headers(scrubbed(response))
            .bodyExcerpt(excerpt == null || excerpt.isEmpty() ? null : excerpt)
            .serverMessage(serverMessage)
            .build();
    // The server's own words stay out of the message: an error page (a proxy's, say) can echo a
    // request or a
    // record, and messages end up in logs. They are in serverMessage() and bodyExcerpt(), bounded.
    String said =
        serverMessage != null
            ? " (its message is in serverMessage())"
            : excerpt == null || excerpt.isBlank()
                ? " (empty body)"
                : " (no message in the body; see bodyExcerpt())";
    String head =
        "GET "
            + details.path()
            + " failed with "
            + status
            + " "
            + StatusText.of(status)
            + said
            + ". "
            + details.requestId().map(id -> "Clever's request id: " + id + ". ").orElse("");
    String tail =
        call.gaveUpBecause() == null ? "" : " Not retried further: " + call.gaveUpBecause() + ".";
    if (status >= 300 && status < 400) {
      return new UnexpectedResponseException(head + redirectHint(response) + tail, details, null);
    }
    switch (status) {
      case 401:
        return new UnauthorizedException(
            head
                + "The token is missing, invalid or revoked: check the token "
                + "(CLEVER_TOKEN) and that the district still authorizes the app."
                + tail,
            details);
      case 403:
        return new PermissionDeniedException(
            head
                + "The token is valid but may not read this resource: the "
                + "district did not grant the app this scope, or the endpoint needs Secure Sync (sections, events) or a "
                + "v3.1 grant from Clever."
                + tail,
            details);
      case 404:
        return new NotFoundException(
            head + "The record does not exist, or is not shared with this token." + tail, details);
      case 413:
        return new BadRequestException(
            head + "The page size is probably over Clever's maximum of 10000." + tail, details);
      case 429:
        List<RateLimitBucket> buckets =
            RateLimitHeaders.buckets(response.headers(), clock.instant());
        return new RateLimitedException(
            head
                + "Rate limited"
                + RateLimitHeaders.resetOfExhausted(buckets)
                    .map(at -> "; the window reopens at " + at)
                    .orElse("")
                + ". Lower the client's rate limit or retry later."
                + tail,
            details,
            buckets);
      default:
        break;
    }
    if (status >= 400 && status < 500) {
      return new BadRequestException(
          head + "Clever refused the request; check the ids and filters." + tail, details);
    }
    if (status >= 500 && status < 600) {
      return new ServerException(head + "Clever failed; try again later." + tail, details);
    }
    return new UnexpectedResponseException(
        head + "Clever does not document this status." + tail, details, null);
  }

  /**
   * Maps an I/O failure.
   *
   * @param uri the request
   * @param call the call
   * @param failure the failure
   * @return the exception
   */
  public CleverIoException io(URI uri, CallContext call, IOException failure) {
    String why =
        call.gaveUpBecause() == null ? "" : " Not retried further: " + call.gaveUpBecause() + ".";
    return new CleverIoException(
        "GET "
            + Origin.pathAndQuery(uri)
            + " failed after "
            + call.attempts()
            + (call.attempts() == 1 ? " attempt" : " attempts")
            + ": "
            + token.scrub(failure.toString())
            + "."
            + why,
        details(uri, call).build(),
        failure);
  }

  /**
   * Maps a body that is not the JSON Clever documents.
   *
   * @param response the response whose body it was
   * @param call the call
   * @param cause the model's parse error
   * @return the exception
   */
  public InvalidDataException invalid(
      TransportResponse response, CallContext call, CleverJsonException cause) {
    ErrorDetails details =
        details(response.uri(), call).status(response.status()).headers(scrubbed(response)).build();
    return new InvalidDataException(
        "GET "
            + details.path()
            + " returned a body that is not valid Clever JSON: "
            + cause.getMessage()
            + ". Not retried: the same request would most likely get the same body.",
        details,
        cause);
  }

  /**
   * Maps a body that went past one of the client's response limits.
   *
   * @param response the response whose body it was
   * @param call the call
   * @param cause where in the body the limit was passed
   * @param limit the {@code ResponseLimits} method of the limit
   * @param value the limit's value
   * @param what what went past it, such as {@code a string value longer than 1048576 characters}
   * @return the exception
   */
  public ResponseLimitException tooLarge(
      TransportResponse response,
      CallContext call,
      CleverJsonException cause,
      String limit,
      long value,
      String what) {
    ErrorDetails details =
        details(response.uri(), call).status(response.status()).headers(scrubbed(response)).build();
    return new ResponseLimitException(
        "GET "
            + details.path()
            + " returned "
            + what
            + " (at "
            + cause.path()
            + "), past the client's limit ResponseLimits."
            + limit
            + " of "
            + value
            + ". Any real Clever response "
            + "stays far below it, so the server or a proxy before it is broken or hostile; not retried. If such "
            + "responses are expected, raise the limit: CleverClient.builder().responseLimits(ResponseLimits.builder()."
            + limit
            + "(..).build()).",
        details,
        cause,
        limit,
        value);
  }

  /**
   * Maps a response the client refuses to act on.
   *
   * @param uri the request
   * @param call the call
   * @param why what was refused and why
   * @return the exception
   */
  public UnexpectedResponseException unexpected(URI uri, CallContext call, String why) {
    return new UnexpectedResponseException(
        "GET " + Origin.pathAndQuery(uri) + ": " + why, details(uri, call).build(), null);
  }

  /**
   * Returns details of a request, to be completed with response data when there is some.
   *
   * @param uri the request
   * @param call the call
   * @return the details builder
   */
  public ErrorDetails.Builder details(URI uri, CallContext call) {
    return ErrorDetails.builder("GET", Origin.pathAndQuery(uri)).attempts(call.attempts());
  }

  /** Returns the response headers with the token masked in every value, should a server echo it. */
  private Map<String, List<String>> scrubbed(TransportResponse response) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    response
        .headers()
        .map()
        .forEach(
            (name, values) ->
                out.put(name, values.stream().map(token::scrub).collect(Collectors.toList())));
    return out;
  }

  private static String redirectHint(TransportResponse response) {
    String where =
        response
            .headers()
            .firstValue("location")
            .map(
                location -> {
                  try {
                    URI target = response.uri().resolve(location);
                    return target.getHost() == null
                        ? "an unknown host"
                        : "host " + target.getHost();
                  } catch (IllegalArgumentException e) {
                    return "an unreadable location";
                  }
                })
            .orElse("nowhere (no Location header)");
    return "It redirects to "
        + where
        + "; redirects are never followed, so that the token is never sent "
        + "anywhere but the configured base URL. Configure the final URL as the base URL instead.";
  }

  static String readExcerpt(InputStream body) {
    byte[] buf = new byte[READ_LIMIT];
    int n = 0;
    try {
      while (n < buf.length) {
        int r = body.read(buf, n, buf.length - n);
        if (r < 0) {
          break;
        }
        n += r;
      }
    } catch (IOException e) {
      // What was read so far is still worth showing; the status alone already classifies the
      // failure.
    }
    return new String(buf, 0, n, StandardCharsets.UTF_8);
  }
}
