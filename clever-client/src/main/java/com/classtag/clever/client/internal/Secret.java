package com.classtag.clever.client.internal;

import java.util.Objects;

/**
 * The bearer token. Its {@code toString} is a mask, so the token cannot reach a log line or a message by
 * accident; only {@link JdkTransport} reads it, to set the {@code Authorization} header.
 */
public final class Secret {
  private static final String MASK = "****";

  private final String token;

  /**
   * Wraps a token.
   *
   * @param token the token
   * @throws IllegalArgumentException if the token is blank or contains whitespace or control characters,
   *     which a header value cannot carry
   */
  public Secret(String token) {
    Objects.requireNonNull(token, "token");
    if (token.isBlank()) {
      throw new IllegalArgumentException("token must not be blank");
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c <= ' ' || c == 0x7f) {
        throw new IllegalArgumentException("token must not contain whitespace or control characters");
      }
    }
    this.token = token;
  }

  String reveal() {
    return token;
  }

  /**
   * Returns {@code text} with every occurrence of the token masked, for text that came from a server.
   *
   * @param text the text, or null
   * @return the masked text, or null
   */
  public String scrub(String text) {
    return text == null ? null : text.replace(token, MASK);
  }

  @Override
  public String toString() {
    return MASK;
  }
}
