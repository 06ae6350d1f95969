package com.classtag.clever.client;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * A {@link ClientListener} that writes one line per call to a {@link System.Logger} (which routes
 * to {@code java.util.logging}, or to SLF4J or Log4j when their {@code System.LoggerFinder} bridge
 * is on the classpath): the method, the path, the status, the attempts, the bytes and the duration.
 *
 * <pre>
 * GET /v3.0/users?limit=10000&amp;starting_after=* 200 attempts=1 bytes=48211 duration=412ms ratelimit.remaining=1187
 * GET /v3.0/sections?limit=10000 failed: PermissionDeniedException status=403 attempts=1 duration=80ms
 * </pre>
 *
 * <p>Switch it on with {@code CLEVER_LOG=info} (or {@code debug}) in the environment, or with
 * {@link CleverClient.Builder#logging}. At {@link Detail#INFO} an ended call is logged at {@code
 * INFO} and a failed one at {@code WARNING}; {@link Detail#DEBUG} adds a {@code DEBUG} line per
 * retry.
 *
 * <p>A line never holds the token, the client secret, a record's content or a server's text: the
 * query values that can identify a person (cursors such as {@code starting_after}, which are user
 * ids, and every filter value but {@code limit}, {@code role}, {@code record_type} and {@code
 * owner_type}) are shown as {@code *}, and a failure is named by its exception type, status and
 * Clever's request id, never by its message.
 */
public final class LoggingListener implements ClientListener {
  /** The name of the logger lines go to. */
  public static final String LOGGER_NAME = "com.classtag.clever.client.calls";

  private static final Set<String> SHOWN_VALUES =
      Set.of("limit", "role", "record_type", "owner_type");

  private final Logger logger;
  private final Detail detail;

  /** How much is logged. */
  public enum Detail {
    /** One line per call. */
    INFO,
    /** One line per call, and one per retry. */
    DEBUG;

    /**
     * Reads a detail as {@code CLEVER_LOG} spells it.
     *
     * @param value {@code info} or {@code debug} (any case); null or blank for none
     * @return the detail, or empty for none
     * @throws IllegalArgumentException if the value is neither
     */
    public static Optional<Detail> parse(String value) {
      if (value == null || value.isBlank()) {
        return Optional.empty();
      }
      switch (value.strip().toLowerCase(Locale.ROOT)) {
        case "info":
          return Optional.of(INFO);
        case "debug":
          return Optional.of(DEBUG);
        default:
          throw new IllegalArgumentException(
              "CLEVER_LOG must be info or debug (or unset, for no call log)");
      }
    }
  }

  private LoggingListener(Logger logger, Detail detail) {
    this.logger = logger;
    this.detail = detail;
  }

  /**
   * Returns a listener logging to the logger named {@value #LOGGER_NAME}.
   *
   * @param detail how much to log
   * @return the listener
   */
  public static LoggingListener of(Detail detail) {
    return to(System.getLogger(LOGGER_NAME), detail);
  }

  /**
   * Returns a listener logging to the given logger.
   *
   * @param logger the logger
   * @param detail how much to log
   * @return the listener
   */
  public static LoggingListener to(Logger logger, Detail detail) {
    return new LoggingListener(
        Objects.requireNonNull(logger, "logger"), Objects.requireNonNull(detail, "detail"));
  }

  @Override
  public void callEnded(CallEnded event) {
    if (!logger.isLoggable(Level.INFO)) {
      return;
    }
    logger.log(
        Level.INFO,
        event.call().method()
            + " "
            + redact(event.call().path())
            + " "
            + event.status()
            + " attempts="
            + event.attempts()
            + " bytes="
            + event.bytes()
            + " duration="
            + event.duration().toMillis()
            + "ms"
            + (event.rateLimitRemaining().isPresent()
                ? " ratelimit.remaining=" + event.rateLimitRemaining().getAsLong()
                : ""));
  }

  @Override
  public void callFailed(CallFailed event) {
    if (!logger.isLoggable(Level.WARNING)) {
      return;
    }
    Throwable failure = event.failure();
    String status = "";
    String requestId = "";
    if (failure instanceof CleverException e) {
      status = e.statusCode().isPresent() ? " status=" + e.statusCode().getAsInt() : "";
      requestId = e.requestId().map(id -> " requestId=" + id).orElse("");
    }
    logger.log(
        Level.WARNING,
        event.call().method()
            + " "
            + redact(event.call().path())
            + " failed: "
            + failure.getClass().getSimpleName()
            + status
            + requestId
            + " attempts="
            + event.attempts()
            + " duration="
            + event.duration().toMillis()
            + "ms");
  }

  @Override
  public void retryScheduled(RetryScheduled event) {
    if (detail != Detail.DEBUG || !logger.isLoggable(Level.DEBUG)) {
      return;
    }
    logger.log(
        Level.DEBUG,
        event.failed().method()
            + " "
            + redact(event.failed().path())
            + " attempt "
            + event.failed().attempt()
            + " retried in "
            + event.delay().toMillis()
            + "ms: "
            + event.reason());
  }

  /** Returns a path with every query value but the harmless ones replaced by {@code *}. */
  static String redact(String pathAndQuery) {
    int q = pathAndQuery.indexOf('?');
    if (q < 0) {
      return pathAndQuery;
    }
    StringBuilder out = new StringBuilder(pathAndQuery.length()).append(pathAndQuery, 0, q + 1);
    String[] pairs = pathAndQuery.substring(q + 1).split("&", -1);
    for (int i = 0; i < pairs.length; i++) {
      if (i > 0) {
        out.append('&');
      }
      int eq = pairs[i].indexOf('=');
      String name = eq < 0 ? pairs[i] : pairs[i].substring(0, eq);
      out.append(name);
      if (eq >= 0) {
        out.append('=').append(SHOWN_VALUES.contains(name) ? pairs[i].substring(eq + 1) : "*");
      }
    }
    return out.toString();
  }

  @Override
  public String toString() {
    return "LoggingListener{" + detail + "}";
  }
}
