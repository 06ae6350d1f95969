package com.classtag.clever.client.incremental;

import com.classtag.clever.model.baseline.Baseline;
import com.classtag.clever.model.baseline.BaselineFormat;
import com.classtag.clever.model.baseline.BaselineFormatException;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;

/**
 * A baseline kept in a file, in {@link BaselineFormat}. Saving is atomic: the new baseline is
 * written to a temporary file in the same directory, forced to disk, and renamed over the old one
 * with an atomic move, so a crash or a failure at any point leaves either the old baseline or the
 * new one, whole, never a mix.
 *
 * <p>A baseline holds personal data (names, emails). On POSIX file systems the file is created
 * readable and writable by its owner only. A process killed mid-save can leave a temporary file
 * named {@code <name>.<digits>.tmp} beside the baseline, holding roster data; it is never read, and
 * the next {@link #save(Baseline)} of the same baseline deletes it (and any other such leftover of
 * that baseline) before writing. Other files in the directory are never touched.
 *
 * <p>As a {@link BaselineStore}, its version is the file's identity, size and modification time,
 * and {@link #save(Optional, BaselineStore.Content)} checks it just before the rename: a save after
 * another process replaced the file fails with {@link BaselineConflictException}. A file system
 * offers no compare-and-set, so two processes saving within the same instant are not told apart
 * (the last rename wins): run one sync per baseline at a time, or keep baselines in a store with a
 * real compare-and-set.
 */
public final class BaselineFile implements BaselineStore {
  private static final int BUFFER = 1 << 16;
  private static final String TEMP_SUFFIX = ".tmp";

  private final Path file;
  private final UnaryOperator<OutputStream> sink;

  private BaselineFile(Path file, UnaryOperator<OutputStream> sink) {
    this.file = Objects.requireNonNull(file, "file").toAbsolutePath();
    this.sink = sink;
  }

  /**
   * Returns the baseline file at a path. Nothing is read or created yet.
   *
   * @param file the file's path; its directory is created when the baseline is first saved
   * @return the baseline file
   * @throws NullPointerException if {@code file} is null
   */
  public static BaselineFile at(Path file) {
    return new BaselineFile(file, UnaryOperator.identity());
  }

  /**
   * Returns a baseline file whose writes go through {@code sink}; tests use it to make a save fail
   * part-way.
   */
  static BaselineFile withSink(Path file, UnaryOperator<OutputStream> sink) {
    return new BaselineFile(file, sink);
  }

  /** {@return the file's absolute path} */
  public Path path() {
    return file;
  }

  /**
   * Reads the baseline.
   *
   * @return the baseline, or empty if the file does not exist
   * @throws BaselineFormatException if the file comes from a newer format version, is truncated or
   *     is corrupt; the message names the line
   * @throws UncheckedIOException if the file exists but cannot be read
   */
  public Optional<Baseline> load() {
    try (InputStream in = Files.newInputStream(file)) {
      return Optional.of(BaselineFormat.read(in));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read baseline file " + file, e);
    } catch (UncheckedIOException e) {
      throw new UncheckedIOException("cannot read baseline file " + file, e.getCause());
    }
  }

  /**
   * Replaces the file with a baseline, atomically: if this throws, the file is as it was before.
   * First deletes the temporary files earlier saves of this baseline left when killed (see the
   * class description).
   *
   * @param baseline the baseline
   * @throws UncheckedIOException if deleting a leftover temporary file, writing, forcing to disk or
   *     renaming fails (including a file system without atomic moves); the temporary file is
   *     deleted
   * @throws NullPointerException if {@code baseline} is null
   */
  public void save(Baseline baseline) {
    Objects.requireNonNull(baseline, "baseline");
    replace(null, out -> BaselineFormat.write(baseline, out));
  }

  /**
   * Opens the file.
   *
   * @return its bytes and version, or empty if it does not exist
   * @throws UncheckedIOException if it exists but cannot be opened
   */
  @Override
  public Optional<StoredBaseline> open() {
    try {
      String version = version();
      if (version == null) {
        return Optional.empty();
      }
      return Optional.of(new StoredBaseline(Files.newInputStream(file), version));
    } catch (NoSuchFileException e) {
      return Optional.empty();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read baseline file " + file, e);
    }
  }

