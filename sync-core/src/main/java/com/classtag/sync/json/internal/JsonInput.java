package com.classtag.sync.json.internal;

import com.classtag.sync.json.JsonFormatException;
import java.io.InputStream;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Strict JSON ({@link JsonScanner}) with reads that check the type of every value and fail with a
 * {@link JsonFormatException} naming the JSON path and what was expected there. Objects are read
 * field by field through a {@link FieldSet}: an unknown field, a field given twice and a missing
 * required field are errors. Field names, enum constants and {@linkplain #commonText() common
 * values} are matched where the scanner read them, without making a string of them. No text value
 * of the document ever reaches a message.
 */
public final class JsonInput {
  /** How long a text may be to go through the cache of {@link #commonText()}. */
  private static final int COMMON_LENGTH = 32;

  private final JsonScanner in;

  /**
   * Texts read with {@link #commonText()} and {@link #commonId()}, by hash: equal values share one
   * string.
   */
  private final String[] common = new String[1024];

  /** The UTF-8 bytes of each string in {@link #common}, to match against the scanner's. */
  private final byte[][] commonBytes = new byte[common.length][];

  /** The fields given so far in each open object, one bit per field ordinal, innermost last. */
  private long[] given = new long[8];

  private int depth;

  /**
   * Reads UTF-8 JSON from a stream.
   *
   * @param source the JSON; not closed
   */
  public JsonInput(InputStream source) {
    this.in = new JsonScanner(source);
  }

  /**
   * Reads JSON from characters.
   *
   * @param source the JSON; not closed
   */
  public JsonInput(Reader source) {
    this(new Utf8Stream(source));
  }

  /**
   * Reads one whole document; nothing but whitespace may follow it.
   *
   * @param body reads the document's value
   * @param <T> what the document holds
   * @return what {@code body} returned
   * @throws JsonFormatException if the JSON is malformed, truncated, followed by more content, or
   *     not of the shape {@code body} reads
   * @throws UncheckedIOException if reading the source fails
   */
  public <T> T document(Supplier<T> body) {
    T value = body.get();
    if (in.peek() != JsonScanner.END_DOCUMENT) {
      throw new JsonFormatException("$", "the end of the document", "more content after it", null);
    }
    return value;
  }

  /**
   * Starts reading an object.
   *
   * @throws JsonFormatException if the next value is not an object
   */
  public void beginObject() {
    expect(JsonScanner.BEGIN_OBJECT, "an object");
    in.beginObject();
    if (depth == given.length) {
      given = Arrays.copyOf(given, depth * 2);
    }
    given[depth++] = 0;
  }

  /**
   * Returns whether the current object or array has another member.
   *
   * @throws JsonFormatException if the JSON is malformed or ends early
   */
  public boolean hasNext() {
    return in.hasNext();
  }

  /**
   * Reads the next field name of the current object.
   *
   * @param fields the object's fields
   * @param <F> the enum of its fields
   * @return the field
   * @throws JsonFormatException if the object has no such field, or gave it before
   */
  public <F extends Enum<F> & JsonField> F field(FieldSet<F> fields) {
    in.nextName();
    int slot = fields.slot(in.bytes(), in.start(), in.length());
    if (slot < 0) {
      in.name(in.string());
      throw error("one of the fields " + fields.names(), "a field this format does not have");
    }
    // The name from the table, not field.jsonName(): an interface call on a dozen enums is
    // megamorphic.
    in.name(fields.nameAt(slot));
    F field = fields.fieldAt(slot);
    long bit = 1L << field.ordinal();
    if ((given[depth - 1] & bit) != 0) {
      throw error("each field once", "this field a second time");
    }
    given[depth - 1] |= bit;
    return field;
  }

  /**
   * Finishes reading an object.
   *
   * @param fields the object's fields
   * @throws JsonFormatException naming the first required field the object did not give
   */
  public void endObject(FieldSet<?> fields) {
    in.endObject();
    long missing = fields.requiredMask() & ~given[--depth];
    if (missing != 0) {
      JsonField field = fields.at(Long.numberOfTrailingZeros(missing));
      throw new JsonFormatException(
          in.previousPath() + "." + field.jsonName(),
          "a value: the field is required",
          "none",
          null);
    }
  }

