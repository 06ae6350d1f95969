package com.classtag.clever.client;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;

/**
 * A bearer token Clever issued, such as a district's, held so that it cannot leak by accident:
 * {@code toString} shows {@code ****}, no exception message quotes it, and {@link #equals} compares
 * in constant time. Pass it to {@link CleverClient#withToken(DistrictToken)}; call {@link
 * #reveal()} only to hand it to something that must send or store it.
 */
public final class AccessToken {
  private final String value;

  private AccessToken(String value) {
    this.value = value;
  }

  /**
   * Wraps a token.
   *
   * @param value the token
   * @return the token
   * @throws IllegalArgumentException if it is blank or contains whitespace or control characters
   *     (the value is not quoted in the message)
   */
  public static AccessToken of(String value) {
    Objects.requireNonNull(value, "value");
    if (value.isBlank() || value.chars().anyMatch(c -> c <= ' ' || c == 0x7f)) {
      throw new IllegalArgumentException(
          "an access token must not be blank or contain whitespace or control " + "characters");
    }
    return new AccessToken(value);
  }

  /** {@return the token itself} Never log it. */
  public String reveal() {
    return value;
  }

  /** Compares the tokens in time independent of where they differ. */
  @Override
  public boolean equals(Object o) {
    return o instanceof AccessToken other
        && MessageDigest.isEqual(
            value.getBytes(StandardCharsets.UTF_8), other.value.getBytes(StandardCharsets.UTF_8));
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  /** Returns {@code AccessToken{****}}: never the token. */
  @Override
  public String toString() {
    return "AccessToken{****}";
  }
}
