package com.classtag.examples.input;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * The JSON Schemas of the command line's input files, bundled from {@code docs/schema}, and the strict read
 * and validation every input file goes through before it is mapped.
 */
enum InputSchema {
  /** {@code docs/schema/app-state.schema.json}. */
  APP_STATE("schema/app-state.schema.json"),
  /** {@code docs/schema/settings.schema.json}. */
  SETTINGS("schema/settings.schema.json");

  private final String resource;
  private volatile SchemaValidator validator;

  InputSchema(String resource) {
    this.resource = resource;
  }

  /**
   * Reads a document and validates it against this schema.
   *
   * @param file the file's name as the user gave it, for messages
   * @param source the document; not closed
   * @return the document's root object
   * @throws InputFileException naming the file and every offending path
   */
  JsonObject read(String file, Reader source) {
    JsonElement document;
    try {
      document = JsonTree.read(source);
    } catch (JsonTree.MalformedException e) {
      throw new InputFileException(file, e.path(), e.getMessage(), e);
    } catch (CharacterCodingException e) {
      throw new InputFileException(file, JsonPath.ROOT, "cannot be read: it is not UTF-8 text (save it as UTF-8)", e);
    } catch (IOException e) {
      throw new InputFileException(file, JsonPath.ROOT, "cannot be read: " + e.getMessage(), e);
    }
    List<SchemaError> errors = validator().validate(document);
    if (!errors.isEmpty()) {
      throw new InputFileException(file, errors);
    }
    return document.getAsJsonObject();
  }

  private SchemaValidator validator() {
    SchemaValidator loaded = validator;
    if (loaded == null) {
      loaded = new SchemaValidator(load());
      validator = loaded;
    }
    return loaded;
  }

  private JsonObject load() {
    try (InputStream in = InputSchema.class.getClassLoader().getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("the bundled schema " + resource + " is missing from the jar");
      }
      return JsonTree.read(new InputStreamReader(in, StandardCharsets.UTF_8)).getAsJsonObject();
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the bundled schema " + resource, e);
    } catch (JsonTree.MalformedException e) {
      throw new IllegalStateException("the bundled schema " + resource + " is not JSON: " + e.getMessage(), e);
    }
  }
}