  /**
   * Replaces the file atomically, as {@link #save(Baseline)}, if it is still the version loaded.
   *
   * @param expected the version {@link #open()} returned, or empty if there was no file
   * @param content writes the baseline's bytes
   * @throws BaselineConflictException if the file changed since it was loaded; it is left as it is
   * @throws UncheckedIOException if saving fails; the file is as it was
   */
  @Override
  public void save(Optional<String> expected, Content content) {
    replace(Objects.requireNonNull(expected, "expected"), content);
  }

  @Override
  public String describe() {
    return file.toString();
  }

  /** Returns the version of the file now, or null if there is none. */
  private String version() throws IOException {
    try {
      BasicFileAttributes a = Files.readAttributes(file, BasicFileAttributes.class);
      return a.fileKey() + "/" + a.size() + "/" + a.lastModifiedTime().to(TimeUnit.NANOSECONDS);
    } catch (NoSuchFileException e) {
      return null;
    }
  }

  /**
   * Writes and renames; with {@code expected} non-null, checks the version just before the rename.
   */
  private void replace(Optional<String> expected, Content content) {
    Path dir = file.getParent();
    Path temp = null;
    try {
      Files.createDirectories(dir);
      deleteStaleTemporaryFiles(dir);
      // createTempFile makes the file owner-only on POSIX, which the final file keeps through the
      // rename.
      temp = Files.createTempFile(dir, file.getFileName() + ".", TEMP_SUFFIX);
      try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
        OutputStream out =
            sink.apply(new BufferedOutputStream(Channels.newOutputStream(channel), BUFFER));
        content.writeTo(out);
        out.flush();
        // On disk before the rename makes it the baseline; otherwise a power cut could leave an
        // empty file.
        channel.force(true);
      }
      if (expected != null && !Optional.ofNullable(version()).equals(expected)) {
        throw new BaselineConflictException(describe());
      }
      Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
      temp = null;
      forceDirectory(dir);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot save baseline file " + file, deleteOnFailure(temp, e));
    } catch (UncheckedIOException e) {
      throw new UncheckedIOException(
          "cannot save baseline file " + file, deleteOnFailure(temp, e.getCause()));
    } catch (RuntimeException e) {
      throw deleteOnFailure(temp, e);
    }
  }

  /**
   * Deletes what earlier saves of this baseline left when they were killed before their rename:
   * files named as {@link Files#createTempFile} names ours, {@code <name>.<digits>.tmp}. They hold
   * roster data and would otherwise stay forever. Saving the same file from two processes at once
   * is unsupported anyway.
   */
  private void deleteStaleTemporaryFiles(Path dir) throws IOException {
    String prefix = file.getFileName() + ".";
    try (DirectoryStream<Path> leftovers =
        Files.newDirectoryStream(dir, p -> isTemporaryOf(prefix, p))) {
      for (Path leftover : leftovers) {
        Files.deleteIfExists(leftover);
      }
    }
  }

  private static boolean isTemporaryOf(String prefix, Path candidate) {
    String name = candidate.getFileName().toString();
    if (!name.startsWith(prefix)
        || !name.endsWith(TEMP_SUFFIX)
        || name.length() <= prefix.length() + TEMP_SUFFIX.length()) {
      return false;
    }
    String middle = name.substring(prefix.length(), name.length() - TEMP_SUFFIX.length());
    return middle.chars().allMatch(c -> c >= '0' && c <= '9');
  }

  /**
   * Deletes the temporary file after a failure; a failure to delete is attached to the original
   * one.
   */
  private static <E extends Exception> E deleteOnFailure(Path temp, E failure) {
    if (temp != null) {
      try {
        Files.deleteIfExists(temp);
      } catch (IOException e) {
        failure.addSuppressed(e);
      }
    }
    return failure;
  }

  /**
   * Forces the directory entry of the rename to disk, where the platform allows it. Best effort on
   * purpose: some platforms (Windows) cannot open a directory, and the rename itself is already
   * atomic; this only makes it durable sooner.
   */
  private static void forceDirectory(Path dir) {
    try (FileChannel d = FileChannel.open(dir, StandardOpenOption.READ)) {
      d.force(true);
    } catch (IOException | UnsupportedOperationException e) {
      // Durability of the rename is left to the file system; the saved baseline is complete either
      // way.
    }
  }

  /** Returns the file's path. */
  @Override
  public String toString() {
    return "BaselineFile{" + file + "}";
  }
}
