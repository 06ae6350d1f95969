package com.classtag.clever.model.internal;

import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import java.util.function.Supplier;

/**
 * A strict JSON reader over UTF-8 bytes, behaving as Gson's {@link JsonReader} does in {@link
 * com.google.gson.Strictness#STRICT strict} mode over the same bytes decoded by an {@link
 * java.io.InputStreamReader}: the same tokens, values, paths and exception types. It exists for
 * speed. It finds tokens in the bytes themselves, so the body is never decoded to characters first;
 * an ASCII string is copied straight into a {@code String}; names come from a small cache, so a
 * name repeated in every record is one {@code String} whose hash is already known to the codecs'
 * {@code switch}es; and a string limit costs one comparison per string rather than a scan of every
 * character.
 *
 * <p>It is always strict, and nests at most 255 arrays and objects deep (Gson's defaults): {@link
 * #setStrictness} and {@link #setNestingLimit} have no effect on it. {@link #getCharacterOffset()}
 * counts bytes. Exception messages name the line, the column (in bytes) and the path, never a value
 * read. Not thread-safe.
 */
public final class Utf8JsonReader extends JsonReader {
  /** Handed to the superclass, which is never asked to read. */
  private static final Reader UNUSED =
      new Reader() {
        @Override
        public int read(char[] buffer, int offset, int length) {
          throw new AssertionError("Utf8JsonReader reads its own bytes");
        }

        @Override
        public void close() {}
      };

  // What the next token is, once peeked.
  private static final int NONE = 0;
  private static final int BEGIN_OBJECT = 1;
  private static final int END_OBJECT = 2;
  private static final int BEGIN_ARRAY = 3;
  private static final int END_ARRAY = 4;
  private static final int TRUE = 5;
  private static final int FALSE = 6;
  private static final int NULL = 7;
  private static final int STRING = 8;
  private static final int NAME = 9;
  private static final int NUMBER = 10;
  private static final int EOF = 11;
  private static final int BUFFERED_TEXT = 12;

  // The scopes of the nesting stack, as Gson names them.
  private static final int EMPTY_ARRAY = 1;
  private static final int NONEMPTY_ARRAY = 2;
  private static final int EMPTY_OBJECT = 3;
  private static final int DANGLING_NAME = 4;
  private static final int NONEMPTY_OBJECT = 5;
  private static final int EMPTY_DOCUMENT = 6;
  private static final int NONEMPTY_DOCUMENT = 7;
  private static final int CLOSED = 8;

  /**
   * The most arrays and objects open at once: Gson's default. Fixed, because {@code
   * getNestingLimit} is newer (Gson 2.12) than the oldest Gson the SDK supports.
   */
  private static final int NESTING_LIMIT = 255;

  /** Gson gives up on a number longer than its buffer; so does this reader, for equal results. */
  private static final int MAX_NUMBER_LENGTH = 1024;

  /** Slots of the name cache: a power of two, several times the names of a Clever record. */
  private static final int NAME_SLOTS = 512;

  private final InputStream in;
  private final int maxStringChars;
  private final Supplier<? extends IOException> tooLong;

  private byte[] buffer = new byte[16 * 1024];
  private int pos;
  private int limit;

  /** Bytes dropped from the front of {@link #buffer} so far, for offsets. */
  private long dropped;

  private int lineNumber;

  /** Where the current line starts, as an index into {@link #buffer} (may be negative). */
  private int lineStart;

  private int peeked = NONE;

  /** The length of a peeked {@link #NUMBER}'s text, which starts at {@link #pos}. */
  private int numberLength;

  /** Whether a peeked {@link #NUMBER} has digits only. */
  private boolean integer;

  /** The value {@link #peekedWhole} parsed. */
  private long whole;

  /** The text of a {@link #BUFFERED_TEXT} token, already read. */
  private String buffered;

  private int[] stack = new int[32];
  private int stackSize = 1;
  private String[] pathNames = new String[32];
  private int[] pathIndices = new int[32];

  private final byte[][] nameBytes = new byte[NAME_SLOTS][];
  private final String[] names = new String[NAME_SLOTS];

  /**
   * Creates a reader of a UTF-8 JSON document, with no limit on the length of its strings.
   *
   * @param in the document; closed by {@link #close()}
   */
  public Utf8JsonReader(InputStream in) {
    // No string can be longer than Integer.MAX_VALUE characters, so the supplier is never asked.
    this(in, Integer.MAX_VALUE, () -> new IOException("string too long"));
  }

