package com.classtag.clever.client.internal;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * The credential of the {@code Authorization} header: a bearer token, or HTTP Basic client
 * credentials. Its {@code toString} is a mask, so it cannot reach a log line or a message by
 * accident; only {@link JdkTransport} reads it, to set the header.
 */
public final class Secret {
  private static final String MASK = "****";

  private final String scheme;
  private final String token;

  /**
   * Another form of the credential that {@link #scrub} also masks: the raw client secret of Basic.
   */
  private final String alsoMasked;

  /**
   * Wraps a token.
   *
   * @param token the token
   * @throws IllegalArgumentException if the token is blank or contains whitespace or control
   *     characters, which a header value cannot carry
   */
  public Secret(String token) {
    Objects.requireNonNull(token, "token");
    if (token.isBlank()) {
      throw new IllegalArgumentException("token must not be blank");
    }
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (c <= ' ' || c == 0x7f) {
        throw new IllegalArgumentException(
            "token must not contain whitespace or control characters");
      }
    }
    this.scheme = "Bearer";
    this.token = token;
    this.alsoMasked = null;
  }

  private Secret(String encoded, String clientSecret) {
    this.scheme = "Basic";
    this.token = encoded;
    this.alsoMasked = clientSecret;
  }

  /**
   * Returns HTTP Basic client credentials.
   *
   * @param clientId the OAuth client id
   * @param clientSecret the OAuth client secret
   * @return the credential
   * @throws IllegalArgumentException if either is blank or contains whitespace or control
   *     characters, or the id contains a colon
   */
  public static Secret basic(String clientId, String clientSecret) {
    new Secret(clientId);
    new Secret(clientSecret);
    if (clientId.indexOf(':') >= 0) {
      throw new IllegalArgumentException("the client id must not contain ':'");
    }
    String encoded =
        Base64.getEncoder()
            .encodeToString((clientId + ":" + clientSecret).getBytes(StandardCharsets.UTF_8));
    return new Secret(encoded, clientSecret);
  }

  String reveal() {
    return token;
  }

  /** Returns the value of the {@code Authorization} header. */
  String header() {
    return scheme + " " + token;
  }

  /**
   * Returns {@code text} with every occurrence of the token masked, for text that came from a
   * server.
   *
   * @param text the text, or null
   * @return the masked text, or null
   */
  public String scrub(String text) {
    if (text == null) {
      return null;
    }
    String out = text.replace(token, MASK);
    return alsoMasked == null ? out : out.replace(alsoMasked, MASK);
  }

  @Override
  public String toString() {
    return MASK;
  }
}
