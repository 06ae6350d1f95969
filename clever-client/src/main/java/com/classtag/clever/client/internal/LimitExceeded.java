package com.classtag.clever.client.internal;

import java.io.IOException;

/**
 * A response body went past one of the client's {@link com.classtag.clever.client.ResponseLimits}
 * while it was read. An {@link IOException} so that it can stop the parser from inside its reads;
 * the requester turns it into a {@link com.classtag.clever.client.ResponseLimitException}, never
 * retried.
 */
final class LimitExceeded extends IOException {
  private static final long serialVersionUID = 1L;

  private final String limit;
  private final long value;

  /**
   * Creates the failure.
   *
   * @param limit the name of the {@code ResponseLimits} method of the limit
   * @param value the limit's value
   * @param what what went past it, such as {@code a string value longer than 1048576 characters}
   */
  LimitExceeded(String limit, long value, String what) {
    super(what);
    this.limit = limit;
    this.value = value;
  }

  String limit() {
    return limit;
  }

  long value() {
    return value;
  }

  /** Returns the limit failure behind {@code t}, searching its causes, or null if there is none. */
  static LimitExceeded in(Throwable t) {
    for (Throwable c = t; c != null; c = c.getCause()) {
      if (c instanceof LimitExceeded limit) {
        return limit;
      }
    }
    return null;
  }
}
