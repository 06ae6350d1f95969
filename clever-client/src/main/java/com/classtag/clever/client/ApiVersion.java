package com.classtag.clever.client;

/**
 * The Clever API version a client speaks. The version is part of every request path ({@code
 * /v3.0/users}); ids are the same in both versions. v3.1 is a non-breaking superset of v3.0
 * (student demographics, LMS status) that a district must be granted by Clever.
 */
public enum ApiVersion {
  /** Clever API v3.0, the default. */
  V3_0("v3.0"),
  /** Clever API v3.1. */
  V3_1("v3.1");

  private final String pathSegment;

  ApiVersion(String pathSegment) {
    this.pathSegment = pathSegment;
  }

  /** {@return the path segment of this version, such as {@code v3.0}} */
  public String pathSegment() {
    return pathSegment;
  }
}
