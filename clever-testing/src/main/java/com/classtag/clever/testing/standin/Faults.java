package com.classtag.clever.testing.standin;

import java.util.Collections;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * A schedule of failures the stand-in injects, keyed by the number of the request (1 for the first
 * request the stand-in receives, counting every request, retries included). Immutable.
 *
 * <p>The text form is a comma-separated list of {@code CODE[xCOUNT][@REQUEST]} items, where CODE is a
 * {@link FaultKind#code()}: {@code 429x3@2,503x2@6,drop@9} answers requests 2 to 4 with 429, 6 and 7 with
 * 503, and drops the connection of request 9. Without {@code @REQUEST} an item starts at request 1.
 */
public final class Faults {
  private static final int MAX_COUNT = 100_000;
  private static final Faults NONE = new Faults(new TreeMap<>());

  private final Map<Long, FaultKind> byRequest;

  private Faults(TreeMap<Long, FaultKind> byRequest) {
    this.byRequest = Collections.unmodifiableMap(byRequest);
  }

  /** Returns the schedule that injects nothing. */
  public static Faults none() {
    return NONE;
  }

  /**
   * Parses the text form described in the class comment.
   *
   * @param spec the schedule, such as {@code 429x3@2,503@6,drop@9}; blank means none
   * @return the schedule
   * @throws IllegalArgumentException naming the item at fault if an item is malformed, names an unknown
   *     fault, or overlaps another item
   */
  public static Faults parse(String spec) {
    TreeMap<Long, FaultKind> byRequest = new TreeMap<>();
    if (spec.isBlank()) {
      return NONE;
    }
    for (String raw : spec.split(",", -1)) {
      String item = raw.trim();
      int at = item.indexOf('@');
      String head = at < 0 ? item : item.substring(0, at);
      long first = at < 0 ? 1 : number(item, item.substring(at + 1), Long.MAX_VALUE / 2);
      int times = head.indexOf('x');
      String code = times < 0 ? head : head.substring(0, times);
      long count = times < 0 ? 1 : number(item, head.substring(times + 1), MAX_COUNT);
      FaultKind kind = kind(item, code);
      for (long request = first; request < first + count; request++) {
        if (byRequest.put(request, kind) != null) {
          throw new IllegalArgumentException(
              "fault item '" + item + "' overlaps another item at request " + request);
        }
      }
    }
    return new Faults(byRequest);
  }

  /**
   * Returns the fault to inject into a request.
   *
   * @param requestNumber the request's number, from 1
   * @return the fault, or empty to answer normally
   */
  public Optional<FaultKind> at(long requestNumber) {
    return Optional.ofNullable(byRequest.get(requestNumber));
  }

  /** Returns how many requests this schedule fails. */
  public int size() {
    return byRequest.size();
  }

  /** Returns the schedule in its text form, one item per request. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    byRequest.forEach((request, kind) -> {
      if (text.length() > 0) {
        text.append(',');
      }
      text.append(kind.code()).append('@').append(request);
    });
    return text.toString();
  }

  private static FaultKind kind(String item, String code) {
    for (FaultKind kind : FaultKind.values()) {
      if (kind.code().equals(code)) {
        return kind;
      }
    }
    throw new IllegalArgumentException(
        "fault item '" + item + "' names no known fault; use 429, 503, drop or cut");
  }

  private static long number(String item, String digits, long max) {
    try {
      long value = Long.parseLong(digits);
      if (value >= 1 && value <= max) {
        return value;
      }
    } catch (NumberFormatException e) {
      // reported below with the item
    }
    throw new IllegalArgumentException(
        "fault item '" + item + "' needs a whole number from 1 to " + max + " where it has '" + digits + "'");
  }
}
