package com.classtag.clever.client.incremental;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The compare-and-set contract of {@link BaselineStore}, for the file and the in-memory store. */
class BaselineStoreTest {
  @TempDir Path dir;

  private static String read(BaselineStore store) throws IOException {
    try (StoredBaseline stored = store.open().orElseThrow()) {
      return new String(stored.content().readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  private static void write(BaselineStore store, Optional<String> expected, String text) {
    store.save(expected, out -> out.write(text.getBytes(StandardCharsets.UTF_8)));
  }

  private void contract(BaselineStore store) throws IOException {
    assertThat(store.open()).isEmpty();
    write(store, Optional.empty(), "first");
    assertThat(read(store)).isEqualTo("first");

    String v1 = store.open().orElseThrow().version();
    assertThatThrownBy(() -> write(store, Optional.empty(), "not over an existing one"))
        .isInstanceOf(BaselineConflictException.class);
    write(store, Optional.of(v1), "second");
    assertThat(read(store)).isEqualTo("second");
    assertThatThrownBy(() -> write(store, Optional.of(v1), "stale"))
        .isInstanceOf(BaselineConflictException.class)
        .hasMessageContaining(store.describe());
    assertThat(read(store)).isEqualTo("second");

    String v2 = store.open().orElseThrow().version();
    assertThatThrownBy(
            () ->
                store.save(
                    Optional.of(v2),
                    out -> {
                      out.write("half".getBytes(StandardCharsets.UTF_8));
                      throw new IOException("disk full");
                    }))
        .isInstanceOf(java.io.UncheckedIOException.class);
    assertThat(read(store)).as("a failed save leaves the baseline as it was").isEqualTo("second");
  }

  @Test
  void theInMemoryStoreKeepsTheContract() throws IOException {
    contract(new InMemoryBaselineStore());
  }

  @Test
  void theFileStoreKeepsTheContract() throws IOException {
    contract(BaselineFile.at(dir.resolve("d1.baseline")));
    try (var files = Files.list(dir)) {
      assertThat(files).extracting(p -> p.getFileName().toString()).containsExactly("d1.baseline");
    }
  }

  @Test
  void theFileStoreSeesAnotherProcessReplaceTheFile() throws IOException {
    Path file = dir.resolve("d1.baseline");
    BaselineFile store = BaselineFile.at(file);
    write(store, Optional.empty(), "mine");
    String loaded = store.open().orElseThrow().version();
    Files.writeString(file, "theirs, longer");
    Files.setLastModifiedTime(file, FileTime.from(Instant.now().plusSeconds(5)));

    assertThatThrownBy(() -> write(store, Optional.of(loaded), "mine again"))
        .isInstanceOf(BaselineConflictException.class);
    assertThat(Files.readString(file)).isEqualTo("theirs, longer");
  }
}
