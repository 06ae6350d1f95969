package com.classtag.clever.client;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * What is known about a failed call: the request's method and path, how many requests it made, and,
 * when a response arrived, its status, headers and a bounded excerpt of its body. Immutable.
 *
 * <p>Never holds the token: the path has no credentials, and the headers are response headers with
 * {@code Authorization}, {@code Proxy-Authorization}, {@code Cookie} and {@code Set-Cookie}
 * removed. The excerpt is taken only from error responses (never from a 2xx body, which holds
 * roster data), is at most {@value #MAX_EXCERPT} characters, and has the token masked should a
 * server echo it.
 *
 * <p>{@link #serverMessage()} and {@link #bodyExcerpt()} are text the server chose, and an error
 * page (a misbehaving proxy's, say) can echo a request or a record: they may hold personal data.
 * That is why they never appear in an exception's message, its {@code toString} or anything the SDK
 * logs, and why they are bounded ({@value #MAX_SERVER_MESSAGE} and {@value #MAX_EXCERPT}
 * characters, control characters replaced by spaces). Show them to a person investigating a
 * failure; do not log them unfiltered.
 */
public final class ErrorDetails {
  /** The longest body excerpt kept, in characters. */
  public static final int MAX_EXCERPT = 512;

  /** The longest server message kept, in characters. */
  public static final int MAX_SERVER_MESSAGE = 200;

  /** The longest request id kept, in characters. */
  public static final int MAX_REQUEST_ID = 128;

  private static final List<String> REQUEST_ID_HEADERS =
      List.of("x-request-id", "x-clever-request-id");

  private final String method;
  private final String path;
  private final int attempts;
  private final Integer status;
  private final Map<String, List<String>> headers;
  private final String bodyExcerpt;
  private final String serverMessage;

  private ErrorDetails(Builder b) {
    this.method = b.method;
    this.path = b.path;
    this.attempts = b.attempts;
    this.status = b.status;
    this.headers = b.headers;
    this.bodyExcerpt = b.bodyExcerpt;
    this.serverMessage = b.serverMessage;
  }

  /**
   * Returns a builder; {@code method} and {@code path} are required.
   *
   * @param method the HTTP method
   * @param path the path and query, without host or credentials
   * @return the builder
   */
  public static Builder builder(String method, String path) {
    return new Builder(method, path);
  }

  /** {@return the HTTP method, {@code GET}} */
  public String method() {
    return method;
  }

  /** {@return the path and query of the request, such as {@code /v3.0/users?limit=10000}} */
  public String path() {
    return path;
  }

  /** {@return how many requests the call made: 1 when it was not retried} */
  public int attempts() {
    return attempts;
  }

  /** {@return the HTTP status of the last response, if one arrived} */
  public OptionalInt status() {
    return status == null ? OptionalInt.empty() : OptionalInt.of(status);
  }

  /**
   * {@return the last response's headers (lower-case names, sensitive ones removed); empty if none}
   */
  public Map<String, List<String>> headers() {
    return headers;
  }

  /**
   * {@return the start of the error response's body (at most {@value #MAX_EXCERPT} characters), if
   * it had one} Server-provided text that may hold personal data: never logged by the SDK, and not
   * to be logged unfiltered.
   */
  public Optional<String> bodyExcerpt() {
    return Optional.ofNullable(bodyExcerpt);
  }

  /**
   * {@return the message the server gave in {@code {"message":..}} or {@code {"error":..}}, an HTML
   * page's title or a plain-text body (at most {@value #MAX_SERVER_MESSAGE} characters), if any}
   * Server-provided text that may hold personal data: never logged by the SDK, and not to be logged
   * unfiltered.
   */
  public Optional<String> serverMessage() {
    return Optional.ofNullable(serverMessage);
  }

  /**
   * {@return the id the server gave the request, from the {@code X-Request-Id} response header (or
   * {@code X-Clever-Request-Id}), if the response carried one: quote it to Clever support} Only an
   * id's characters (letters, digits, {@code . _ : -}, at most {@value #MAX_REQUEST_ID} of them)
   * are kept, so no other text can travel in it.
   */
  public Optional<String> requestId() {
    for (String name : REQUEST_ID_HEADERS) {
      List<String> values = headers.get(name);
      if (values != null && !values.isEmpty()) {
        String id = values.get(0).strip();
        if (!id.isEmpty()
            && id.length() <= MAX_REQUEST_ID
            && id.chars().allMatch(ErrorDetails::isIdChar)) {
          return Optional.of(id);
        }
      }
    }
    return Optional.empty();
  }

  private static boolean isIdChar(int c) {
    return (c >= 'a' && c <= 'z')
        || (c >= 'A' && c <= 'Z')
        || (c >= '0' && c <= '9')
        || c == '.'
        || c == '_'
        || c == ':'
        || c == '-';
  }

  @Override
  public String toString() {
    return "ErrorDetails{"
        + method
        + " "
        + path
        + ", attempts="
        + attempts
        + (status == null ? "" : ", status=" + status)
        + requestId().map(id -> ", requestId=" + id).orElse("")
        + "}";
  }

  /** Builds {@link ErrorDetails}. */
  public static final class Builder {
    private static final List<String> SENSITIVE =
        List.of("authorization", "proxy-authorization", "cookie", "set-cookie");

    private final String method;
    private final String path;
    private int attempts = 1;
    private Integer status;
    private Map<String, List<String>> headers = Map.of();
    private String bodyExcerpt;
    private String serverMessage;

    private Builder(String method, String path) {
      this.method = Objects.requireNonNull(method, "method");
      this.path = Objects.requireNonNull(path, "path");
    }

    /**
     * Sets how many requests the call made.
     *
     * @param attempts at least 1
     * @return this builder
     */
    public Builder attempts(int attempts) {
      this.attempts = Math.max(1, attempts);
      return this;
    }

    /**
     * Sets the status of the last response.
     *
     * @param status the HTTP status
     * @return this builder
     */
    public Builder status(int status) {
      this.status = status;
      return this;
    }

    /**
     * Sets the response headers; names are lower-cased and sensitive headers dropped.
     *
     * @param headers the headers
     * @return this builder
     */
    public Builder headers(Map<String, List<String>> headers) {
      Map<String, List<String>> copy = new LinkedHashMap<>();
      headers.forEach(
          (name, values) -> {
            String key = name.toLowerCase(java.util.Locale.ROOT);
            if (!SENSITIVE.contains(key)) {
              copy.put(key, List.copyOf(values));
            }
          });
      this.headers = Collections.unmodifiableMap(copy);
      return this;
    }

    /**
     * Sets the body excerpt, cut to {@value ErrorDetails#MAX_EXCERPT} characters.
     *
     * @param excerpt the start of the body, or null
     * @return this builder
     */
    public Builder bodyExcerpt(String excerpt) {
      this.bodyExcerpt = bounded(excerpt, MAX_EXCERPT);
      return this;
    }

    /**
     * Sets the server's message, cut to {@value ErrorDetails#MAX_SERVER_MESSAGE} characters,
     * control characters replaced by spaces.
     *
     * @param message the message, or null
     * @return this builder
     */
    public Builder serverMessage(String message) {
      this.serverMessage = bounded(message, MAX_SERVER_MESSAGE);
      return this;
    }

    /**
     * Cuts server text to {@code max} characters, without splitting a surrogate pair or keeping
     * controls.
     */
    private static String bounded(String text, int max) {
      if (text == null) {
        return null;
      }
      int end =
          text.length() <= max
              ? text.length()
              : Character.isHighSurrogate(text.charAt(max - 1)) ? max - 1 : max;
      StringBuilder out = new StringBuilder(end);
      for (int i = 0; i < end; i++) {
        char c = text.charAt(i);
        // Keeps a newline or escape sequence in server text from forging or garbling a line where
        // it is shown.
        out.append(Character.isISOControl(c) ? ' ' : c);
      }
      return out.toString();
    }

    /** {@return the details} */
    public ErrorDetails build() {
      return new ErrorDetails(this);
    }
  }
}