  /**
   * Creates a reader of a UTF-8 JSON document whose string values and names may not be longer than
   * {@code maxStringChars} characters. The limit is checked as a string is read, so no string
   * longer than about four bytes per allowed character is ever buffered.
   *
   * @param in the document; closed by {@link #close()}
   * @param maxStringChars the most characters of one string
   * @param tooLong makes the exception thrown for a longer string
   * @throws IllegalArgumentException if {@code maxStringChars} is negative
   */
  public Utf8JsonReader(
      InputStream in, int maxStringChars, Supplier<? extends IOException> tooLong) {
    super(UNUSED);
    if (maxStringChars < 0) {
      throw new IllegalArgumentException("maxStringChars must be 0 or more: " + maxStringChars);
    }
    this.in = Objects.requireNonNull(in, "in");
    this.maxStringChars = maxStringChars;
    this.tooLong = Objects.requireNonNull(tooLong, "tooLong");
    stack[0] = EMPTY_DOCUMENT;
  }

  @Override
  public void beginArray() throws IOException {
    expect(BEGIN_ARRAY, "BEGIN_ARRAY");
    push(EMPTY_ARRAY);
    pathIndices[stackSize - 1] = 0;
    peeked = NONE;
  }

  @Override
  public void endArray() throws IOException {
    expect(END_ARRAY, "END_ARRAY");
    stackSize--;
    pathIndices[stackSize - 1]++;
    peeked = NONE;
  }

  @Override
  public void beginObject() throws IOException {
    expect(BEGIN_OBJECT, "BEGIN_OBJECT");
    push(EMPTY_OBJECT);
    peeked = NONE;
  }

  @Override
  public void endObject() throws IOException {
    expect(END_OBJECT, "END_OBJECT");
    stackSize--;
    pathNames[stackSize] = null;
    pathIndices[stackSize - 1]++;
    peeked = NONE;
  }

  @Override
  public boolean hasNext() throws IOException {
    int p = peeked == NONE ? doPeek() : peeked;
    return p != END_OBJECT && p != END_ARRAY && p != EOF;
  }

  @Override
  public JsonToken peek() throws IOException {
    int p = peeked == NONE ? doPeek() : peeked;
    switch (p) {
      case BEGIN_OBJECT:
        return JsonToken.BEGIN_OBJECT;
      case END_OBJECT:
        return JsonToken.END_OBJECT;
      case BEGIN_ARRAY:
        return JsonToken.BEGIN_ARRAY;
      case END_ARRAY:
        return JsonToken.END_ARRAY;
      case NAME:
        return JsonToken.NAME;
      case TRUE:
      case FALSE:
        return JsonToken.BOOLEAN;
      case NULL:
        return JsonToken.NULL;
      case STRING:
      case BUFFERED_TEXT:
        return JsonToken.STRING;
      case NUMBER:
        return JsonToken.NUMBER;
      case EOF:
        return JsonToken.END_DOCUMENT;
      default:
        throw new AssertionError(p);
    }
  }