  /**
   * Reads every element of an array.
   *
   * @param element reads one element
   * @throws JsonFormatException if the next value is not an array, or {@code element} fails
   */
  public void each(Runnable element) {
    expect(JsonScanner.BEGIN_ARRAY, "an array");
    in.beginArray();
    while (in.hasNext()) {
      element.run();
    }
    in.endArray();
  }

  /**
   * Reads a string.
   *
   * @return the string
   * @throws JsonFormatException if the next value is not a string
   */
  public String text() {
    expect(JsonScanner.STRING, "a string");
    in.nextString();
    return in.string();
  }

  /**
   * Reads a string that many records share, such as a grade, a status or a contact type. Returns
   * the instance an earlier equal read returned while it is still cached: a state of a million
   * records then holds a few hundred strings for its grades, statuses and contact types, not
   * millions of copies, and a value already cached is not even made into a string.
   *
   * @return the string
   * @throws JsonFormatException if the next value is not a string
   */
  public String commonText() {
    expect(JsonScanner.STRING, "a string");
    in.nextString();
    return common();
  }

  /**
   * Reads a non-empty string that many records share, such as a school id; see {@link
   * #commonText()}.
   *
   * @return the string
   * @throws JsonFormatException if the next value is not a string, or is empty
   */
  public String commonId() {
    expect(JsonScanner.STRING, "a string");
    in.nextString();
    if (in.length() == 0) {
      throw new JsonFormatException(
          in.previousPath(), "a non-empty string", "an empty string", null);
    }
    return common();
  }

  /** Returns the string just read, from the cache when an equal one is there. */
  private String common() {
    byte[] bytes = in.bytes();
    int start = in.start();
    int length = in.length();
    if (length > COMMON_LENGTH) {
      return in.string();
    }
    int hash = 0;
    for (int i = start; i < start + length; i++) {
      hash = 31 * hash + bytes[i];
    }
    int slot = (hash ^ (hash >>> 16)) & (common.length - 1);
    byte[] known = commonBytes[slot];
    if (known != null && Arrays.equals(known, 0, known.length, bytes, start, start + length)) {
      return common[slot];
    }
    String text = in.string();
    common[slot] = text;
    commonBytes[slot] = Arrays.copyOfRange(bytes, start, start + length);
    return text;
  }

  /**
   * Reads a non-empty string, such as an id.
   *
   * @return the string
   * @throws JsonFormatException if the next value is not a string, or is empty
   */
  public String id() {
    String text = text();
    if (text.isEmpty()) {
      throw new JsonFormatException(
          in.previousPath(), "a non-empty string", "an empty string", null);
    }
    return text;
  }

  /**
   * Reads an array of strings.
   *
   * @param nonEmpty whether each string must be non-empty
   * @return the strings, in order, each once
   * @throws JsonFormatException if the next value is not an array of strings, or repeats one
   */
  public List<String> distinctTexts(boolean nonEmpty) {
    List<String> texts = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    each(
        () -> {
          String text = nonEmpty ? id() : text();
          if (!seen.add(text)) {
            throw new JsonFormatException(
                in.previousPath(), "each item once", "a repeat of an earlier item", null);
          }
          texts.add(text);
        });
    return texts;
  }

  /**
   * Reads {@code true} or {@code false}.
   *
   * @return the value
   * @throws JsonFormatException if the next value is not a boolean
   */
  public boolean bool() {
    int next = in.peek();
    if (next != JsonScanner.TRUE && next != JsonScanner.FALSE) {
      throw error("true or false", describe(next));
    }
    in.nextLiteral();
    return next == JsonScanner.TRUE;
  }

  /**
   * Reads a whole number in a range.
   *
   * @param min the least allowed
   * @param max the greatest allowed
   * @return the number
   * @throws JsonFormatException if the next value is not a whole number from {@code min} to {@code
   *     max}
   */
  public int integer(int min, int max) {
    String expected = "a whole number from " + min + " to " + max;
    expect(JsonScanner.NUMBER, expected);
    BigDecimal number = new BigDecimal(in.nextNumber());
    // A settings number is a count or a percentage, never personal: showing it helps the fix.
    if (number.signum() != 0 && number.stripTrailingZeros().scale() > 0
        || number.compareTo(BigDecimal.valueOf(min)) < 0
        || number.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw new JsonFormatException(in.previousPath(), expected, number.toString(), null);
    }
    return number.intValueExact();
  }

