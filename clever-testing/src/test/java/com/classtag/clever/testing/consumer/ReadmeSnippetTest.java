package com.classtag.clever.testing.consumer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The README's "Testing your integration" snippet is the compiled one in {@link QuickStartTest}.
 */
class ReadmeSnippetTest {
  private static final Path SOURCE =
      Path.of("src/test/java/com/classtag/clever/testing/consumer/QuickStartTest.java");
  private static final Path README = Path.of("../README.md");

  @Test
  void theReadmeShowsTheCompiledSnippetWordForWord() throws IOException {
    List<String> lines = Files.readAllLines(SOURCE);
    int start = lines.indexOf("  // snippet:start");
    int end = lines.indexOf("  // snippet:end");
    assertThat(start).as("snippet markers in %s", SOURCE).isNotNegative().isLessThan(end);
    String snippet =
        lines.subList(start + 1, end).stream()
            .map(line -> line.startsWith("  ") ? line.substring(2) : line)
            .collect(Collectors.joining("\n", "", "\n"));

    assertThat(Files.readString(README)).contains("```java\n" + snippet + "```");
  }
}
