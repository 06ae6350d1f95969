package com.classtag.clever.client.internal;

import com.classtag.clever.client.ClientListener.RequestSent;
import java.time.Instant;

/**
 * The state of one logical call (one resource, or one page of a listing) across its attempts: when it
 * started, how many requests it made, and why the client stopped retrying. Used by one thread at a time.
 */
public final class CallContext {
  private final Instant started;
  private int attempts;
  private int paced;
  private RequestSent lastSent;
  private String gaveUpBecause;

  /**
   * Starts a call.
   *
   * @param started when the call started, by the client's clock
   */
  public CallContext(Instant started) {
    this.started = started;
  }

  /** Returns when the call started. */
  public Instant started() {
    return started;
  }

  /** Returns how many requests the call has made. */
  public int attempts() {
    return attempts;
  }

  /**
   * Returns how many requests failed: every request so far but those Clever answered with a 429 carrying a
   * reset time, which pace the call rather than fail it (the count {@code RetryPolicy.maxAttempts} bounds).
   */
  public int failedAttempts() {
    return attempts - paced;
  }

  /** Counts the last request as paced: a 429 with a reset time, retried when Clever said. */
  void paced() {
    paced++;
  }

  /** Counts a new request and returns its attempt number, 1 for the first. */
  int nextAttempt() {
    return ++attempts;
  }

  /** Returns the last request sent, for events about it; null before the first. */
  RequestSent lastSent() {
    return lastSent;
  }

  void sent(RequestSent sent) {
    this.lastSent = sent;
  }

  /** Returns why the client stopped retrying, such as {@code max attempts (5) reached}; null if it did not. */
  public String gaveUpBecause() {
    return gaveUpBecause;
  }

  void giveUp(String reason) {
    this.gaveUpBecause = reason;
  }
}