  /** Finds the next token, as Gson's {@code doPeek} does in strict mode. */
  private int doPeek() throws IOException {
    int scope = stack[stackSize - 1];
    if (scope == EMPTY_ARRAY) {
      stack[stackSize - 1] = NONEMPTY_ARRAY;
    } else if (scope == NONEMPTY_ARRAY) {
      int c = nextNonWhitespace(true);
      if (c == ']') {
        return peeked = END_ARRAY;
      } else if (c != ',') {
        throw syntaxError("Unterminated array");
      }
    } else if (scope == EMPTY_OBJECT || scope == NONEMPTY_OBJECT) {
      stack[stackSize - 1] = DANGLING_NAME;
      if (scope == NONEMPTY_OBJECT) {
        int c = nextNonWhitespace(true);
        if (c == '}') {
          return peeked = END_OBJECT;
        } else if (c != ',') {
          throw syntaxError("Unterminated object");
        }
      }
      int c = nextNonWhitespace(true);
      if (c == '"') {
        return peeked = NAME;
      } else if (c == '}' && scope != NONEMPTY_OBJECT) {
        return peeked = END_OBJECT;
      }
      throw syntaxError("Expected name");
    } else if (scope == DANGLING_NAME) {
      stack[stackSize - 1] = NONEMPTY_OBJECT;
      if (nextNonWhitespace(true) != ':') {
        throw syntaxError("Expected ':'");
      }
    } else if (scope == EMPTY_DOCUMENT) {
      stack[stackSize - 1] = NONEMPTY_DOCUMENT;
      // A byte order mark may open the document, as Gson allows.
      if (fill(pos + 3) && isBom()) {
        pos += 3;
        lineStart = pos;
      }
    } else if (scope == NONEMPTY_DOCUMENT) {
      if (nextNonWhitespace(false) == -1) {
        return peeked = EOF;
      }
      pos--;
      throw syntaxError("Multiple top-level values");
    } else if (scope == CLOSED) {
      throw new IllegalStateException("JsonReader is closed");
    }

    int c = nextNonWhitespace(true);
    switch (c) {
      case ']':
        if (scope == EMPTY_ARRAY) {
          return peeked = END_ARRAY;
        }
        throw syntaxError("Unexpected value");
      case '"':
        return peeked = STRING;
      case '[':
        return peeked = BEGIN_ARRAY;
      case '{':
        return peeked = BEGIN_OBJECT;
      case 't':
        return keyword("true", TRUE);
      case 'f':
        return keyword("false", FALSE);
      case 'n':
        return keyword("null", NULL);
      default:
        pos--;
        return number();
    }
  }

  /** Matches the rest of a keyword whose first byte was read. */
  private int keyword(String keyword, int token) throws IOException {
    int length = keyword.length();
    pos--;
    // The keyword and the byte after it, which must end it.
    fill(pos + length + 1);
    int start = pos;
    for (int i = 1; i < length; i++) {
      if (start + i >= limit || buffer[start + i] != keyword.charAt(i)) {
        pos = start;
        throw syntaxError("Expected value");
      }
    }
    if (start + length < limit && !endsLiteral(buffer[start + length])) {
      pos = start;
      throw syntaxError("Expected value");
    }
    pos = start + length;
    return peeked = token;
  }

  /** Reads a number's text at {@link #pos}, as Gson's {@code peekNumber} accepts it. */
  private int number() throws IOException {
    int i = 0;
    // What the last byte was: 0 nothing yet, 1 sign, 2 digit, 3 decimal point, 4 fraction digit,
    // 5 e, 6 exponent's sign, 7 exponent digit.
    int last = 0;
    boolean leadingZero = false;
    while (true) {
      if (i >= MAX_NUMBER_LENGTH) {
        throw syntaxError("Expected value");
      }
      if (pos + i == limit) {
        fill(pos + i + 1);
        if (pos + i == limit) {
          break;
        }
      }
      int c = buffer[pos + i];
      if (c >= '0' && c <= '9') {
        if (last == 0 || last == 1) {
          leadingZero = c == '0';
          last = 2;
        } else if (last == 2) {
          if (leadingZero) {
            throw syntaxError("Expected value");
          }
        } else if (last == 3) {
          last = 4;
        } else if (last == 5 || last == 6) {
          last = 7;
        }
      } else if (c == '-' && (last == 0 || last == 5)) {
        last = last == 0 ? 1 : 6;
      } else if (c == '+' && last == 5) {
        last = 6;
      } else if ((c == 'e' || c == 'E') && (last == 2 || last == 4)) {
        last = 5;
      } else if (c == '.' && last == 2) {
        last = 3;
      } else if (endsLiteral(c)) {
        break;
      } else {
        throw syntaxError("Expected value");
      }
      i++;
    }
    if (last != 2 && last != 4 && last != 7) {
      throw syntaxError("Expected value");
    }
    numberLength = i;
    integer = last == 2;
    return peeked = NUMBER;
  }

  /** Returns whether a byte ends a literal: Gson's {@code isLiteral} is false for it. */
  private static boolean endsLiteral(int c) {
    switch (c) {
      case '{':
      case '}':
      case '[':
      case ']':
      case ':':
      case ',':
      case ' ':
      case '\t':
      case '\f':
      case '\r':
      case '\n':
        return true;
      default:
        return false;
    }
  }

  @Override
  public String nextName() throws IOException {
    expect(NAME, "a name");
    String result = readString(true);
    peeked = NONE;
    pathNames[stackSize - 1] = result;
    return result;
  }

