package com.classtag.examples.cli;

import com.classtag.examples.demo.DemoFiles;
import com.classtag.sync.json.AppStateJson;
import com.classtag.sync.json.JsonFormatException;
import com.classtag.sync.json.SettingsJson;
import com.classtag.sync.settings.SyncSettings;
import com.classtag.sync.state.AppState;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * Loads the plan command's input files, or the defaults, turning every problem into a usage error.
 */
final class InputLoader {
  private InputLoader() {}

  /**
   * Reads {@code --state}; or with {@code --demo}, the bundled demo state, which matches the
   * default district only, so a resized district gets a first sync of the bundled state's schools;
   * or else an empty app.
   */
  static AppState appState(Optional<Path> file, boolean demo, boolean defaultSize) {
    if (file.isPresent()) {
      return read("--state", file.get(), AppStateJson::read);
    }
    if (!demo) {
      return AppState.empty();
    }
    AppState bundled = bundled(DemoFiles.APP_STATE, AppStateJson::read);
    return defaultSize ? bundled : AppState.builder().addAllSchools(bundled.schools()).build();
  }

  /**
   * Reads {@code --settings}, or the bundled demo settings with {@code --demo}, or else the
   * defaults.
   */
  static SyncSettings settings(Optional<Path> file, boolean demo) {
    if (file.isPresent()) {
      return read("--settings", file.get(), SettingsJson::read);
    }
    return demo ? bundled(DemoFiles.SETTINGS, SettingsJson::read) : SyncSettings.defaults();
  }

  private static <T> T read(String option, Path file, Function<Reader, T> parser) {
    try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return parser.apply(reader);
    } catch (NoSuchFileException e) {
      throw new UsageException("option " + option + ": " + file + ": no such file", e);
    } catch (IOException | UncheckedIOException e) {
      throw new UsageException(
          "option " + option + ": " + file + ": cannot be read (" + rootMessage(e) + ")", e);
    } catch (JsonFormatException e) {
      throw new UsageException(file + ": " + e.getMessage(), e);
    }
  }

  private static <T> T bundled(DemoFiles demo, Function<Reader, T> parser) {
    try (Reader reader = demo.open()) {
      return parser.apply(reader);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + demo.displayName(), e);
    }
  }

  private static String rootMessage(Exception e) {
    Throwable cause = e instanceof UncheckedIOException ? e.getCause() : e;
    if (cause instanceof CharacterCodingException) {
      // Its own message ("Input length = 1") says nothing to the person who saved the file.
      return "it is not UTF-8 text; save it as UTF-8";
    }
    String message = cause.getMessage();
    return message == null ? cause.getClass().getSimpleName() : message;
  }
}
