package com.classtag.clever.client.internal;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The API's origin (scheme, host, port): where every request goes and the only place the token is
 * sent. Links Clever returns are paths that already include the version, so they resolve against
 * the origin, not the versioned base.
 */
public final class Origin {
  private static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

  private final String scheme;
  private final String host;
  private final int port;
  private final URI base;

  private Origin(String scheme, String host, int port) {
    this.scheme = scheme;
    this.host = host;
    this.port = port;
    this.base =
        URI.create(
            scheme + "://" + hostForUri(host) + (port == defaultPort(scheme) ? "" : ":" + port));
  }

  /**
   * Parses and checks a base URL.
   *
   * @param baseUrl such as {@code https://api.clever.com}
   * @return the origin
   * @throws IllegalArgumentException if the URL is malformed, not https (http is allowed only for
   *     loopback hosts), has credentials, a path, a query or a fragment
   */
  public static Origin parse(String baseUrl) {
    Objects.requireNonNull(baseUrl, "baseUrl");
    URI uri;
    try {
      uri = new URI(baseUrl.trim());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("base URL is not a valid URL: " + e.getReason(), e);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String host = uri.getHost() == null ? null : uri.getHost().toLowerCase(Locale.ROOT);
    if (host == null || !(scheme.equals("https") || scheme.equals("http"))) {
      throw new IllegalArgumentException(
          "base URL must be an absolute http(s) URL such as https://api.clever.com");
    }
    if (scheme.equals("http") && !isLoopback(host)) {
      throw new IllegalArgumentException(
          "base URL must use https; plain http is allowed only for loopback hosts "
              + "(127.0.0.1, localhost, [::1]), so that the token never travels unencrypted");
    }
    if (uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException(
          "base URL must not contain credentials; set the token with token()");
    }
    if ((uri.getRawPath() != null && !uri.getRawPath().isEmpty() && !uri.getRawPath().equals("/"))
        || uri.getRawQuery() != null
        || uri.getRawFragment() != null) {
      throw new IllegalArgumentException(
          "base URL must be an origin such as https://api.clever.com, without a "
              + "path, query or fragment; the API version is set with apiVersion()");
    }
    int port = uri.getPort() == -1 ? defaultPort(scheme) : uri.getPort();
    return new Origin(scheme, host, port);
  }

  /**
   * Returns whether {@code host} is a loopback name or address the client allows plain http for.
   */
  static boolean isLoopback(String host) {
    return LOOPBACK.contains(host);
  }

  /**
   * Returns the absolute URI of a path and raw (already encoded) query on this origin.
   *
   * @param path an encoded path starting with {@code /}
   * @param rawQuery an encoded query, or empty
   * @return the URI
   */
  public URI uri(String path, String rawQuery) {
    return URI.create(base + path + (rawQuery.isEmpty() ? "" : "?" + rawQuery));
  }

  /**
   * Resolves a link Clever sent (a path such as {@code /v3.0/users?starting_after=..}, or an
   * absolute URL) against this origin, refusing anything on another origin.
   *
   * @param link the link as sent
   * @return the absolute URI
   * @throws IllegalArgumentException if the link is malformed or points to another origin
   */
  public URI resolve(String link) {
    URI resolved;
    try {
      resolved = base.resolve(new URI(link));
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("the link is not a valid URI (" + e.getReason() + ")", e);
    }
    String differs = difference(resolved);
    if (differs != null) {
      throw new IllegalArgumentException(
          "the link "
              + differs
              + "; the client never sends the token anywhere but the base URL's origin");
    }
    if (resolved.getRawFragment() != null) {
      throw new IllegalArgumentException("the link has a fragment");
    }
    return resolved;
  }

  /** Returns whether {@code uri} is on this origin (same scheme, host and port, no user info). */
  public boolean contains(URI uri) {
    return difference(uri) == null;
  }

  /**
   * Says how {@code uri} differs from this origin, naming the part (user info, scheme, host or
   * port) and both values, or returns null if it is on this origin. User info is named but never
   * quoted: it is a credential.
   */
  private String difference(URI uri) {
    String s = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    String h = uri.getHost() == null ? "" : uri.getHost().toLowerCase(Locale.ROOT);
    int p = uri.getPort() == -1 ? defaultPort(s) : uri.getPort();
    if (uri.getRawUserInfo() != null) {
      return "carries user info (credentials), which the base URL has not";
    }
    if (!s.equals(scheme)) {
      return "uses scheme " + (s.isEmpty() ? "(none)" : s) + ", not " + scheme;
    }
    if (!h.equals(host)) {
      return "points to host " + (h.isEmpty() ? "(none)" : h) + ", not " + host;
    }
    if (p != port) {
      return "points to port " + p + " of " + host + ", not port " + port;
    }
    return null;
  }

  /**
   * Returns whether requests go over plain http (loopback only), so HTTP/1.1 is the sensible
   * default.
   */
  public boolean isPlainHttp() {
    return scheme.equals("http");
  }

  /**
   * Returns the path and query of a URI, the form used in messages and events (never the host).
   *
   * @param uri the URI
   * @return such as {@code /v3.0/users?limit=10000}
   */
  public static String pathAndQuery(URI uri) {
    String q = uri.getRawQuery();
    return uri.getRawPath() + (q == null ? "" : "?" + q);
  }

  private static int defaultPort(String scheme) {
    return scheme.equals("http") ? 80 : 443;
  }

  private static String hostForUri(String host) {
    return host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
  }

  @Override
  public String toString() {
    return base.toString();
  }
}
