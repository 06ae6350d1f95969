package com.classtag.clever.client.internal;

import com.classtag.clever.client.RateLimitBucket;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads Clever's rate-limit headers. Clever's proxy adds one value per bucket a request matched, so
 * each {@code X-RateLimit-*} header may be repeated or comma-joined; values are paired by position.
 */
public final class RateLimitHeaders {
  /**
   * A reset value below this (before 2001) cannot be a Unix time, so it is read as seconds from
   * now.
   */
  private static final long SMALLEST_EPOCH_SECONDS = 1_000_000_000L;

  private RateLimitHeaders() {}

  /**
   * Returns the buckets a response reported, in header order; empty if it had no rate-limit
   * headers.
   *
   * @param headers the response headers
   * @param now the current time, for relative reset values
   * @return the buckets
   */
  public static List<RateLimitBucket> buckets(HttpHeaders headers, Instant now) {
    List<String> names = values(headers, "x-ratelimit-bucket");
    List<String> limits = values(headers, "x-ratelimit-limit");
    List<String> remaining = values(headers, "x-ratelimit-remaining");
    List<String> resets = values(headers, "x-ratelimit-reset");
    int n =
        Math.max(Math.max(names.size(), limits.size()), Math.max(remaining.size(), resets.size()));
    List<RateLimitBucket> out = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      RateLimitBucket.Builder b = RateLimitBucket.builder();
      if (i < names.size()) {
        b.name(names.get(i));
      }
      Long limit = i < limits.size() ? parseLong(limits.get(i)) : null;
      if (limit != null) {
        b.limit(limit);
      }
      Long left = i < remaining.size() ? parseLong(remaining.get(i)) : null;
      if (left != null) {
        b.remaining(left);
      }
      Long reset = i < resets.size() ? parseLong(resets.get(i)) : null;
      if (reset != null) {
        b.reset(
            reset < SMALLEST_EPOCH_SECONDS ? now.plusSeconds(reset) : Instant.ofEpochSecond(reset));
      }
      out.add(b.build());
    }
    return out;
  }

  /**
   * Returns the latest reset among the exhausted buckets, or, if no bucket says it is exhausted,
   * the latest reset of any bucket; empty if no bucket has a reset.
   *
   * @param buckets the buckets of one response
   * @return when the token's window reopens
   */
  public static Optional<Instant> resetOfExhausted(List<RateLimitBucket> buckets) {
    Optional<Instant> exhausted =
        buckets.stream()
            .filter(RateLimitBucket::isExhausted)
            .map(RateLimitBucket::reset)
            .flatMap(Optional::stream)
            .max(Instant::compareTo);
    if (exhausted.isPresent()) {
      return exhausted;
    }
    return buckets.stream()
        .map(RateLimitBucket::reset)
        .flatMap(Optional::stream)
        .max(Instant::compareTo);
  }

  /**
   * Returns the wait {@code Retry-After} asks for, as seconds or as an HTTP date; empty if absent
   * or unreadable.
   *
   * @param headers the response headers
   * @param now the current time
   * @return the wait, never negative
   */
  public static Optional<Duration> retryAfter(HttpHeaders headers, Instant now) {
    Optional<String> value = headers.firstValue("retry-after").map(String::trim);
    if (value.isEmpty() || value.get().isEmpty()) {
      return Optional.empty();
    }
    Long seconds = parseLong(value.get());
    if (seconds != null) {
      return Optional.of(Duration.ofSeconds(Math.max(0, seconds)));
    }
    try {
      Instant at =
          ZonedDateTime.parse(value.get(), DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
      Duration d = Duration.between(now, at);
      return Optional.of(d.isNegative() ? Duration.ZERO : d);
    } catch (DateTimeParseException e) {
      return Optional.empty();
    }
  }

  private static List<String> values(HttpHeaders headers, String name) {
    List<String> out = new ArrayList<>();
    for (String v : headers.allValues(name)) {
      for (String part : v.split(",")) {
        out.add(part.trim());
      }
    }
    return out;
  }

  private static Long parseLong(String s) {
    try {
      return Long.parseLong(s.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
