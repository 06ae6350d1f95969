package com.classtag.sync.json.internal;

import com.classtag.sync.json.JsonFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * A strict JSON tokenizer (RFC 8259: UTF-8, no comments, no unquoted names, no trailing commas, no
 * control characters in strings) over the bytes of an {@link InputStream}, which keeps the JSON
 * path of every value for {@link JsonInput}'s errors.
 *
 * <p>Why not Gson's {@code JsonReader}: it reads characters, so the bytes of a file are first
 * decoded (a quarter of the time of reading a 1M-student state went to the decoder), and it makes a
 * new {@code String} of every name and every string value. Here a name or string is left in the
 * byte buffer ({@link #bytes()}, {@link #start()}, {@link #length()}), so {@link JsonInput} matches
 * field names, enum constants and repeated values against the bytes and makes only the strings a
 * state keeps; an ASCII string is copied as it is into a compact {@code String}, and only a string
 * with other characters is decoded, strictly (bytes that are not UTF-8 are an error, not a
 * replacement character).
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

  private final InputStream source;
  private byte[] buffer = new byte[16384];
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
   * The name or string read last, as UTF-8: in {@link #buffer}, or in {@link #scratch} when it had
   * escapes.
   */
  private byte[] bytes;

  private int start;
  private int length;

  /** Whether the name or string read last is all ASCII, so each byte is one character. */
  private boolean ascii;

  private byte[] scratch = new byte[64];

  /** Decodes a string that is not ASCII; made for the first one. */
  private CharsetDecoder decoder;

  JsonScanner(InputStream source) {
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
   * Consumes the {@link #NAME} {@link #peek()} returned and leaves it in {@link #bytes()}; the
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

  /** Consumes the {@link #STRING} {@link #peek()} returned and leaves it in {@link #bytes()}. */
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
        byte c = buffer[pos];
        if ((c >= '0' && c <= '9') || c == '-' || c == '+' || c == '.' || c == 'e' || c == 'E') {
          text.append((char) c);
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

  /** Returns the UTF-8 bytes holding the name or string read last, from {@link #start()}. */
  byte[] bytes() {
    return bytes;
  }

  /** Returns where the name or string read last starts in {@link #bytes()}. */
  int start() {
    return start;
  }

  /** Returns the length in bytes of the name or string read last. */
  int length() {
    return length;
  }

  /**
   * Returns the name or string read last as a new string.
   *
   * @throws JsonFormatException if its bytes are not UTF-8
   */
  String string() {
    if (ascii) {
      // Every byte below 0x80: Latin-1 decoding is a plain copy into a compact string.
      return new String(bytes, start, length, StandardCharsets.ISO_8859_1);
    }
    if (decoder == null) {
      decoder = StandardCharsets.UTF_8.newDecoder();
    }
    try {
      return decoder.decode(ByteBuffer.wrap(bytes, start, length)).toString();
    } catch (CharacterCodingException e) {
      throw new JsonFormatException(
          placePath(), "well-formed JSON", "a string whose bytes are not UTF-8", null);
    }
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
      if (buffer[pos + i] != (byte) word.charAt(i)) {
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
      int c = buffer[pos] & 0xFF;
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
      // Any byte of 0x80 or more (negative as a byte) makes this negative: the string is not ASCII.
      int high = 0;
      while (true) {
        while (p < limit) {
          byte c = buffer[p];
          if (c == '"') {
            bytes = buffer;
            start = pos;
            length = p - pos;
            ascii = high >= 0;
            pos = p + 1;
            return;
          }
          if (c == '\\' || (c >= 0 && c < 0x20)) {
            scanEscaped(p);
            return;
          }
          high |= c;
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
   * character) at {@code at}, decoding its escapes as UTF-8 into {@link #scratch}.
   */
  private void scanEscaped(int at) throws IOException {
    int n = at - pos;
    if (n + 4 > scratch.length) {
      scratch = new byte[Integer.highestOneBit(n + 4) * 2];
    }
    System.arraycopy(buffer, pos, scratch, 0, n);
    int high = 0;
    for (int i = 0; i < n; i++) {
      high |= scratch[i];
    }
    pos = at;
    // The high half of a surrogate pair whose \\u escape came last, waiting for its low half.
    char pendingHigh = 0;
    while (true) {
      if (pos == limit && !more()) {
        throw endOfInput();
      }
      byte c = buffer[pos];
      if (c >= 0 && c < 0x20) {
        throw syntax(pos, "a control character in a string; escape it");
      }
      if (n + 4 > scratch.length) {
        scratch = Arrays.copyOf(scratch, scratch.length * 2);
      }
      if (c != '\\') {
        if (pendingHigh != 0) {
          throw syntax(pos, "half a surrogate pair in a \\u escape");
        }
        pos++;
        if (c == '"') {
          bytes = scratch;
          start = 0;
          length = n;
          ascii = high >= 0;
          return;
        }
        high |= c;
        scratch[n++] = c;
        continue;
      }
      pos++;
      char e = escape();
      if (pendingHigh != 0) {
        if (!Character.isLowSurrogate(e)) {
          throw syntax(pos - 6, "half a surrogate pair in a \\u escape");
        }
        n = utf8(Character.toCodePoint(pendingHigh, e), n);
        pendingHigh = 0;
        high = -1;
      } else if (Character.isHighSurrogate(e)) {
        pendingHigh = e;
      } else if (Character.isLowSurrogate(e)) {
        throw syntax(pos - 6, "half a surrogate pair in a \\u escape");
      } else {
        high |= e < 0x80 ? 0 : -1;
        n = utf8(e, n);
      }
    }
  }

  /** Writes a code point as UTF-8 into {@link #scratch} at {@code n}; returns the new end. */
  private int utf8(int codePoint, int n) {
    byte[] out = scratch;
    if (codePoint < 0x80) {
      out[n++] = (byte) codePoint;
    } else if (codePoint < 0x800) {
      out[n++] = (byte) (0xC0 | codePoint >> 6);
      out[n++] = (byte) (0x80 | codePoint & 0x3F);
    } else if (codePoint < 0x10000) {
      out[n++] = (byte) (0xE0 | codePoint >> 12);
      out[n++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
      out[n++] = (byte) (0x80 | codePoint & 0x3F);
    } else {
      out[n++] = (byte) (0xF0 | codePoint >> 18);
      out[n++] = (byte) (0x80 | codePoint >> 12 & 0x3F);
      out[n++] = (byte) (0x80 | codePoint >> 6 & 0x3F);
      out[n++] = (byte) (0x80 | codePoint & 0x3F);
    }
    return n;
  }

  /** Reads the rest of an escape whose backslash was consumed. */
  private char escape() throws IOException {
    if (pos == limit && !more()) {
      throw endOfInput();
    }
    byte c = buffer[pos++];
    switch (c) {
      case '"', '\\', '/':
        return (char) c;
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
          byte h = buffer[pos];
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

  /** Keeps the unread bytes, moved to the start of the buffer (grown when full), and reads more. */
  private boolean more() throws IOException {
    if (pos == 0 && limit == buffer.length) {
      buffer = Arrays.copyOf(buffer, buffer.length * 2);
    } else if (pos > 0) {
      System.arraycopy(buffer, pos, buffer, 0, limit - pos);
      limit -= pos;
      lineStart -= pos;
      pos = 0;
    }
    int read;
    try {
      read = source.read(buffer, limit, buffer.length - limit);
    } catch (Utf8Stream.NoUtf8Form e) {
      throw syntax(limit, "a character with no UTF-8 form (half a surrogate pair)");
    }
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
