package com.classtag.sync.json.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.classtag.sync.json.AppStateJson;
import com.classtag.sync.json.JsonFormatException;
import com.classtag.sync.state.AppState;
import com.classtag.sync.state.StudentRecord;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The strict tokenizer under {@code AppStateJson} and {@code SettingsJson}: what RFC 8259 refuses
 * is refused, with the place, and values longer than its buffer, escapes and refills at any
 * character read right.
 */
class JsonScannerTest {
  static Stream<Arguments> malformed() {
    return Stream.of(
        Arguments.of(
            "{\"version\": 1,}",
            "$.version",
            "malformed JSON at line 1 column 15 (expected a name in double quotes)"),
        Arguments.of(
            "{\"version\": 1, \"schools\": [{\"id\": \"s\"},]}",
            "$.schools[1]",
            "malformed JSON at line 1 column 40 (expected a value)"),
        Arguments.of(
            "{'version': 1}",
            "$",
            "malformed JSON at line 1 column 2 (expected a name in double quotes)"),
        Arguments.of(
            "{\"version\" 1}", "$.version", "malformed JSON at line 1 column 12 (expected ':')"),
        Arguments.of(
            "{\"version\": 1 \"schools\": []}",
            "$.version",
            "malformed JSON at line 1 column 15 (expected ',' or '}')"),
        Arguments.of(
            "{\"version\": 1, \"schools\": [{\"id\": \"s\"} {}]}",
            "$.schools[1]",
            "malformed JSON at line 1 column 40 (expected ',' or ']')"),
        Arguments.of(
            "{\"version\": 01}",
            "$.version",
            "malformed JSON at line 1 column 13 (a malformed number)"),
        Arguments.of(
            "{\"version\": 1.}",
            "$.version",
            "malformed JSON at line 1 column 13 (a malformed number)"),
        Arguments.of(
            "{\"version\": tru}",
            "$.version",
            "malformed JSON at line 1 column 13 (expected a value)"),
        Arguments.of(
            "{\"version\": 1, // comment\n}",
            "$.version",
            "malformed JSON at line 1 column 16 (expected a name in " + "double quotes)"),
        Arguments.of(
            "{\"version\": 1,\n \"schools\": [{\"id\": \"a\tb\"}]}",
            "$.schools[0].id",
            "malformed JSON at line 2 column 23 (a control character in a string; escape it)"),
        Arguments.of(
            "{\"version\": 1,\n\n  \"schools\": [{\"id\": \"a\\xb\"}]}",
            "$.schools[0].id",
            "malformed JSON at line 3 column 24 (an unknown escape)"),
        Arguments.of(
            "{\"version\": 1, \"schools\": [{\"id\": \"a\\u00g0\"}]}",
            "$.schools[0].id",
            "malformed JSON at line 1 column 41 (a \\u escape without four hex digits)"));
  }

  @ParameterizedTest
  @MethodSource("malformed")
  void refusesWhatStrictJsonRefusesAndSaysWhere(String json, String path, String found) {
    assertThatThrownBy(() -> AppStateJson.fromJson(json))
        .isInstanceOfSatisfying(
            JsonFormatException.class,
            e -> {
              assertThat(e.path()).isEqualTo(path);
              assertThat(e.expected()).isEqualTo("well-formed JSON");
              assertThat(e.found()).isEqualTo(found);
            });
  }

  @Test
  void anInputThatEndsEarlyIsRefusedWhereverItEnds() {
    String json =
        "{\"version\": 1, \"students\": [{\"id\": \"s\\u00e9\", \"extensionFields\": {\"bus\": \"1\"}}]}";
    for (int end = 0; end < json.length(); end++) {
      String cut = json.substring(0, end);
      assertThatThrownBy(() -> AppStateJson.fromJson(cut))
          .as(cut)
          .isInstanceOfSatisfying(
              JsonFormatException.class,
              e ->
                  assertThat(e.found())
                      .isIn("the end of the input", "none", "the end of the document"));
    }
  }

  @Test
  void readsValuesLongerThanItsBufferWithEscapesAcrossRefills() {
    String name = "\u00e9\"\\/\b\f\n\r\t\u0001\ud83d\ude00 ".repeat(2_000) + "x".repeat(20_000);
    AppState state =
        AppState.builder()
            .addStudents(
                StudentRecord.builder()
                    .id("i".repeat(30_000))
                    .firstName(name)
                    .lastName("plain")
                    .build())
            .build();
    String json = AppStateJson.toJson(state);

    assertThat(AppStateJson.read(new StringReader(json))).isEqualTo(state);
    for (int most : new int[] {1, 7, 8191, 8193}) {
      assertThat(AppStateJson.read(trickle(json, most)))
          .as("%d characters a read", most)
          .isEqualTo(state);
    }
    byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
    for (int most : new int[] {1, 2, 3, 16383, 16385}) {
      assertThat(AppStateJson.read(trickle(utf8, most)))
          .as("%d bytes a read", most)
          .isEqualTo(state);
    }
  }

