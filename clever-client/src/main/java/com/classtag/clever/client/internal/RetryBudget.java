package com.classtag.clever.client.internal;

/**
 * The client-wide retry budget, a token bucket in the manner of the AWS SDK's standard retry
 * strategy: a retry of a 5xx or an I/O failure costs five tokens and a successful request earns one
 * back, up to the capacity. When an outage makes most requests fail, the bucket empties and calls
 * fail fast instead of multiplying the load with retries; it refills as requests succeed again.
 * Thread-safe.
 */
public final class RetryBudget {
  private static final int RETRY_COST = 5;
  private static final int SUCCESS_REFUND = 1;

  private final int capacity;
  private int tokens;

  /**
   * Creates a full budget.
   *
   * @param retries how many retries a full budget allows in a burst
   */
  public RetryBudget(int retries) {
    this.capacity = Math.multiplyExact(retries, RETRY_COST);
    this.tokens = capacity;
  }

  /**
   * Takes the cost of one retry, returning false (and taking nothing) if the budget cannot pay it.
   */
  public synchronized boolean tryAcquire() {
    if (tokens < RETRY_COST) {
      return false;
    }
    tokens -= RETRY_COST;
    return true;
  }

  /** Earns back part of a retry for a successful request. */
  public synchronized void onSuccess() {
    tokens = Math.min(capacity, tokens + SUCCESS_REFUND);
  }
}
