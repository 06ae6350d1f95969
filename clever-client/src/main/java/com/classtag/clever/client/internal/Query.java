package com.classtag.clever.client.internal;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * An encoded query string under construction, and the few edits the client makes to a page URI:
 * resuming after a record ({@code starting_after}) and reading the cursor a URI carries.
 */
public final class Query {
  private static final String STARTING_AFTER = "starting_after";
  private static final String ENDING_BEFORE = "ending_before";

  private final List<String> params = new ArrayList<>();

  /**
   * Adds a parameter; the name and value are percent-encoded.
   *
   * @param name the name
   * @param value the value
   * @return this query
   */
  public Query add(String name, String value) {
    params.add(encode(name) + "=" + encode(value));
    return this;
  }

  /** Returns the encoded query, without {@code ?}; empty if there are no parameters. */
  public String encoded() {
    return String.join("&", params);
  }

  /**
   * Percent-encodes everything but RFC 3986 unreserved characters, for a path segment or query
   * component.
   *
   * @param s the text
   * @return the encoded text
   */
  public static String encode(String s) {
    StringBuilder out = new StringBuilder(s.length() + 8);
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      if ((c >= 'a' && c <= 'z')
          || (c >= 'A' && c <= 'Z')
          || (c >= '0' && c <= '9')
          || c == '-'
          || c == '.'
          || c == '_'
          || c == '~') {
        out.append((char) c);
      } else {
        out.append('%')
            .append(Character.toUpperCase(Character.forDigit(c >> 4, 16)))
            .append(Character.toUpperCase(Character.forDigit(c & 0xf, 16)));
      }
    }
    return out.toString();
  }

  /**
   * Returns {@code uri} changed to list the records after {@code id}: its {@code starting_after}
   * and {@code ending_before} parameters are replaced by {@code starting_after=id}; every other
   * parameter (limit, filters) is kept. Clever lists records in ascending id order, so this resumes
   * exactly after {@code id}.
   *
   * @param uri a listing URI
   * @param id the id of the last record read
   * @return the resumed URI
   */
  public static URI startingAfter(URI uri, String id) {
    List<String> kept = new ArrayList<>();
    String raw = uri.getRawQuery();
    if (raw != null && !raw.isEmpty()) {
      for (String p : raw.split("&")) {
        String name = p.contains("=") ? p.substring(0, p.indexOf('=')) : p;
        if (!name.equals(STARTING_AFTER) && !name.equals(ENDING_BEFORE) && !p.isEmpty()) {
          kept.add(p);
        }
      }
    }
    kept.add(STARTING_AFTER + "=" + encode(id));
    String s = uri.toString();
    int cut = s.indexOf('?');
    return URI.create((cut < 0 ? s : s.substring(0, cut)) + "?" + String.join("&", kept));
  }

  /**
   * Returns the raw value of the {@code starting_after} parameter of {@code uri}, or null.
   *
   * @param uri a listing URI
   * @return the encoded cursor, or null
   */
  public static String cursor(URI uri) {
    return raw(uri, STARTING_AFTER);
  }

  /** Returns the {@code limit} of {@code uri}, or null if it has none or it is not a number. */
  static Integer limit(URI uri) {
    String raw = raw(uri, "limit");
    try {
      return raw == null ? null : Integer.valueOf(raw);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** Returns the decoded {@code starting_after} cursor of {@code uri}, or null. */
  static String cursorAfter(URI uri) {
    String raw = raw(uri, STARTING_AFTER);
    return raw == null ? null : URLDecoder.decode(raw, StandardCharsets.UTF_8);
  }

  /** Returns the decoded {@code ending_before} cursor of {@code uri}, or null. */
  static String cursorBefore(URI uri) {
    String raw = raw(uri, ENDING_BEFORE);
    return raw == null ? null : URLDecoder.decode(raw, StandardCharsets.UTF_8);
  }

  private static String raw(URI uri, String name) {
    String query = uri.getRawQuery();
    if (query == null) {
      return null;
    }
    for (String p : query.split("&")) {
      if (p.startsWith(name + "=")) {
        return p.substring(name.length() + 1);
      }
    }
    return null;
  }
}
