package com.classtag.clever.client.internal;

/** The library's name and version, as sent in the {@code User-Agent} header. */
public final class Version {
  /** The library version; a test keeps it equal to the Maven project version. */
  public static final String VALUE = "0.1.0-SNAPSHOT";

  /** The library name. */
  public static final String NAME = "classtag-clever-client";

  private Version() {}

  /**
   * Returns the {@code User-Agent} value, such as {@code classtag-clever-client/0.1.0 (Java
   * 17.0.15)}.
   */
  public static String userAgent() {
    return NAME + "/" + VALUE + " (Java " + Runtime.version() + ")";
  }
}
