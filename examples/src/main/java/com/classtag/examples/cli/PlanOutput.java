package com.classtag.examples.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;

/**
 * Writes the rendered plan to standard output or to {@code --out}. A file is written next to its
 * target and moved into place when complete, so a failure never leaves a half-written plan that
 * looks whole.
 */
final class PlanOutput {
  private PlanOutput() {}

  /** Writes text somewhere a user can read it. */
  interface Content {
    void writeTo(Writer out) throws IOException;
  }

  static void write(Optional<Path> file, PrintStream stdout, Content content) {
    if (file.isEmpty()) {
      try {
        Writer out = new java.io.OutputStreamWriter(stdout, StandardCharsets.UTF_8);
        content.writeTo(out);
        out.flush();
      } catch (IOException e) {
        throw new UsageException("cannot write the plan to standard output: " + e.getMessage(), e);
      }
      return;
    }
    Path target = file.get().toAbsolutePath();
    Path temporary = null;
    try {
      temporary = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
      try (Writer out = Files.newBufferedWriter(temporary, StandardCharsets.UTF_8)) {
        content.writeTo(out);
      }
      try {
        Files.move(
            temporary, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, target, StandardCopyOption.REPLACE_EXISTING);
      }
    } catch (IOException e) {
      deleteQuietly(temporary);
      throw new UsageException(
          "option --out: " + file.get() + ": cannot be written (" + e.getMessage() + ")", e);
    }
  }

  private static void deleteQuietly(Path temporary) {
    if (temporary == null) {
      return;
    }
    try {
      Files.deleteIfExists(temporary);
    } catch (IOException e) {
      // The original failure is what the user needs to see; a leftover .part file is harmless.
    }
  }
}