  @Override
  public String nextString() throws IOException {
    int p = peeked == NONE ? doPeek() : peeked;
    String result;
    if (p == STRING) {
      result = readString(false);
    } else if (p == BUFFERED_TEXT) {
      result = buffered;
      buffered = null;
    } else if (p == NUMBER) {
      result = new String(buffer, pos, numberLength, StandardCharsets.ISO_8859_1);
      pos += numberLength;
    } else {
      throw unexpected("a string");
    }
    peeked = NONE;
    pathIndices[stackSize - 1]++;
    return result;
  }

  @Override
  public boolean nextBoolean() throws IOException {
    int p = peeked == NONE ? doPeek() : peeked;
    if (p != TRUE && p != FALSE) {
      throw unexpected("a boolean");
    }
    peeked = NONE;
    pathIndices[stackSize - 1]++;
    return p == TRUE;
  }

  @Override
  public void nextNull() throws IOException {
    expect(NULL, "null");
    peeked = NONE;
    pathIndices[stackSize - 1]++;
  }

  @Override
  public double nextDouble() throws IOException {
    double result = parseDouble(numberText("a double", false), "a double");
    if (Double.isNaN(result) || Double.isInfinite(result)) {
      throw syntaxError("JSON forbids NaN and infinities");
    }
    consumed();
    return result;
  }

  @Override
  public long nextLong() throws IOException {
    return nextIntegral("a long", Long.MIN_VALUE, Long.MAX_VALUE);
  }

  @Override
  public int nextInt() throws IOException {
    return (int) nextIntegral("an int", Integer.MIN_VALUE, Integer.MAX_VALUE);
  }

  /**
   * Reads a whole number within {@code [min, max]}, as Gson's {@code nextLong} and {@code nextInt}
   * do: a number or string holding a whole value, written as an integer or as a double.
   */
  private long nextIntegral(String expected, long min, long max) throws IOException {
    int p = peeked == NONE ? doPeek() : peeked;
    if (p == NUMBER && peekedWhole()) {
      if (whole < min || whole > max) {
        // Left unread, as Gson leaves it: the value can still be read as a long.
        throw notA(expected, null);
      }
      pos += numberLength;
      consumed();
      return whole;
    }
    String text = numberText(expected, true);
    long result;
    try {
      result = Long.parseLong(text);
    } catch (NumberFormatException e) {
      // Gson reads a whole number written as a double too.
      double d = parseDouble(text, expected);
      result = (long) d;
      if (result != d) {
        throw notA(expected, null);
      }
    }
    if (result < min || result > max) {
      throw notA(expected, null);
    }
    consumed();
    return result;
  }

  /**
   * Returns whether the peeked number is one Gson holds as a long (digits only, within a long, and
   * not {@code -0}), parsed into {@link #whole}.
   */
  private boolean peekedWhole() {
    if (!integer) {
      return false;
    }
    String text = new String(buffer, pos, numberLength, StandardCharsets.ISO_8859_1);
    if (text.equals("-0")) {
      return false;
    }
    try {
      whole = Long.parseLong(text);
      return true;
    } catch (NumberFormatException tooBig) {
      return false;
    }
  }

  /**
   * Reads the text of a number, or of a string to parse as one, and holds it as {@link
   * #BUFFERED_TEXT} until {@link #consumed}: after a failed parse the value can still be read with
   * {@link #nextString}, and peeks as a string, as in Gson.
   *
   * @param integral whether an int or a long is read, for which Gson refuses a non-ASCII string as
   *     malformed and a value whose parse already failed as unexpected
   */
  private String numberText(String expected, boolean integral) throws IOException {
    int p = peeked == NONE ? doPeek() : peeked;
    String text;
    if (p == NUMBER) {
      text = new String(buffer, pos, numberLength, StandardCharsets.ISO_8859_1);
      pos += numberLength;
    } else if (p == STRING) {
      text = readString(false);
      if (integral && !isAscii(text)) {
        throw syntaxError("String contains non-ASCII characters");
      }
    } else if (p == BUFFERED_TEXT && !integral) {
      text = buffered;
    } else {
      throw unexpected(expected);
    }
    peeked = BUFFERED_TEXT;
    buffered = text;
    return text;
  }

