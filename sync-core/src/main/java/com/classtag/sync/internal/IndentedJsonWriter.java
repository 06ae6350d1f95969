package com.classtag.sync.internal;

import com.classtag.sync.plan.Decision;
import java.io.IOException;
import java.io.Writer;
import java.util.Arrays;

/**
 * Writes JSON text indented by two spaces, character for character as Gson's {@code JsonWriter}
 * lays it out with that indent (the plan JSON's layout), and can write a decision's explanation or
 * provisional id as a string value straight from its parts. A first sync's plan has millions of
 * explanations made of shared templates and the decision's own ids; through {@code JsonWriter} each
 * had to be joined into a string first: 1.3 GB of garbage for a 1M-student district.
 *
 * <p>It checks nothing: {@link PlanJsonCodec} calls it in a fixed, valid order (a name before every
 * value in an object, none in an array). One document per instance; not thread-safe.
 */
final class IndentedJsonWriter {
  /** What each ASCII character is written as inside a string, or null if as itself. */
  private static final String[] ESCAPES = new String[128];

  static {
    for (int c = 0; c < 0x20; c++) {
      ESCAPES[c] = String.format("\\u%04x", c);
    }
    ESCAPES['"'] = "\\\"";
    ESCAPES['\\'] = "\\\\";
    ESCAPES['\t'] = "\\t";
    ESCAPES['\b'] = "\\b";
    ESCAPES['\n'] = "\\n";
    ESCAPES['\r'] = "\\r";
    ESCAPES['\f'] = "\\f";
  }

  // Whole strings, not chars: Writer.write(int) takes the writer's lock, once per quote, comma and
  // line break of billions of characters.
  private static final String QUOTE = "\"";
  private static final String COMMA = ",";

  private final Writer out;

  /** A line break followed by the indent of each depth, made on first use. */
  private String[] newlines = new String[8];

  /** The string value being written from parts: escapes what it is given into {@link #out}. */
  private final Writer escaping =
      new Writer() {
        @Override
        public void write(char[] chars, int off, int len) throws IOException {
          escape(new String(chars, off, len), 0, len);
        }

        @Override
        public void write(String s, int off, int len) throws IOException {
          escape(s, off, off + len);
        }

        @Override
        public void write(int c) throws IOException {
          escape(String.valueOf((char) c), 0, 1);
        }

        @Override
        public void flush() {}

        @Override
        public void close() {}
      };

  /** Objects and arrays open. */
  private int depth;

  /** Whether the innermost open object or array has nothing in it yet. */
  private boolean empty = true;

  /** Whether a name was just written, so that the value follows it on the same line. */
  private boolean named;

  /**
   * Creates a writer.
   *
   * @param out where the text goes; written to directly, never closed
   */
  IndentedJsonWriter(Writer out) {
    this.out = out;
  }

  /** Opens an object. */
  IndentedJsonWriter beginObject() throws IOException {
    return open("{");
  }

  /** Closes the innermost object. */
  IndentedJsonWriter endObject() throws IOException {
    return close("}");
  }

  /** Opens an array. */
  IndentedJsonWriter beginArray() throws IOException {
    return open("[");
  }

  /** Closes the innermost array. */
  IndentedJsonWriter endArray() throws IOException {
    return close("]");
  }

  /** Writes the name of the next value of the innermost object. */
  IndentedJsonWriter name(String name) throws IOException {
    if (!empty) {
      out.write(COMMA);
    }
    newline();
    string(name);
    out.write(": ");
    empty = false;
    named = true;
    return this;
  }

  /** Writes a string value, or {@code null}. */
  IndentedJsonWriter value(String value) throws IOException {
    beforeValue();
    if (value == null) {
      out.write("null");
    } else {
      string(value);
    }
    return this;
  }

  /** Writes a number. */
  IndentedJsonWriter value(long value) throws IOException {
    beforeValue();
    out.write(Long.toString(value));
    return this;
  }

  /** Writes {@code true} or {@code false}. */
  IndentedJsonWriter value(boolean value) throws IOException {
    beforeValue();
    out.write(value ? "true" : "false");
    return this;
  }

  /**
   * Writes text a decision keeps in parts (see {@link DecisionAccess#writeParts}) as a string
   * value, without joining them.
   */
  IndentedJsonWriter parts(Decision d, Object parts) throws IOException {
    beforeValue();
    out.write(QUOTE);
    DecisionAccess.writeParts(d, parts, escaping);
    out.write(QUOTE);
    return this;
  }

  private IndentedJsonWriter open(String bracket) throws IOException {
    beforeValue();
    out.write(bracket);
    depth++;
    empty = true;
    return this;
  }

  private IndentedJsonWriter close(String bracket) throws IOException {
    depth--;
    if (!empty) {
      newline();
    }
    out.write(bracket);
    // The enclosing object or array holds what was just closed.
    empty = false;
    return this;
  }

  private void beforeValue() throws IOException {
    if (named) {
      named = false;
    } else if (depth > 0) {
      if (!empty) {
        out.write(COMMA);
      }
      newline();
      empty = false;
    }
  }

  private void newline() throws IOException {
    while (depth >= newlines.length) {
      newlines = Arrays.copyOf(newlines, newlines.length * 2);
    }
    if (newlines[depth] == null) {
      newlines[depth] = "\n" + "  ".repeat(depth);
    }
    out.write(newlines[depth]);
  }

  private void string(String s) throws IOException {
    out.write(QUOTE);
    escape(s, 0, s.length());
    out.write(QUOTE);
  }

  /** Writes {@code s[from, to)} as the inside of a JSON string. */
  private void escape(String s, int from, int to) throws IOException {
    int last = from;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      String replacement;
      if (c < 128) {
        replacement = ESCAPES[c];
        if (replacement == null) {
          continue;
        }
      } else if (c == '\u2028') {
        replacement = "\\u2028";
      } else if (c == '\u2029') {
        replacement = "\\u2029";
      } else {
        continue;
      }
      if (last < i) {
        out.write(s, last, i - last);
      }
      out.write(replacement);
      last = i + 1;
    }
    if (last < to) {
      out.write(s, last, to - last);
    }
  }
}
