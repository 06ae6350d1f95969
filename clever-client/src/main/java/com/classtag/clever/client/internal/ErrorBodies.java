package com.classtag.clever.client.internal;

import com.google.gson.JsonParseException;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import java.io.IOException;
import java.io.StringReader;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the human-readable message in an error body, whatever its shape: Clever's {@code
 * {"message":..}}, the legacy {@code {"error":..}} (a string, or an object with a message), an HTML
 * page (its title, else its text) or plain text.
 */
final class ErrorBodies {
  private static final String CUT = "...";
  private static final int MAX_MESSAGE =
      com.classtag.clever.client.ErrorDetails.MAX_SERVER_MESSAGE - CUT.length();
  private static final Pattern TITLE =
      Pattern.compile("<title[^>]*>(.*?)</title>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
  private static final Pattern TAG = Pattern.compile("<[^>]*>");
  private static final Pattern SPACE = Pattern.compile("\\s+");

  private ErrorBodies() {}

  /** Returns the body's message, cut to a readable length, or null if the body is empty. */
  static String message(String body) {
    if (body == null || body.isBlank()) {
      return null;
    }
    String text = body.strip();
    if (text.startsWith("{")) {
      String json = fromJson(text);
      if (json != null) {
        return cut(json);
      }
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.startsWith("<") || lower.contains("<html")) {
      Matcher title = TITLE.matcher(text);
      if (title.find() && !title.group(1).isBlank()) {
        return cut(SPACE.matcher(title.group(1)).replaceAll(" ").strip());
      }
      String stripped = SPACE.matcher(TAG.matcher(text).replaceAll(" ")).replaceAll(" ").strip();
      return stripped.isEmpty() ? null : cut(stripped);
    }
    return cut(SPACE.matcher(text).replaceAll(" "));
  }

  private static String fromJson(String text) {
    JsonReader in = new JsonReader(new StringReader(text));
    in.setStrictness(Strictness.LENIENT);
    String message = null;
    String error = null;
    try {
      in.beginObject();
      while (in.hasNext()) {
        String name = in.nextName();
        if (name.equals("message") && in.peek() == JsonToken.STRING) {
          message = in.nextString();
        } else if (name.equals("error") && in.peek() == JsonToken.STRING) {
          error = in.nextString();
        } else if (name.equals("error") && in.peek() == JsonToken.BEGIN_OBJECT) {
          error = nestedMessage(in);
        } else {
          in.skipValue();
        }
      }
    } catch (IOException | IllegalStateException | JsonParseException e) {
      // A cut or odd body: keep whatever was found before the problem.
    }
    String found = message != null && !message.isBlank() ? message : error;
    return found == null || found.isBlank() ? null : found.strip();
  }

  private static String nestedMessage(JsonReader in) throws IOException {
    String found = null;
    in.beginObject();
    while (in.hasNext()) {
      if (in.nextName().equals("message") && in.peek() == JsonToken.STRING) {
        found = in.nextString();
      } else {
        in.skipValue();
      }
    }
    in.endObject();
    return found;
  }

  private static String cut(String s) {
    return s.length() <= MAX_MESSAGE ? s : s.substring(0, MAX_MESSAGE) + CUT;
  }
}
