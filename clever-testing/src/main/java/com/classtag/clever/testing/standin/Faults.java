package com.classtag.clever.testing.standin;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A list of faults to inject from the start, parsed from text, as a command line takes them; tests
 * inject typed {@link Fault}s with {@link CleverStandIn#inject}. Immutable.
 *
 * <p>The text form is a comma-separated list of {@code CODE[xCOUNT][@REQUEST]} items: CODE is
 * {@code 429} (a burst limit resetting in a second), a 5xx status, {@code drop}, {@code cut} or
 * {@code loop} (see {@link Fault}), COUNT how many requests in a row it hits, REQUEST the number of
 * the first. {@code 429x3@2,503x2@6,drop@9} answers requests 2 to 4 with 429, 6 and 7 with 503, and
 * drops the connection of request 9. Without {@code @REQUEST} an item starts at request 1.
 */
public final class Faults {
  private static final Faults NONE = new Faults(List.of());

  private final List<Fault> faults;

  private Faults(List<Fault> faults) {
    this.faults = List.copyOf(faults);
  }

  /** {@return the list that injects nothing} */
  public static Faults none() {
    return NONE;
  }

  /**
   * Parses the text form described in the class comment.
   *
   * @param spec the faults, such as {@code 429x3@2,503@6,drop@9}; blank means none
   * @return the faults
   * @throws IllegalArgumentException naming the item at fault if an item is malformed, names an
   *     unknown fault, or overlaps another item's requests
   */
  public static Faults parse(String spec) {
    Objects.requireNonNull(spec, "spec");
    if (spec.isBlank()) {
      return NONE;
    }
    List<Fault> faults = new ArrayList<>();
    List<String> items = new ArrayList<>();
    for (String raw : spec.split(",", -1)) {
      String item = raw.trim();
      int at = item.indexOf('@');
      String head = at < 0 ? item : item.substring(0, at);
      long first = at < 0 ? 1 : number(item, item.substring(at + 1), Long.MAX_VALUE / 2);
      int x = head.indexOf('x');
      String code = x < 0 ? head : head.substring(0, x);
      int count = x < 0 ? 1 : (int) number(item, head.substring(x + 1), 100_000);
      Fault fault = fault(item, code).atRequest(first).times(count);
      for (int k = 0; k < faults.size(); k++) {
        Fault other = faults.get(k);
        if (first < other.firstRequest() + other.times() && other.firstRequest() < first + count) {
          throw new IllegalArgumentException(
              "fault item '" + item + "' overlaps item '" + items.get(k) + "'");
        }
      }
      faults.add(fault);
      items.add(item);
    }
    return new Faults(faults);
  }

  /** {@return the faults in the order they are injected} */
  public List<Fault> list() {
    return faults;
  }

  /** {@return how many requests these faults hit in all} */
  public int size() {
    return faults.stream().mapToInt(Fault::times).sum();
  }

  /** Returns the faults, comma-separated, each as {@link Fault#toString()} writes it. */
  @Override
  public String toString() {
    return String.join(",", faults.stream().map(Fault::toString).toList());
  }

  private static Fault fault(String item, String code) {
    switch (code) {
      case "429":
        return Fault.rateLimited(Duration.ofSeconds(1));
      case "drop":
        return Fault.dropConnection();
      case "cut":
        return Fault.truncateBody();
      case "loop":
        return Fault.loopingNextLink();
      default:
        if (code.matches("5[0-9][0-9]")) {
          return Fault.serverError(Integer.parseInt(code));
        }
        throw new IllegalArgumentException(
            "fault item '"
                + item
                + "' names no known fault; use 429, a 5xx status, drop, cut or loop");
    }
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
        "fault item '"
            + item
            + "' needs a whole number from 1 to "
            + max
            + " where it has '"
            + digits
            + "'");
  }
}
