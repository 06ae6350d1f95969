package com.classtag.clever.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class StringLimitReaderTest {
  private static String readAll(Reader r) throws IOException {
    StringWriter out = new StringWriter();
    r.transferTo(out);
    return out.toString();
  }

  @Test
  void passesJsonWhoseStringsAreWithinTheLimitUnchanged() throws IOException {
    String json = "{\"a\":\"" + "x".repeat(64) + "\",\"b\":[\"\\\"" + "y".repeat(62) + "\"]}";
    assertThat(readAll(new StringLimitReader(new StringReader(json), 64))).isEqualTo(json);
  }

  @Test
  void anEscapedQuoteDoesNotEndTheStringSoItsLengthStillCounts() {
    String json = "{\"a\":\"" + "x".repeat(40) + "\\\"" + "x".repeat(40) + "\"}";
    assertThatThrownBy(() -> readAll(new StringLimitReader(new StringReader(json), 64)))
        .isInstanceOf(LimitExceeded.class)
        .hasMessageContaining("longer than 64 characters");
  }

  @Test
  void namesAreBoundedToo() {
    String json = "{\"" + "k".repeat(65) + "\":1}";
    assertThatThrownBy(() -> readAll(new StringLimitReader(new StringReader(json), 64)))
        .isInstanceOf(LimitExceeded.class);
  }

  @Test
  void skippedCharactersAreCounted() {
    String json = "\"" + "z".repeat(100) + "\"";
    assertThatThrownBy(() -> new StringLimitReader(new StringReader(json), 64).skip(200))
        .isInstanceOf(LimitExceeded.class);
  }

  @Test
  void aStringSplitAcrossReadsAndEscapesCountsAsInOneRead() throws IOException {
    // 62 characters as the parser sees them (60 plain, an escaped quote, an escaped backslash),
    // read one character at a time, so that each escape's two halves arrive in separate reads.
    String json = "[\"" + "x".repeat(30) + "\\\"" + "x".repeat(30) + "\\\\\"]";
    assertThat(readInSteps(new StringLimitReader(new StringReader(json), 62))).isEqualTo(json);
    String longer = "[\"" + "x".repeat(31) + "\\\"" + "x".repeat(30) + "\\\\\"]";
    assertThatThrownBy(() -> readInSteps(new StringLimitReader(new StringReader(longer), 62)))
        .isInstanceOf(LimitExceeded.class);
  }

  private static String readInSteps(Reader r) throws IOException {
    StringBuilder out = new StringBuilder();
    char[] one = new char[1];
    for (int n; (n = r.read(one, 0, 1)) > 0; ) {
      out.append(one, 0, n);
    }
    return out.toString();
  }
}