  /**
   * Reads the format's version, which must be {@code supported}.
   *
   * @param supported the only version this reader reads
   * @throws JsonFormatException if the next value is not that number
   */
  public void version(int supported) {
    String expected = supported + ", the format version this SDK reads";
    expect(JsonScanner.NUMBER, expected);
    BigDecimal number = new BigDecimal(in.nextNumber());
    if (number.compareTo(BigDecimal.valueOf(supported)) != 0) {
      throw new JsonFormatException(in.previousPath(), expected, number.toString(), null);
    }
  }

  /**
   * Reads the name of one of an enum's constants.
   *
   * @param constants the enum's constants, {@code values()}, which the caller keeps (each call
   *     would copy)
   * @param <E> the enum
   * @return the constant
   * @throws JsonFormatException if the next value is not a string naming one of the constants
   */
  public <E extends Enum<E>> E constant(E[] constants) {
    int next = in.peek();
    if (next != JsonScanner.STRING) {
      throw error(constantNames(constants), describe(next));
    }
    in.nextString();
    // A handful of constants: comparing with each beats hashing, and no string is made.
    for (E constant : constants) {
      if (same(constant.name(), in.bytes(), in.start(), in.length())) {
        return constant;
      }
    }
    throw new JsonFormatException(
        in.previousPath(), constantNames(constants), "a string that is none of them", null);
  }

  /**
   * Reads a date and time with an offset, such as {@code 2026-09-20T06:00:00Z}.
   *
   * @return the instant
   * @throws JsonFormatException if the next value is not such a string
   */
  public Instant instant() {
    String expected = "a date and time such as 2026-09-20T06:00:00Z";
    expect(JsonScanner.STRING, expected);
    String text = text();
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      // The parser's message quotes the text; the cause is left out so no log shows it.
      throw new JsonFormatException(in.previousPath(), expected, "a string that is not one", null);
    }
  }

  /**
   * Reads the name of a member of a free-form object, such as an extension field's name. Names
   * repeat from record to record, so they are shared like {@link #commonText()}'s values.
   *
   * @return the name
   * @throws JsonFormatException if the JSON is malformed
   */
  public String name() {
    in.nextName();
    String name = common();
    in.name(name);
    return name;
  }

  /**
   * Starts reading a free-form object, whose member names are read with {@link #name()}.
   *
   * @throws JsonFormatException if the next value is not an object
   */
  public void beginMap() {
    expect(JsonScanner.BEGIN_OBJECT, "an object");
    in.beginObject();
  }

  /**
   * Finishes reading a free-form object.
   *
   * @throws JsonFormatException if the JSON is malformed
   */
  public void endMap() {
    in.endObject();
  }

  /** Returns the path of the value read last, such as {@code $.carriedStatuses[2]}. */
  public String previousPath() {
    return in.previousPath();
  }

  /**
   * Returns an error at the current path.
   *
   * @param expected what belongs there
   * @param found what is there instead; never a text value of the document
   * @return the error, to throw
   */
  public JsonFormatException error(String expected, String found) {
    return new JsonFormatException(in.path(), expected, found, null);
  }

  /**
   * Returns whether {@code ascii}, a string of ASCII characters only, is the {@code length} bytes
   * of {@code bytes} from {@code start}.
   */
  static boolean same(String ascii, byte[] bytes, int start, int length) {
    if (ascii.length() != length) {
      return false;
    }
    for (int i = 0; i < length; i++) {
      if (ascii.charAt(i) != bytes[start + i]) {
        return false;
      }
    }
    return true;
  }

  private static String constantNames(Enum<?>[] constants) {
    StringBuilder names = new StringBuilder("one of ");
    for (int i = 0; i < constants.length; i++) {
      names.append(i == 0 ? "\"" : ", \"").append(constants[i].name()).append('"');
    }
    return names.toString();
  }

  private void expect(int token, String expected) {
    int next = in.peek();
    if (next != token) {
      throw error(expected, describe(next));
    }
  }

  private static String describe(int token) {
    switch (token) {
      case JsonScanner.BEGIN_OBJECT:
        return "an object";
      case JsonScanner.BEGIN_ARRAY:
        return "an array";
      case JsonScanner.STRING:
        return "a string";
      case JsonScanner.NUMBER:
        return "a number";
      case JsonScanner.TRUE:
      case JsonScanner.FALSE:
        return "a boolean";
      case JsonScanner.NULL:
        return "null";
      case JsonScanner.END_DOCUMENT:
        return "the end of the document";
      default:
        return "the end of the enclosing object or array";
    }
  }
}
