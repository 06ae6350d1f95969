package com.classtag.clever.model.baseline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class LineSplitterTest {
  private static LineSplitter of(String text, int max) {
    return new LineSplitter(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), max);
  }

  @Test
  void splitsOnNewlinesKeepingMultiByteCharactersAcrossChunks() throws IOException {
    String long1 = "é".repeat(40_000); // 80,000 bytes: spans the 64 KiB read chunk
    LineSplitter lines = of(long1 + "\n\nlast\n", 1 << 20);

    assertThat(lines.next()).isEqualTo(long1);
    assertThat(lines.next()).isEmpty();
    assertThat(lines.next()).isEqualTo("last");
    assertThat(lines.count()).isEqualTo(3);
    assertThat(lines.next()).isNull();
  }

  @Test
  void aLastLineWithoutItsNewlineIsAnEarlyEnd() throws IOException {
    LineSplitter lines = of("one\ntwo", 100);

    assertThat(lines.next()).isEqualTo("one");
    assertThatThrownBy(lines::next).isInstanceOf(EOFException.class);
  }

  @Test
  void aLineOverTheLimitIsCorruptAtItsNumber() throws IOException {
    LineSplitter lines = of("short\n" + "x".repeat(101) + "\n", 100);
    lines.next();

    assertThatThrownBy(lines::next)
        .isInstanceOf(BaselineFormatException.class)
        .hasMessage("baseline line 2: the line is longer than 100 bytes");
  }

  @Test
  void invalidUtf8FailsOnItsOwnLine() throws IOException {
    byte[] bytes = {'o', 'k', '\n', (byte) 0xC3, (byte) 0x28, '\n'};
    LineSplitter lines = new LineSplitter(new ByteArrayInputStream(bytes), 100);

    assertThat(lines.next()).isEqualTo("ok");
    assertThatThrownBy(lines::next).isInstanceOf(CharacterCodingException.class);
    assertThat(lines.count()).isEqualTo(1);
  }
}
