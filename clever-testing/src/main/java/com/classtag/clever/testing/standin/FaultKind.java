package com.classtag.clever.testing.standin;

/** A failure the stand-in can inject into a response, to show that the client rides it out. */
public enum FaultKind {
  /** 429 with an empty body and exhausted rate-limit headers, as Clever's rate limiter answers. */
  RATE_LIMITED("429"),
  /** 503 with an HTML body, as a load balancer in front of an unhealthy service answers. */
  SERVICE_UNAVAILABLE("503"),
  /** The connection closes before any response byte is sent. */
  DROPPED_CONNECTION("drop"),
  /** The response starts normally, then the connection closes halfway through the body. */
  TRUNCATED_BODY("cut");

  private final String code;

  FaultKind(String code) {
    this.code = code;
  }

  /** Returns the short name used in a fault specification such as {@code 429x3@2}. */
  public String code() {
    return code;
  }
}
