package com.classtag.clever.client.incremental;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.urlEqualTo;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A small district in Clever's wire format at two moments, t0 and t1, and the Events API events
 * that lead from one to the other, stubbed on WireMock.
 */
final class DistrictStubs {
  static final String DISTRICT = "{\"id\":\"d1\",\"name\":\"Springfield\"}";
  static final String SCHOOL = "{\"id\":\"s1\",\"district\":\"d1\",\"name\":\"Whitfield\"}";
  static final String MARIA =
      "{\"id\":\"u1\",\"district\":\"d1\",\"name\":{\"first\":\"Maria\",\"last\":\"Gonzalez\"},"
          + "\"roles\":{\"student\":{\"school\":\"s1\",\"schools\":[\"s1\"]}}}";
  static final String MARIA_RENAMED = MARIA.replace("Gonzalez", "Lopez");
  static final String DEVON =
      "{\"id\":\"u2\",\"district\":\"d1\",\"name\":{\"first\":\"Devon\",\"last\":\"Okafor\"},"
          + "\"roles\":{\"teacher\":{\"school\":\"s1\",\"schools\":[\"s1\"]}}}";
  static final String KAI =
      "{\"id\":\"u3\",\"district\":\"d1\",\"name\":{\"first\":\"Kai\",\"last\":\"Brandt\"},"
          + "\"roles\":{\"student\":{\"school\":\"s1\",\"schools\":[\"s1\"]}}}";
  static final String SECTION =
      "{\"id\":\"c1\",\"district\":\"d1\",\"school\":\"s1\",\"name\":\"Math 6\","
          + "\"teachers\":[\"u2\"],\"students\":[\"u1\"]}";
  static final String SECTION_T1 =
      "{\"id\":\"c1\",\"district\":\"d1\",\"school\":\"s1\",\"name\":\"Math 6\","
          + "\"teachers\":[],\"students\":[\"u1\",\"u3\"]}";
  static final String TERM = "{\"id\":\"t1\",\"district\":\"d1\",\"name\":\"2024-25\"}";

  static final Map<String, List<String>> T0 =
      Map.of(
          "schools", List.of(SCHOOL),
          "users", List.of(MARIA, DEVON),
          "sections", List.of(SECTION),
          "terms", List.of(TERM),
          "courses", List.of());

  static final Map<String, List<String>> T1 =
      Map.of(
          "schools", List.of(SCHOOL),
          "users", List.of(MARIA_RENAMED, KAI),
          "sections", List.of(SECTION_T1),
          "terms", List.of(TERM),
          "courses", List.of());

  /** The events from t0 to t1, oldest first, with two that a roster must skip. */
  static final List<String> EVENTS_T0_T1 =
      List.of(
          event("e6", "users.updated", MARIA_RENAMED),
          event("e7", "users.deleted", DEVON),
          event("e8", "users.created", KAI),
          event("e9", "sections.updated", SECTION_T1),
          event("e10", "resources.created", "{\"id\":\"r1\",\"title\":\"Reading app\"}"),
          event("e11", "students.created", "{\"id\":\"u9\",\"grade\":\"5\"}"));

  private DistrictStubs() {}

  /** Stubs a full read of the district in a given state. */
  static void roster(WireMockExtension wm, Map<String, List<String>> state) {
    wm.stubFor(
        get(urlEqualTo("/v3.0/districts")).willReturn(ok(page("districts", List.of(DISTRICT)))));
    state.forEach(
        (collection, records) ->
            wm.stubFor(
                get(urlEqualTo("/v3.0/" + collection + "?limit=10000"))
                    .willReturn(ok(page(collection, records)))));
  }

  /** Stubs the newest event id, the cursor a full read takes first. */
  static void latestEvent(WireMockExtension wm, String id) {
    wm.stubFor(
        get(urlEqualTo("/v3.0/events?ending_before=last&limit=1"))
            .willReturn(ok(page("events", List.of(event(id, "users.updated", MARIA))))));
  }

  /** Stubs the events after a cursor, and the cursor's own event, which the client checks first. */
  static void eventsAfter(WireMockExtension wm, String cursor, List<String> events) {
    wm.stubFor(
        get(urlEqualTo("/v3.0/events/" + cursor))
            .willReturn(ok("{\"data\":" + event(cursor, "users.updated", MARIA) + "}")));
    wm.stubFor(
        get(urlEqualTo("/v3.0/events?limit=10000&starting_after=" + cursor))
            .willReturn(ok(page("events", events))));
  }

  static String event(String id, String type, String object) {
    return "{\"id\":\""
        + id
        + "\",\"type\":\""
        + type
        + "\",\"created\":\"2024-01-15T10:00:00.000Z\","
        + "\"data\":{\"object\":"
        + object
        + "}}";
  }

  private static String page(String collection, List<String> records) {
    String data =
        records.stream()
            .map(r -> "{\"data\":" + r + ",\"uri\":\"/v3.0/" + collection + "/x\"}")
            .collect(Collectors.joining(","));
    return "{\"data\":["
        + data
        + "],\"links\":[{\"rel\":\"self\",\"uri\":\"/v3.0/"
        + collection
        + "\"}]}";
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder ok(String body) {
    return aResponse().withHeader("Content-Type", "application/json").withBody(body);
  }
}
