package com.classtag.sync.json.internal;

import com.classtag.sync.json.JsonFormatException;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * A strict JSON tokenizer (RFC 8259: no comments, no unquoted names, no trailing commas, no control
 * characters in strings) over a {@link Reader}, which keeps the JSON path of every value for {@link
 * JsonInput}'s errors.
 *
 * <p>Why not Gson's {@code JsonReader}: it makes a new {@code String} of every name and every
 * string value. Here a name or string is left in the buffer ({@link #chars()}, {@link #start()},
 * {@link #length()}), so {@link JsonInput} matches field names, enum constants and repeated values
 * against the characters and allocates only the strings a state keeps. A 1M-student state then
 * allocates about half as much, and the garbage collector copies less of the state it is building.
 *
 * <p>Use: {@link #peek()} says what comes next; then exactly one call consumes it. {@link #peek()}
 * caches, so calling it again is free.
 */
final class JsonScanner {
  static final int BEGIN_OBJECT = 1;
  static final int END_OBJECT = 2;
  static final int BEGIN_ARRAY = 3;
  static final int END_ARRAY = 4;
  static final int NAME = 5;
  static final int STRING = 6;
  static final int NUMBER = 7;
  static final int TRUE = 8;
  static final int FALSE = 9;
  static final int NULL = 10;
  static final int END_DOCUMENT = 11;

  /** Something after the document's value. */
  static final int MORE_CONTENT = 12;

  private static final int NONE = 0;
  private static final int EMPTY_ARRAY = 1;
  private static final int NONEMPTY_ARRAY = 2;
  private static final int EMPTY_OBJECT = 3;
  private static final int DANGLING_NAME = 4;
  private static final int NONEMPTY_OBJECT = 5;
  private static final int EMPTY_DOCUMENT = 6;
  private static final int NONEMPTY_DOCUMENT = 7;

  private static final Pattern NUMBER_SYNTAX =
      Pattern.compile("-?(0|[1-9][0-9]*)(\\.[0-9]+)?([eE][+-]?[0-9]+)?");

  private final Reader source;
  private char[] buffer = new char[8192];
  private int pos;
  private int limit;

  /**
   * Lines before the current one, and the buffer index where the current line starts (negative once
   * shifted).
   */
  private int line;

  private int lineStart;

  private int peeked = NONE;

  /**
   * Per depth: its scope, the count of values read in it (array indices), and the name last read in
   * it.
   */
  private int[] scopes = new int[32];

  private int[] indices = new int[32];
  private String[] names = new String[32];
  private int depth = 1;

  /**
   * The name or string read last: in {@link #buffer}, or in {@link #scratch} when it had escapes.
   */
  private char[] chars;

  private int start;
  private int length;
  private char[] scratch = new char[64];

  JsonScanner(Reader source) {
    this.source = source;
    scopes[0] = EMPTY_DOCUMENT;
  }

  /**
   * Returns what comes next, one of the token constants, without consuming it.
   *
   * @throws JsonFormatException if the JSON is malformed or ends early
   */
  int peek() {
    if (peeked == NONE) {
      try {
        peeked = doPeek();
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return peeked;
  }

  /** Returns whether the current object or array has another member. */
  boolean hasNext() {
    int next = peek();
    return next != END_OBJECT && next != END_ARRAY && next != END_DOCUMENT;
  }

  /** Consumes the {@link #BEGIN_OBJECT} {@link #peek()} returned. */
  void beginObject() {
    next(BEGIN_OBJECT);
    push(EMPTY_OBJECT);
  }

  /** Consumes the {@link #BEGIN_ARRAY} {@link #peek()} returned. */
  void beginArray() {
    next(BEGIN_ARRAY);
    push(EMPTY_ARRAY);
  }

  /**
   * Consumes the end of the current object.
   *
   * @throws JsonFormatException if the object has another member, or the JSON is malformed
   */
  void endObject() {
    if (peek() != END_OBJECT) {
      throw syntax(pos, "expected the end of the object");
    }
    pop();
  }

  /**
   * Consumes the end of the current array.
   *
   * @throws JsonFormatException if the array has another element, or the JSON is malformed
   */
  void endArray() {
    if (peek() != END_ARRAY) {
      throw syntax(pos, "expected the end of the array");
    }
    pop();
  }

  /**
   * Consumes the {@link #NAME} {@link #peek()} returned and leaves it in {@link #chars()}; the
   * caller names it in the path with {@link #name(String)}.
   */
  void nextName() {
    next(NAME);
    scanString();
    names[depth - 1] = null;
  }

  /** Sets the name of the current member, for the path. */
  void name(String name) {
    names[depth - 1] = name;
  }

  /** Consumes the {@link #STRING} {@link #peek()} returned and leaves it in {@link #chars()}. */
  void nextString() {
    next(STRING);
    scanString();
    indices[depth - 1]++;
  }

  /** Consumes the {@link #TRUE}, {@link #FALSE} or {@link #NULL} {@link #peek()} returned. */
  void nextLiteral() {
    if (peeked != TRUE && peeked != FALSE && peeked != NULL) {
      throw new IllegalStateException("the next token is " + peeked + ", not a literal");
    }
    peeked = NONE;
    indices[depth - 1]++;
  }

  /**
   * Consumes the {@link #NUMBER} {@link #peek()} returned.
   *
   * @return its text
   * @throws JsonFormatException if it is not a JSON number
   */
  String nextNumber() {
    next(NUMBER);
    StringBuilder text = new StringBuilder();
    try {
      while (true) {
        if (pos == limit && !more()) {
          break;
        }
        char c = buffer[pos];
        if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E') {
          text.append(c);
          pos++;
        } else {
          break;
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (!NUMBER_SYNTAX.matcher(text).matches()) {
      throw syntax(pos - text.length(), "a malformed number");
    }
    peeked = NONE;
    indices[depth - 1]++;
    return text.toString();
  }

  /** Returns the characters holding the name or string read last, from {@link #start()}. */
  char[] chars() {
    return chars;
  }

  /** Returns where the name or string read last starts in {@link #chars()}. */
  int start() {
    return start;
  }

  /** Returns the length of the name or string read last. */
  int length() {
    return length;
  }

  /** Returns the name or string read last as a new string. */
  String string() {
    return new String(chars, start, length);
  }

  /** Returns the path of the next value, such as {@code $.classrooms[3].name}. */
  String path() {
    return path(false);
  }

  /** Returns the path of the value read last, such as {@code $.carriedStatuses[2]}. */
  String previousPath() {
    return path(true);
  }

  private String path(boolean previous) {
    StringBuilder path = new StringBuilder("$");
    for (int i = 1; i < depth; i++) {
      if (scopes[i] == EMPTY_ARRAY || scopes[i] == NONEMPTY_ARRAY) {
        int index = indices[i];
        // The count of values read is the index of the next one; the previous one's is one less.
        if (previous && index > 0 && i == depth - 1) {
          index--;
        }
        path.append('[').append(index).append(']');
      } else {
        path.append('.');
        if (names[i] != null) {
          path.append(names[i]);
        }
      }
    }
    return path.toString();
  }

  /** Checks that the caller peeked what it consumes: the scanner's position depends on it. */
  private void next(int token) {
    if (peeked != token) {
      throw new IllegalStateException("the next token is " + peeked + ", not " + token);
    }
  }

  private void push(int scope) {
    peeked = NONE;
    if (depth == scopes.length) {
      scopes = Arrays.copyOf(scopes, depth * 2);
      indices = Arrays.copyOf(indices, depth * 2);
      names = Arrays.copyOf(names, depth * 2);
    }
    scopes[depth] = scope;
    indices[depth] = 0;
    names[depth] = null;
    depth++;
  }

  private void pop() {
    peeked = NONE;
    depth--;
    names[depth] = null;
    indices[depth - 1]++;
  }

  private int doPeek() throws IOException {
    int c;
    switch (scopes[depth - 1]) {
      case EMPTY_ARRAY -> {
        scopes[depth - 1] = NONEMPTY_ARRAY;
        c = nextNonWhitespace();
        if (c == ']') {
          pos++;
          return END_ARRAY;
        }
      }
      case NONEMPTY_ARRAY -> {
        c = nextNonWhitespace();
        if (c == ']') {
          pos++;
          return END_ARRAY;
        }
        if (c != ',') {
          throw c == -1 ? endOfInput() : syntax(pos, "expected ',' or ']'");
        }
        pos++;
        c = nextNonWhitespace();
      }
      case EMPTY_OBJECT, NONEMPTY_OBJECT -> {
        c = nextNonWhitespace();
        if (c == '}') {
          pos++;
          return END_OBJECT;
        }
        if (scopes[depth - 1] == NONEMPTY_OBJECT) {
          if (c != ',') {
            throw c == -1 ? endOfInput() : syntax(pos, "expected ',' or '}'");
          }
          pos++;
          c = nextNonWhitespace();
        }
        if (c != '"') {
          throw c == -1 ? endOfInput() : syntax(pos, "expected a name in double quotes");
        }
        pos++;
        scopes[depth - 1] = DANGLING_NAME;
        return NAME;
      }
      case DANGLING_NAME -> {
        c = nextNonWhitespace();
        if (c != ':') {
          throw c == -1 ? endOfInput() : syntax(pos, "expected ':'");
        }
        pos++;
        scopes[depth - 1] = NONEMPTY_OBJECT;
        c = nextNonWhitespace();
      }
      case EMPTY_DOCUMENT -> {
        scopes[depth - 1] = NONEMPTY_DOCUMENT;
        c = nextNonWhitespace();
      }
      default -> {
        return nextNonWhitespace() == -1 ? END_DOCUMENT : MORE_CONTENT;
      }
    }
    switch (c) {
      case '{':
        pos++;
        return BEGIN_OBJECT;
      case '[':
        pos++;
        return BEGIN_ARRAY;
      case '"':
        pos++;
        return STRING;
      case 't':
        literal("true");
        return TRUE;
      case 'f':
        literal("false");
        return FALSE;
      case 'n':
        literal("null");
        return NULL;
      case '-', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
        return NUMBER;
      case -1:
        throw endOfInput();
      default:
        throw syntax(pos, "expected a value");
    }
  }

  private void literal(String word) throws IOException {
    for (int i = 0; i < word.length(); i++) {
      if (pos + i == limit && !more()) {
        throw endOfInput();
      }
      if (buffer[pos + i] != word.charAt(i)) {
        throw syntax(pos, "expected a value");
      }
    }
    pos += word.length();
  }

  /**
   * Returns the next character that is not whitespace, not consumed, or -1 at the end of the input.
   */
  private int nextNonWhitespace() throws IOException {
    while (true) {
      if (pos == limit && !more()) {
        return -1;
      }
      char c = buffer[pos];
      if (c == ' ' || c == '\t' || c == '\r') {
        pos++;
      } else if (c == '\n') {
        pos++;
        line++;
        lineStart = pos;
      } else {
        return c;
      }
    }
  }

  /** Reads the string whose opening quote was consumed, up to and past its closing quote. */
  private void scanString() {
    peeked = NONE;
    try {
      int p = pos;
      while (true) {
        while (p < limit) {
          char c = buffer[p];
          if (c == '"') {
            chars = buffer;
            start = pos;
            length = p - pos;
            pos = p + 1;
            return;
          }
          if (c == '\\' || c < 0x20) {
            scanEscaped(p);
            return;
          }
          p++;
        }
        int offset = p - pos;
        if (!more()) {
          throw endOfInput();
        }
        p = pos + offset;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Reads the rest of a string whose content starts at {@link #pos} and has an escape (or a control
   * character) at {@code at}, decoding it into {@link #scratch}.
   */
  private void scanEscaped(int at) throws IOException {
    int n = at - pos;
    if (n > scratch.length) {
      scratch = new char[Integer.highestOneBit(n) * 2];
    }
    System.arraycopy(buffer, pos, scratch, 0, n);
    pos = at;
    while (true) {
      if (pos == limit && !more()) {
        throw endOfInput();
      }
      char c = buffer[pos];
      if (c == '"') {
        pos++;
        chars = scratch;
        start = 0;
        length = n;
        return;
      }
      if (c < 0x20) {
        throw syntax(pos, "a control character in a string; escape it");
      }
      pos++;
      if (c == '\\') {
        c = escape();
      }
      if (n == scratch.length) {
        scratch = Arrays.copyOf(scratch, n * 2);
      }
      scratch[n++] = c;
    }
  }

  /** Reads the rest of an escape whose backslash was consumed. */
  private char escape() throws IOException {
    if (pos == limit && !more()) {
      throw endOfInput();
    }
    char c = buffer[pos++];
    switch (c) {
      case '"', '\\', '/':
        return c;
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 't':
        return '\t';
      case 'u':
        int value = 0;
        for (int i = 0; i < 4; i++) {
          if (pos == limit && !more()) {
            throw endOfInput();
          }
          char h = buffer[pos];
          int digit =
              h >= '0' && h <= '9'
                  ? h - '0'
                  : h >= 'a' && h <= 'f' ? h - 'a' + 10 : h >= 'A' && h <= 'F' ? h - 'A' + 10 : -1;
          if (digit < 0) {
            throw syntax(pos, "a \\u escape without four hex digits");
          }
          value = value * 16 + digit;
          pos++;
        }
        return (char) value;
      default:
        throw syntax(pos - 2, "an unknown escape");
    }
  }

  /**
   * Keeps the unread characters, moved to the start of the buffer (grown when full), and reads
   * more.
   */
  private boolean more() throws IOException {
    if (pos == 0 && limit == buffer.length) {
      buffer = Arrays.copyOf(buffer, buffer.length * 2);
    } else if (pos > 0) {
      System.arraycopy(buffer, pos, buffer, 0, limit - pos);
      limit -= pos;
      lineStart -= pos;
      pos = 0;
    }
    int read = source.read(buffer, limit, buffer.length - limit);
    if (read <= 0) {
      return false;
    }
    limit += read;
    return true;
  }

  private JsonFormatException syntax(int at, String problem) {
    return new JsonFormatException(
        placePath(),
        "well-formed JSON",
        "malformed JSON at line "
            + (line + 1)
            + " column "
            + (at - lineStart + 1)
            + " ("
            + problem
            + ")",
        null);
  }

  private JsonFormatException endOfInput() {
    return new JsonFormatException(placePath(), "more JSON", "the end of the input", null);
  }

  /**
   * Inside an object before its first name the path ends in a bare dot, "$."; the object is the
   * place.
   */
  private String placePath() {
    String path = path();
    return path.endsWith(".") ? path.substring(0, path.length() - 1) : path;
  }
}
