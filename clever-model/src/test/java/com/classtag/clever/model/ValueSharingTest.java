package com.classtag.clever.model;

import static org.assertj.core.api.Assertions.assertThat;

import com.classtag.clever.model.internal.Json;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Kept records share repeated values of people; records read to be dropped do not pay for it. */
class ValueSharingTest {
  private static final String PAGE =
      "{\"data\":["
          + user("u1", "2024-01-02T03:04:05.000Z")
          + ","
          + user("u2", "2024-01-02T03:04:05.000Z")
          + "],\"links\":[]}";

  private static String user(String id, String created) {
    return "{\"data\":{\"id\":\""
        + id
        + "\",\"created\":\""
        + created
        + "\",\"last_modified\":\""
        + created
        + "\",\"name\":{\"first\":\"Ana\",\"last\":\"Diaz\"},\"roles\":{\"student\":{\"dob\":\"1/2/2014\","
        + "\"ext\":{\"homeroom\":\"12B\"},\"location\":{\"city\":\"Springfield\",\"zip\":\"01101\"}}},"
        + "\"x_new_field\":\"v\"}}";
  }

  @AfterEach
  void stopKeeping() {
    Json.keepValues(false);
  }

  @Test
  void aKeptReadSharesRepeatedNamesDatesAndPlaces() {
    Json.keepValues(true);
    List<User> users = read();
    StudentRole a = users.get(0).roles().student().orElseThrow();
    StudentRole b = users.get(1).roles().student().orElseThrow();

    assertThat(users.get(0).name().orElseThrow().first().orElseThrow())
        .isSameAs(users.get(1).name().orElseThrow().first().orElseThrow());
    assertThat(a.dob().orElseThrow()).isSameAs(b.dob().orElseThrow());
    assertThat(a.location().orElseThrow().city().orElseThrow())
        .isSameAs(b.location().orElseThrow().city().orElseThrow());
    assertThat(a.ext().get("homeroom").asString().orElseThrow())
        .isSameAs(b.ext().get("homeroom").asString().orElseThrow());
  }

  @Test
  void aStreamingReadKeepsEachValueAsReadButSharesFieldNames() {
    List<User> users = read();

    assertThat(users.get(0).name().orElseThrow().first().orElseThrow())
        .isEqualTo("Ana")
        .isNotSameAs(users.get(1).name().orElseThrow().first().orElseThrow());
    String[] keys = {
      users.get(0).unknownFields().keySet().iterator().next(),
      users.get(1).unknownFields().keySet().iterator().next()
    };
    assertThat(keys[0]).isEqualTo("x_new_field").isSameAs(keys[1]);
  }

  @Test
  void endingAKeptReadForgetsTheSharedValues() {
    Json.keepValues(true);
    String kept = read().get(0).name().orElseThrow().first().orElseThrow();
    Json.keepValues(false);
    Json.keepValues(true);

    assertThat(read().get(0).name().orElseThrow().first().orElseThrow())
        .isEqualTo(kept)
        .isNotSameAs(kept);
  }

  @Test
  void anUnmodifiedRecordKeepsOneTimestampForBoth() {
    User user = read().get(0);

    assertThat(user.lastModified().orElseThrow()).isSameAs(user.created().orElseThrow());
  }

  private static List<User> read() {
    List<User> out = new ArrayList<>();
    try (PageReader<User> page = PageReader.open(new StringReader(PAGE), CleverJson.USER)) {
      page.forEachRemaining(out::add);
    }
    return out;
  }
}
