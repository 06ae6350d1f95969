package com.classtag.examples.input;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;

/**
 * Reads a small JSON document, such as an input file, into a Gson tree, strictly: no comments, no
 * unquoted names, no trailing content, and no key given twice in one object (which Gson's own tree reading
 * would silently resolve by keeping the last).
 */
final class JsonTree {
  /** How Gson's messages about non-standard JSON start: advice for a developer, not for a file's author. */
  private static final String LENIENT_HINT = "Use JsonReader.setStrictness(Strictness.LENIENT) to accept malformed JSON";

  private JsonTree() {}

  /** A document that is not well-formed JSON, with where it goes wrong. */
  static final class MalformedException extends Exception {
    private static final long serialVersionUID = 1L;
    private final String path;

    MalformedException(String path, String message) {
      super(message);
      this.path = path;
    }

    /** Returns the JSON path where reading stopped. */
    String path() {
      return path;
    }
  }

  /**
   * Reads one document.
   *
   * @param source the document; not closed
   * @return the tree
   * @throws MalformedException if the document is not well-formed JSON or repeats a key
   * @throws IOException if reading the source fails
   */
  static JsonElement read(Reader source) throws MalformedException, IOException {
    JsonReader in = new JsonReader(source);
    in.setStrictness(Strictness.STRICT);
    try {
      JsonElement root = value(in, JsonPath.ROOT);
      if (in.peek() != JsonToken.END_DOCUMENT) {
        throw new MalformedException(JsonPath.ROOT, "unexpected content after the document");
      }
      return root;
    } catch (com.google.gson.stream.MalformedJsonException | java.io.EOFException | IllegalStateException e) {
      throw new MalformedException(in.getPath(), "malformed JSON: " + firstLine(e.getMessage()));
    } catch (NumberFormatException e) {
      throw new MalformedException(in.getPath(), "malformed number");
    }
  }

  private static JsonElement value(JsonReader in, String path) throws IOException, MalformedException {
    switch (in.peek()) {
      case BEGIN_OBJECT:
        JsonObject object = new JsonObject();
        in.beginObject();
        while (in.hasNext()) {
          String name = in.nextName();
          String child = JsonPath.property(path, name);
          if (object.has(name)) {
            throw new MalformedException(child, "the key '" + name + "' is given twice");
          }
          object.add(name, value(in, child));
        }
        in.endObject();
        return object;
      case BEGIN_ARRAY:
        JsonArray array = new JsonArray();
        in.beginArray();
        while (in.hasNext()) {
          array.add(value(in, JsonPath.element(path, array.size())));
        }
        in.endArray();
        return array;
      case STRING:
        return new JsonPrimitive(in.nextString());
      case NUMBER:
        return new JsonPrimitive(new BigDecimal(in.nextString()));
      case BOOLEAN:
        return new JsonPrimitive(in.nextBoolean());
      case NULL:
        in.nextNull();
        return JsonNull.INSTANCE;
      default:
        throw new MalformedException(path, "expected a value but found " + in.peek());
    }
  }

  /**
   * Rewords a Gson parse message for the person who wrote the file: keeps what was wrong and where (line and
   * column), drops what is meant for a developer calling Gson: the advice to call {@code setStrictness}, the
   * troubleshooting link and the path (the message already starts with it).
   */
  private static String firstLine(String message) {
    if (message == null) {
      return "unexpected end of the document";
    }
    int newline = message.indexOf('\n');
    String line = newline < 0 ? message : message.substring(0, newline);
    int see = line.indexOf(" See http");
    line = see < 0 ? line : line.substring(0, see);
    int path = line.lastIndexOf(" path $");
    line = path < 0 ? line : line.substring(0, path);
    int lenient = line.indexOf(LENIENT_HINT);
    if (lenient >= 0) {
      line = "not standard JSON (unquoted text, single quotes, a comment or a missing comma)"
          + line.substring(lenient + LENIENT_HINT.length());
    }
    return line;
  }
}
