package com.classtag.examples.demo;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;

/**
 * The bundled demo inputs: the app state and settings that go with the generated demo district.
 * They live in the jar under {@code demo/} and in the source tree under {@code
 * examples/src/main/resources/demo/}, where they can be copied and edited for {@code plan --state}
 * and {@code --settings}.
 */
public enum DemoFiles {
  /**
   * {@code demo/app-state.json}: last night's synced app, with this morning's changes made in it.
   */
  APP_STATE("demo/app-state.json"),
  /** {@code demo/settings.json}: the demo district's sync settings. */
  SETTINGS("demo/settings.json");

  private final String resource;

  DemoFiles(String resource) {
    this.resource = resource;
  }

  /** Returns the name messages show for the file, such as {@code demo/app-state.json (bundled)}. */
  public String displayName() {
    return resource + " (bundled)";
  }

  /**
   * Opens the bundled file.
   *
   * @return a UTF-8 reader; the caller closes it
   * @throws IllegalStateException if the jar lacks the file, which is a packaging error
   */
  public Reader open() {
    InputStream in = DemoFiles.class.getClassLoader().getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException("the bundled " + resource + " is missing from the jar");
    }
    return new InputStreamReader(in, StandardCharsets.UTF_8);
  }
}
