package com.classtag.clever.client.incremental;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.classtag.clever.model.District;
import com.classtag.clever.model.Name;
import com.classtag.clever.model.RosterSnapshot;
import com.classtag.clever.model.User;
import com.classtag.clever.model.baseline.Baseline;
import com.classtag.clever.model.baseline.BaselineFormatException;
import com.classtag.clever.model.baseline.BaselineHeader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Instant;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BaselineFileTest {
  private static final RosterSnapshot ROSTER =
      RosterSnapshot.builder()
          .district(District.builder().id("d1").build())
          .addUsers(User.student("u1", "s1").name(Name.of("Maria", "Gonzalez")).build())
          .build();
  private static final Baseline OLD = baseline("e5", ROSTER);
  private static final Baseline NEW =
      baseline(
          "e9",
          RosterSnapshot.builder().from(ROSTER).addUsers(User.student("u2", "s1").build()).build());

  @TempDir Path dir;

  private static Baseline baseline(String cursor, RosterSnapshot roster) {
    return Baseline.of(
        BaselineHeader.builder()
            .apiVersion("v3.0")
            .districtId("d1")
            .takenAt(Instant.parse("2024-01-15T10:00:00Z"))
            .eventsCursor(cursor)
            .build(),
        roster);
  }

  @Test
  void aSaveRemovesTheTemporaryFilesAKilledSaveOfTheSameBaselineLeft() throws IOException {
    Path path = dir.resolve("district.gz");
    BaselineFile.at(path).save(OLD);
    // What a save killed between writing and renaming leaves: roster data in a temporary file.
    Path stale = Files.writeString(dir.resolve("district.gz.8812736451.tmp"), "Maria Gonzalez");
    Path otherBaselines = Files.writeString(dir.resolve("other.gz.8812736451.tmp"), "x");
    Path notOurs = Files.writeString(dir.resolve("district.gz.notes.tmp"), "x");

    BaselineFile.at(path).save(NEW);

    assertThat(stale).doesNotExist();
    assertThat(otherBaselines).exists();
    assertThat(notOurs).exists();
    assertThat(BaselineFile.at(path).load()).contains(NEW);
    try (Stream<Path> files = Files.list(dir)) {
      assertThat(files.map(p -> p.getFileName().toString()))
          .containsExactlyInAnyOrder(
              "district.gz", "other.gz.8812736451.tmp", "district.gz.notes.tmp");
    }
  }

  @Test
  void aMissingFileLoadsAsEmpty() {
    assertThat(BaselineFile.at(dir.resolve("none.gz")).load()).isEmpty();
  }

  @Test
  void savesAndLoadsCreatingTheDirectory() {
    BaselineFile file = BaselineFile.at(dir.resolve("nested/dir/district.gz"));

    file.save(OLD);
    assertThat(file.load()).contains(OLD);
    file.save(NEW);
    assertThat(file.load()).contains(NEW);
    assertThat(file.path()).isAbsolute();
  }

  @Test
  void aSaveThatFailsPartWayLeavesThePreviousBaselineAndNoTemporaryFile() throws IOException {
    Path path = dir.resolve("district.gz");
    BaselineFile.at(path).save(OLD);
    byte[] before = Files.readAllBytes(path);

    java.io.ByteArrayOutputStream whole = new java.io.ByteArrayOutputStream();
    com.classtag.clever.model.baseline.BaselineFormat.write(NEW, whole);
    int size = whole.size();
    for (int limit : new int[] {0, 1, size / 2, size - 1}) {
      BaselineFile failing =
          BaselineFile.withSink(path, out -> new IncrementalSyncTest.FailAfter(out, limit));
      assertThatThrownBy(() -> failing.save(NEW))
          .as("fail after %d bytes", limit)
          .isInstanceOf(UncheckedIOException.class)
          .hasRootCauseMessage("simulated crash");
      assertThat(Files.readAllBytes(path)).isEqualTo(before);
      assertThat(BaselineFile.at(path).load()).contains(OLD);
      try (Stream<Path> files = Files.list(dir)) {
        assertThat(files).containsExactly(path);
      }
    }
  }

  @Test
  void aPartiallyWrittenFileIsNeverReadAsABaseline() throws IOException {
    // What a non-atomic writer would leave behind after a crash: the loader must refuse it.
    Path path = dir.resolve("district.gz");
    BaselineFile.at(path).save(NEW);
    byte[] whole = Files.readAllBytes(path);
    Files.write(path, java.util.Arrays.copyOf(whole, whole.length - 20));

    assertThatThrownBy(BaselineFile.at(path)::load)
        .isInstanceOf(BaselineFormatException.class)
        .hasMessageContaining("truncated");
  }

  @Test
  void theFileIsOwnerOnlyWherePermissionsExist() throws IOException {
    if (!FileSystems.getDefault().supportedFileAttributeViews().contains("posix")) {
      return;
    }
    Path path = dir.resolve("district.gz");
    BaselineFile.at(path).save(OLD);

    assertThat(Files.getPosixFilePermissions(path))
        .containsExactlyInAnyOrder(PosixFilePermission.OWNER_READ, PosixFilePermission.OWNER_WRITE);
  }

  @Test
  void aPathThatCannotBeReadFailsWithTheCause() {
    assertThatThrownBy(BaselineFile.at(dir)::load)
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("cannot read baseline file");
  }
}
