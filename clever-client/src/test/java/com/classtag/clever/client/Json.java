package com.classtag.clever.client;

import java.util.List;
import java.util.stream.Collectors;

/** Builds the response bodies of the tests, in Clever's wire format. */
final class Json {
  private Json() {}

  /**
   * A list page of minimal records ({@code {"id":..}}) of a collection, with an optional next link.
   */
  static String page(String collection, List<String> ids, String next) {
    String data =
        ids.stream()
            .map(
                id ->
                    "{\"data\":{\"id\":\""
                        + id
                        + "\"},\"uri\":\"/v3.0/"
                        + collection
                        + "/"
                        + id
                        + "\"}")
            .collect(Collectors.joining(","));
    String links =
        "{\"rel\":\"self\",\"uri\":\"/v3.0/"
            + collection
            + "\"}"
            + (next == null ? "" : ",{\"rel\":\"next\",\"uri\":\"" + next + "\"}");
    return "{\"data\":[" + data + "],\"links\":[" + links + "]}";
  }

  /** A single-resource body of a minimal record. */
  static String single(String id) {
    return "{\"data\":{\"id\":\""
        + id
        + "\"},\"links\":[{\"rel\":\"self\",\"uri\":\"/v3.0/x/"
        + id
        + "\"}]}";
  }

  /** An events page of minimal events. */
  static String events(List<String> ids, String next) {
    String data =
        ids.stream()
            .map(
                id ->
                    "{\"data\":{\"id\":\""
                        + id
                        + "\",\"type\":\"users.updated\",\"created\":\"2024-01-15T10:00:00.000Z\","
                        + "\"data\":{\"object\":{\"id\":\"u"
                        + id
                        + "\"}}},\"uri\":\"/v3.0/events/"
                        + id
                        + "\"}")
            .collect(Collectors.joining(","));
    return "{\"data\":["
        + data
        + "],\"links\":["
        + (next == null ? "" : "{\"rel\":\"next\",\"uri\":\"" + next + "\"}")
        + "]}";
  }

  /** An event single body. */
  static String event(String id) {
    return "{\"data\":{\"id\":\""
        + id
        + "\",\"type\":\"users.created\",\"data\":{\"object\":{\"id\":\"u1\"}}}}";
  }
}