  private double parseDouble(String text, String expected) {
    try {
      return Double.parseDouble(text);
    } catch (NumberFormatException e) {
      throw notA(expected, e);
    }
  }

  private void consumed() {
    buffered = null;
    peeked = NONE;
    pathIndices[stackSize - 1]++;
  }

  private NumberFormatException notA(String expected, Throwable cause) {
    // The value is left out: it may be a person's data.
    NumberFormatException e =
        new NumberFormatException("Expected " + expected + " but was another value" + where());
    if (cause != null) {
      e.initCause(cause);
    }
    return e;
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 0x80) {
        return false;
      }
    }
    return true;
  }

  @Override
  public void skipValue() throws IOException {
    int count = 0;
    do {
      int p = peeked == NONE ? doPeek() : peeked;
      switch (p) {
        case BEGIN_ARRAY:
          push(EMPTY_ARRAY);
          count++;
          break;
        case BEGIN_OBJECT:
          push(EMPTY_OBJECT);
          count++;
          break;
        case END_ARRAY:
          stackSize--;
          count--;
          break;
        case END_OBJECT:
          if (count == 0) {
            pathNames[stackSize - 1] = null;
          }
          stackSize--;
          count--;
          break;
        case STRING:
          skipString();
          break;
        case NAME:
          skipString();
          if (count == 0) {
            pathNames[stackSize - 1] = "<skipped>";
          }
          break;
        case NUMBER:
          pos += numberLength;
          break;
        case BUFFERED_TEXT:
          buffered = null;
          break;
        case EOF:
          return;
        default:
          break;
      }
      peeked = NONE;
    } while (count > 0);
    pathIndices[stackSize - 1]++;
  }

  /**
   * Reads a string whose opening quote was read. The common case, ASCII without escapes, is one
   * scan and one copy.
   *
   * @param name whether it is a name, looked up in the name cache
   */
  private String readString(boolean name) throws IOException {
    byte[] b = buffer;
    int l = limit;
    int start = pos;
    int p = start;
    boolean ascii = true;
    while (true) {
      if (p == l) {
        int kept = p - start;
        checkLength(start, p, 0);
        pos = start;
        if (!fill(pos + kept + 1)) {
          pos = start + kept;
          throw syntaxError("Unterminated string");
        }
        b = buffer;
        l = limit;
        start = pos;
        p = start + kept;
      }
      int c = b[p];
      if (c >= 0x20 && c != '"' && c != '\\') {
        p++;
      } else if (c < 0) {
        ascii = false;
        p++;
      } else if (c == '"') {
        break;
      } else if (c == '\\') {
        pos = start;
        return readEscaped(p);
      } else {
        pos = p;
        throw syntaxError("Unescaped control characters (\\u0000-\\u001F) are not allowed");
      }
    }
    int length = p - start;
    checkLength(start, p, 0);
    pos = p + 1;
    if (!ascii) {
      return new String(b, start, length, StandardCharsets.UTF_8);
    }
    return name ? name(start, length) : new String(b, start, length, StandardCharsets.ISO_8859_1);
  }

  /** Returns the cached name of the ASCII bytes at {@code start}, caching it if new. */
  private String name(int start, int length) {
    byte[] b = buffer;
    int h = length;
    if (length > 0) {
      h = h * 31 + b[start];
      h = h * 31 + b[start + length / 2];
      h = h * 31 + b[start + length - 1];
    }
    int slot = (h ^ (h >>> 9)) & (NAME_SLOTS - 1);
    byte[] known = nameBytes[slot];
    if (known != null
        && known.length == length
        && Arrays.equals(known, 0, length, b, start, start + length)) {
      return names[slot];
    }
    String s = new String(b, start, length, StandardCharsets.ISO_8859_1);
    nameBytes[slot] = Arrays.copyOfRange(b, start, start + length);
    names[slot] = s;
    return s;
  }

  /**
   * Reads the rest of a string that holds an escape at {@code p}, into a builder; its text before
   * {@code p} starts at {@link #pos}.
   */
  private String readEscaped(int p) throws IOException {
    StringBuilder text = new StringBuilder(Math.max(16, (p - pos) * 2));
    int start = pos;
    while (true) {
      if (p == limit) {
        int kept = p - start;
        checkLength(start, p, text.length());
        pos = start;
        if (!fill(pos + kept + 1)) {
          pos = start + kept;
          throw syntaxError("Unterminated string");
        }
        start = pos;
        p = start + kept;
      }
      int c = buffer[p];
      if (c >= 0x20 && c != '"' && c != '\\' || c < 0) {
        p++;
      } else if (c == '"') {
        appendDecoded(text, start, p);
        checkLength(p, p, text.length());
        pos = p + 1;
        requirePairedSurrogates(text);
        return text.toString();
      } else if (c == '\\') {
        appendDecoded(text, start, p);
        pos = p + 1;
        text.append(escaped());
        checkLength(pos, pos, text.length());
        start = pos;
        p = pos;
      } else {
        pos = p;
        throw syntaxError("Unescaped control characters (\\u0000-\\u001F) are not allowed");
      }
    }
  }

  /**
   * Refuses a string with a surrogate not in a pair, as Gson's strict mode does. Only an escape can
   * make one: UTF-8 cannot encode a surrogate, and the decoder replaces a byte sequence that tries.
   */
  private void requirePairedSurrogates(CharSequence text) throws MalformedJsonException {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c)
          && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        throw syntaxError("Unpaired surrogate characters are not allowed");
      }
    }
  }

  private void appendDecoded(StringBuilder text, int from, int to) {
    if (from < to) {
      text.append(new String(buffer, from, to - from, StandardCharsets.UTF_8));
    }
  }

  /** Reads the escape after a backslash at {@link #pos}. */
  private char escaped() throws IOException {
    if (!fill(pos + 1)) {
      throw syntaxError("Unterminated escape sequence");
    }
    int c = buffer[pos++];
    switch (c) {
      case 'u':
        if (!fill(pos + 4)) {
          throw syntaxError("Unterminated escape sequence");
        }
        int result = 0;
        for (int i = pos; i < pos + 4; i++) {
          int d = buffer[i];
          int v;
          if (d >= '0' && d <= '9') {
            v = d - '0';
          } else if (d >= 'a' && d <= 'f') {
            v = d - 'a' + 10;
          } else if (d >= 'A' && d <= 'F') {
            v = d - 'A' + 10;
          } else {
            throw syntaxError("Malformed Unicode escape");
          }
          result = result << 4 | v;
        }
        pos += 4;
        return (char) result;
      case 't':
        return '\t';
      case 'b':
        return '\b';
      case 'n':
        return '\n';
      case 'r':
        return '\r';
      case 'f':
        return '\f';
      case '"':
      case '\\':
      case '/':
        return (char) c;
      default:
        throw syntaxError("Invalid escape sequence");
    }
  }

  /**
   * Skips a string whose opening quote was read, counting its characters against the limit as a
   * read would. Like Gson, it accepts control characters here, where it would refuse them in a
   * string read.
   */
  private void skipString() throws IOException {
    byte[] b = buffer;
    int p = pos;
    int l = limit;
    long chars = 0;
    while (true) {
      if (p == l) {
        pos = p;
        if (!fill(p + 1)) {
          throw syntaxError("Unterminated string");
        }
        b = buffer;
        p = pos;
        l = limit;
      }
      int c = b[p];
      if (c == '"') {
        pos = p + 1;
        return;
      } else if (c == '\\') {
        pos = p + 1;
        escaped();
        chars++;
        b = buffer;
        p = pos;
        l = limit;
      } else {
        chars += charsOf(c);
        p++;
      }
      if (chars > maxStringChars) {
        pos = p;
        throw tooLong.get();
      }
    }
  }

  /**
   * Fails with the caller's exception if the string being read, {@code decoded} characters already
   * decoded plus the UTF-8 bytes {@code [from, to)}, is longer than the limit. Counting characters
   * is needed only past the limit in bytes, since no character takes less than a byte.
   */
  private void checkLength(int from, int to, int decoded) throws IOException {
    if ((long) decoded + to - from <= maxStringChars) {
      return;
    }
    long chars = decoded;
    for (int i = from; i < to; i++) {
      chars += charsOf(buffer[i]);
    }
    if (chars > maxStringChars) {
      throw tooLong.get();
    }
  }

  /**
   * Returns how many {@code char}s a UTF-8 byte adds to a string: none for a continuation byte, a
   * surrogate pair for the lead of a four-byte sequence, else one.
   */
  private static int charsOf(int b) {
    if ((b & 0xc0) == 0x80) {
      return 0;
    }
    return (b & 0xf0) == 0xf0 ? 2 : 1;
  }

  /**
   * Makes {@code buffer[0..end)} readable, where {@code end} is an index into the buffer as it is:
   * drops the bytes before {@link #pos} and reads more, growing the buffer when one token fills it.
   *
   * @return false if the document ends first; the bytes read so far remain
   */
  private boolean fill(int end) throws IOException {
    if (end <= limit) {
      return true;
    }
    int need = end - pos;
    if (pos > 0) {
      System.arraycopy(buffer, pos, buffer, 0, limit - pos);
      limit -= pos;
      lineStart -= pos;
      dropped += pos;
      pos = 0;
    }
    if (need > buffer.length) {
      buffer = Arrays.copyOf(buffer, Math.max(need, buffer.length * 2));
    }
    while (limit < need) {
      int n = in.read(buffer, limit, buffer.length - limit);
      if (n < 0) {
        return false;
      }
      limit += n;
    }
    return true;
  }

  private boolean isBom() {
    return buffer[pos] == (byte) 0xef
        && buffer[pos + 1] == (byte) 0xbb
        && buffer[pos + 2] == (byte) 0xbf;
  }

  /** Returns the next byte that is not JSON whitespace, consumed, or -1 at the end. */
  private int nextNonWhitespace(boolean throwOnEof) throws IOException {
    while (true) {
      if (pos == limit && !fill(pos + 1)) {
        if (throwOnEof) {
          throw new EOFException("End of input" + where());
        }
        return -1;
      }
      // Unsigned, so that a byte 0xFF is not taken for the end (-1).
      int c = buffer[pos++] & 0xff;
      if (c == '\n') {
        lineNumber++;
        lineStart = pos;
      } else if (c != ' ' && c != '\r' && c != '\t') {
        return c;
      }
    }
  }

  private void push(int scope) throws IOException {
    if (stackSize - 1 >= NESTING_LIMIT) {
      throw new MalformedJsonException("Nesting limit " + NESTING_LIMIT + " reached" + where());
    }
    if (stackSize == stack.length) {
      int length = stackSize * 2;
      stack = Arrays.copyOf(stack, length);
      pathIndices = Arrays.copyOf(pathIndices, length);
      pathNames = Arrays.copyOf(pathNames, length);
    }
    stack[stackSize++] = scope;
  }

  /**
   * Closes the document's stream; the reader can no longer be used.
   *
   * @throws IOException if closing the stream fails
   */
  @Override
  public void close() throws IOException {
    peeked = NONE;
    stack[0] = CLOSED;
    stackSize = 1;
    in.close();
  }

  @Override
  public String getPath() {
    return path(false);
  }

  @Override
  public String getPreviousPath() {
    return path(true);
  }

  /** {@return the offset of the next byte to read, counted in bytes from the start} */
  @Override
  public long getCharacterOffset() {
    return dropped + pos;
  }

  private String path(boolean previous) {
    StringBuilder result = new StringBuilder().append('$');
    for (int i = 0; i < stackSize; i++) {
      int scope = stack[i];
      if (scope == EMPTY_ARRAY || scope == NONEMPTY_ARRAY) {
        int index = pathIndices[i];
        if (previous && index > 0 && i == stackSize - 1) {
          index--;
        }
        result.append('[').append(index).append(']');
      } else if (scope == EMPTY_OBJECT || scope == DANGLING_NAME || scope == NONEMPTY_OBJECT) {
        result.append('.');
        if (pathNames[i] != null) {
          result.append(pathNames[i]);
        }
      }
    }
    return result.toString();
  }

  @Override
  public String toString() {
    return "Utf8JsonReader" + where();
  }

  private String where() {
    return " at line "
        + (lineNumber + 1)
        + " column "
        + (pos - lineStart + 1)
        + " path "
        + getPath();
  }

  private MalformedJsonException syntaxError(String message) {
    return new MalformedJsonException(message + where());
  }

  /** Peeks, and throws unless the next token is {@code token}, described as {@code expected}. */
  private void expect(int token, String expected) throws IOException {
    int p = peeked == NONE ? doPeek() : peeked;
    if (p != token) {
      throw unexpected(expected);
    }
  }

  private IllegalStateException unexpected(String expected) throws IOException {
    return new IllegalStateException("Expected " + expected + " but was " + peek() + where());
  }
}
