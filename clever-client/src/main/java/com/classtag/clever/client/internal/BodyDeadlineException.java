package com.classtag.clever.client.internal;

import java.net.SocketTimeoutException;
import java.time.Duration;

/**
 * Reading a response body took longer than the body deadline: the body stalled after its headers.
 */
final class BodyDeadlineException extends SocketTimeoutException {
  BodyDeadlineException(Duration deadline) {
    super(
        "reading the response body took longer than the body deadline of "
            + deadline
            + "; the body stalled after its headers");
  }
}