  @Test
  void readsEveryUnicodeFormOfAValueAlike() {
    String name = "Zo\\u00eb \\ud83d\\ude00 \\u4e2d";
    String raw = "Zo\u00eb \ud83d\ude00 \u4e2d";
    AppState escaped = AppStateJson.fromJson(student(name));

    assertThat(escaped.students().get(0).firstName()).contains(raw);
    assertThat(AppStateJson.fromJson(student(raw))).isEqualTo(escaped);
    assertThat(AppStateJson.read(new StringReader(student(raw)))).isEqualTo(escaped);
    assertThat(
            AppStateJson.read(
                new ByteArrayInputStream(student(raw).getBytes(StandardCharsets.UTF_8))))
        .isEqualTo(escaped);
  }

  @Test
  void refusesBytesThatAreNotUtf8AtTheirPath() {
    byte[] json = student("Zo\u00eb").getBytes(StandardCharsets.UTF_8);
    String text = new String(json, StandardCharsets.ISO_8859_1);
    int at = text.indexOf("Zo") + 2;
    // A lone continuation byte, then a lead byte with no continuation.
    for (byte[] bad : new byte[][] {{(byte) 0x80}, {(byte) 0xC3, 'x'}}) {
      byte[] broken = new byte[json.length + bad.length];
      System.arraycopy(json, 0, broken, 0, at);
      System.arraycopy(bad, 0, broken, at, bad.length);
      System.arraycopy(json, at, broken, at + bad.length, json.length - at);

      assertThatThrownBy(() -> AppStateJson.read(new ByteArrayInputStream(broken)))
          .isInstanceOfSatisfying(
              JsonFormatException.class,
              e -> {
                assertThat(e.path()).isEqualTo("$.students[0].firstName");
                assertThat(e.found()).isEqualTo("a string whose bytes are not UTF-8");
              });
    }
  }

  @Test
  void refusesHalfASurrogatePair() {
    for (String half : new String[] {"\\ud83d", "\\ude00", "\\ud83dx", "\\ud83d\\u0041"}) {
      assertThatThrownBy(() -> AppStateJson.fromJson(student(half)))
          .as(half)
          .isInstanceOfSatisfying(
              JsonFormatException.class,
              e -> assertThat(e.found()).endsWith("(half a surrogate pair in a \\u escape)"));
    }
    assertThatThrownBy(() -> AppStateJson.read(new StringReader(student("\ud83d"))))
        .isInstanceOfSatisfying(
            JsonFormatException.class,
            e ->
                assertThat(e.found())
                    .endsWith("(a character with no UTF-8 form (half a surrogate pair))"));
  }

  private static String student(String firstName) {
    return "{\"version\": 1, \"students\": [{\"id\": \"s\", \"firstName\": \""
        + firstName
        + "\"}]}";
  }

  @Test
  void acceptsAnyJsonWhitespaceAndEscapedNames() {
    String json =
        " \r\n\t{ \"vers\\u0069on\" :\n1 , \"students\" : [ ] , \"baseline\" : { \"sectionIds\" : [ \"a\" ] } } \n";

    AppState state = AppStateJson.fromJson(json);

    assertThat(state.students()).isEmpty();
    assertThat(state.baseline().orElseThrow().sectionIds()).containsExactly("a");
  }

  private static InputStream trickle(byte[] bytes, int most) {
    return new InputStream() {
      private int at;

      @Override
      public int read() {
        return at == bytes.length ? -1 : bytes[at++] & 0xFF;
      }

      @Override
      public int read(byte[] into, int offset, int length) {
        if (at == bytes.length) {
          return -1;
        }
        int n = Math.min(Math.min(length, most), bytes.length - at);
        System.arraycopy(bytes, at, into, offset, n);
        at += n;
        return n;
      }
    };
  }

  private static Reader trickle(String text, int most) {
    return new Reader() {
      private int at;

      @Override
      public int read(char[] into, int offset, int length) {
        if (at == text.length()) {
          return -1;
        }
        int n = Math.min(Math.min(length, most), text.length() - at);
        text.getChars(at, at + n, into, offset);
        at += n;
        return n;
      }

      @Override
      public void close() {}
    };
  }
}
