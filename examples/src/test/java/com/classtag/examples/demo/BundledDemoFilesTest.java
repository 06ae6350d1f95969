package com.classtag.examples.demo;

import static org.assertj.core.api.Assertions.assertThat;

import com.classtag.sync.json.AppStateJson;
import com.classtag.sync.state.AppState;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The bundled demo app state is generated, not hand-edited: this test fails when it differs from
 * what {@link DemoStateGenerator} makes today, and {@code -Ddemo.regenerate=true} rewrites it.
 */
class BundledDemoFilesTest {
  private static final Path SOURCE = Path.of("src/main/resources/demo/app-state.json");

  @Test
  void theBundledAppStateIsWhatTheGeneratorMakes() throws IOException {
    String generated = DemoStateGenerator.generate();
    boolean regenerate = Boolean.getBoolean("demo.regenerate");
    if (regenerate) {
      Files.writeString(SOURCE, generated, StandardCharsets.UTF_8);
    }

    assertThat(Files.readString(SOURCE, StandardCharsets.UTF_8))
        .as("run with -Ddemo.regenerate=true to update %s", SOURCE)
        .isEqualTo(generated);
    if (!regenerate) {
      // The build copies the source file; after a regeneration the copy catches up on the next
      // build.
      assertThat(bundled()).as("the jar's copy").isEqualTo(generated);
    }
  }

  @Test
  void theAppStateFormatRoundTrips() throws IOException {
    AppState state;
    try (Reader reader = DemoFiles.APP_STATE.open()) {
      state = AppStateJson.read(reader);
    }

    assertThat(AppStateJson.fromJson(AppStateJson.toJson(state))).isEqualTo(state);
  }

  @Test
  void theBundledSettingsAreValid() {
    assertThat(DemoStateGenerator.demoSettings().archiveEndedTerms()).isTrue();
  }

  private static String bundled() throws IOException {
    try (Reader reader = DemoFiles.APP_STATE.open()) {
      StringBuilder text = new StringBuilder();
      char[] buffer = new char[8192];
      for (int read = reader.read(buffer); read >= 0; read = reader.read(buffer)) {
        text.append(buffer, 0, read);
      }
      return text.toString();
    }
  }
}
