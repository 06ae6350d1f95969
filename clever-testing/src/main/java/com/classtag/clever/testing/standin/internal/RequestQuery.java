package com.classtag.clever.testing.standin.internal;

import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** The query string of one request, decoded, its parameters kept in the order they were sent. */
final class RequestQuery {
  private final List<Map.Entry<String, String>> params;

  private RequestQuery(List<Map.Entry<String, String>> params) {
    this.params = params;
  }

  /** Decodes a raw query string; null means no query. */
  static RequestQuery parse(String rawQuery) {
    List<Map.Entry<String, String>> params = new ArrayList<>();
    if (rawQuery != null && !rawQuery.isEmpty()) {
      for (String pair : rawQuery.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String name = decode(eq < 0 ? pair : pair.substring(0, eq));
        String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
        params.add(Map.entry(name, value));
      }
    }
    return new RequestQuery(params);
  }

  /** Returns the first value of a parameter. */
  Optional<String> first(String name) {
    return params.stream()
        .filter(p -> p.getKey().equals(name))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  /** Returns every value of a repeatable parameter such as {@code record_type}. */
  Set<String> all(String name) {
    Set<String> values = new LinkedHashSet<>();
    params.stream().filter(p -> p.getKey().equals(name)).forEach(p -> values.add(p.getValue()));
    return values;
  }

  /** Returns the query, encoded, without the cursor parameters: the stem of a next or prev link. */
  String withoutCursors() {
    StringBuilder query = new StringBuilder();
    for (Map.Entry<String, String> param : params) {
      if (param.getKey().equals("starting_after") || param.getKey().equals("ending_before")) {
        continue;
      }
      if (query.length() > 0) {
        query.append('&');
      }
      query.append(encode(param.getKey())).append('=').append(encode(param.getValue()));
    }
    return query.toString();
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8);
  }
}
