package com.classtag.sync.json.internal;

import com.classtag.sync.json.JsonFormatException;
import com.google.gson.Strictness;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.MalformedJsonException;
import java.io.EOFException;
import java.io.IOException;
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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Gson's streaming reader, strict, with reads that check the type of every value and fail with a
 * {@link JsonFormatException} naming the JSON path and what was expected there. Objects are read field by
 * field through a {@link FieldSet}: an unknown field, a field given twice and a missing required field are
 * errors. No text value of the document ever reaches a message.
 */
public final class JsonInput {
  private static final Pattern LINE_COLUMN = Pattern.compile(" at line (\\d+) column (\\d+)");

  /** How long a text may be to go through {@link #common(String)}'s cache. */
  private static final int COMMON_LENGTH = 32;

  private final JsonReader in;
  /** Texts passed to {@link #common(String)}, by hash: equal values then share one string. */
  private final String[] common = new String[1024];
  /** The fields given so far in each open object, one bit per field ordinal, innermost last. */
  private long[] given = new long[8];
  private int depth;

  /**
   * Reads from a source.
   *
   * @param source the JSON; not closed
   */
  public JsonInput(Reader source) {
    this.in = new JsonReader(source);
    in.setStrictness(Strictness.STRICT);
  }

  /**
   * Reads one whole document; nothing but whitespace may follow it.
   *
   * @param body reads the document's value
   * @param <T> what the document holds
   * @return what {@code body} returned
   * @throws JsonFormatException if the JSON is malformed, truncated, followed by more content, or not of the
   *     shape {@code body} reads
   * @throws UncheckedIOException if reading the source fails
   */
  public <T> T document(Supplier<T> body) {
    T value = body.get();
    boolean more;
    try {
      more = in.peek() != JsonToken.END_DOCUMENT;
    } catch (MalformedJsonException e) {
      // Strict Gson refuses to tokenize a second top-level value; what matters is that there is one.
      more = true;
    } catch (IOException e) {
      throw failure(e);
    }
    if (more) {
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
    expect(JsonToken.BEGIN_OBJECT, "an object");
    try {
      in.beginObject();
    } catch (IOException e) {
      throw failure(e);
    }
    if (depth == given.length) {
      given = Arrays.copyOf(given, depth * 2);
    }
    given[depth++] = 0;
  }

  /** Returns whether the current object or array has another member. */
  public boolean hasNext() {
    try {
      return in.hasNext();
    } catch (IOException e) {
      throw failure(e);
    }
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
    String name;
    try {
      name = in.nextName();
    } catch (IOException e) {
      throw failure(e);
    }
    F field = fields.field(name);
    if (field == null) {
      throw error("one of the fields " + fields.names(), "a field this format does not have");
    }
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
    try {
      in.endObject();
    } catch (IOException e) {
      throw failure(e);
    }
    long missing = fields.requiredMask() & ~given[--depth];
    if (missing != 0) {
      JsonField field = fields.at(Long.numberOfTrailingZeros(missing));
      throw new JsonFormatException(in.getPreviousPath() + "." + field.jsonName(),
          "a value: the field is required", "none", null);
    }
  }

  /**
   * Reads every element of an array.
   *
   * @param element reads one element
   * @throws JsonFormatException if the next value is not an array, or {@code element} fails
   */
  public void each(Runnable element) {
    expect(JsonToken.BEGIN_ARRAY, "an array");
    try {
      in.beginArray();
      while (in.hasNext()) {
        element.run();
      }
      in.endArray();
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /**
   * Reads a string.
   *
   * @return the string
   * @throws JsonFormatException if the next value is not a string
   */
  public String text() {
    expect(JsonToken.STRING, "a string");
    try {
      return in.nextString();
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /**
   * Reads a string that many records share, such as a grade, a status or a contact type.
   *
   * @return the string, as {@link #common(String)} returns it
   * @throws JsonFormatException if the next value is not a string
   */
  public String commonText() {
    return common(text());
  }

  /**
   * Returns the instance an earlier equal call returned, while it is still cached, else {@code text}. A state
   * of a million records then holds a few hundred strings for its grades, statuses and contact types, not
   * millions of copies.
   *
   * @param text a string just read
   * @return an equal string
   */
  public String common(String text) {
    if (text.length() > COMMON_LENGTH) {
      return text;
    }
    int slot = text.hashCode() & (common.length - 1);
    String known = common[slot];
    if (text.equals(known)) {
      return known;
    }
    common[slot] = text;
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
      throw new JsonFormatException(in.getPreviousPath(), "a non-empty string", "an empty string", null);
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
    each(() -> {
      String text = nonEmpty ? id() : text();
      if (!seen.add(text)) {
        throw new JsonFormatException(in.getPreviousPath(), "each item once", "a repeat of an earlier item", null);
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
    expect(JsonToken.BOOLEAN, "true or false");
    try {
      return in.nextBoolean();
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /**
   * Reads a whole number in a range.
   *
   * @param min the least allowed
   * @param max the greatest allowed
   * @return the number
   * @throws JsonFormatException if the next value is not a whole number from {@code min} to {@code max}
   */
  public int integer(int min, int max) {
    String expected = "a whole number from " + min + " to " + max;
    expect(JsonToken.NUMBER, expected);
    BigDecimal number;
    try {
      number = new BigDecimal(in.nextString());
    } catch (IOException e) {
      throw failure(e);
    }
    // A settings number is a count or a percentage, never personal: showing it helps the fix.
    if (number.signum() != 0 && number.stripTrailingZeros().scale() > 0
        || number.compareTo(BigDecimal.valueOf(min)) < 0 || number.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw new JsonFormatException(in.getPreviousPath(), expected, number.toString(), null);
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
    expect(JsonToken.NUMBER, expected);
    BigDecimal number;
    try {
      number = new BigDecimal(in.nextString());
    } catch (IOException e) {
      throw failure(e);
    }
    if (number.compareTo(BigDecimal.valueOf(supported)) != 0) {
      throw new JsonFormatException(in.getPreviousPath(), expected, number.toString(), null);
    }
  }

  /**
   * Reads the name of one of an enum's constants.
   *
   * @param constants the enum's constants, {@code values()}, which the caller keeps (each call would copy)
   * @param <E> the enum
   * @return the constant
   * @throws JsonFormatException if the next value is not a string naming one of the constants
   */
  public <E extends Enum<E>> E constant(E[] constants) {
    if (peek() != JsonToken.STRING) {
      throw error(constantNames(constants), describe(peek()));
    }
    String name = text();
    // A handful of constants: comparing with each beats hashing a string just read.
    for (E constant : constants) {
      if (constant.name().equals(name)) {
        return constant;
      }
    }
    throw new JsonFormatException(in.getPreviousPath(), constantNames(constants), "a string that is none of them",
        null);
  }

  /**
   * Reads a date and time with an offset, such as {@code 2026-09-20T06:00:00Z}.
   *
   * @return the instant
   * @throws JsonFormatException if the next value is not such a string
   */
  public Instant instant() {
    String expected = "a date and time such as 2026-09-20T06:00:00Z";
    expect(JsonToken.STRING, expected);
    String text = text();
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      // The parser's message quotes the text; the cause is left out so no log shows it.
      throw new JsonFormatException(in.getPreviousPath(), expected, "a string that is not one", null);
    }
  }

  /**
   * Reads the name of a member of a free-form object, such as an extension field's name.
   *
   * @return the name
   */
  public String name() {
    try {
      return in.nextName();
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /**
   * Starts reading a free-form object, whose member names are read with {@link #name()}.
   *
   * @throws JsonFormatException if the next value is not an object
   */
  public void beginMap() {
    expect(JsonToken.BEGIN_OBJECT, "an object");
    try {
      in.beginObject();
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /** Finishes reading a free-form object. */
  public void endMap() {
    try {
      in.endObject();
    } catch (IOException e) {
      throw failure(e);
    }
  }

  /** Returns the path of the value read last, such as {@code $.carriedStatuses[2]}. */
  public String previousPath() {
    return in.getPreviousPath();
  }

  /**
   * Returns an error at the current path.
   *
   * @param expected what belongs there
   * @param found what is there instead; never a text value of the document
   * @return the error, to throw
   */
  public JsonFormatException error(String expected, String found) {
    return new JsonFormatException(in.getPath(), expected, found, null);
  }

  private static String constantNames(Enum<?>[] constants) {
    StringBuilder names = new StringBuilder("one of ");
    for (int i = 0; i < constants.length; i++) {
      names.append(i == 0 ? "\"" : ", \"").append(constants[i].name()).append('"');
    }
    return names.toString();
  }

  private void expect(JsonToken token, String expected) {
    JsonToken next = peek();
    if (next != token) {
      throw error(expected, describe(next));
    }
  }

  private JsonToken peek() {
    try {
      return in.peek();
    } catch (IOException e) {
      throw failure(e);
    }
  }

  private RuntimeException failure(IOException e) {
    // Inside an object before its first name, Gson's path ends in a bare dot: "$.". The object is the place.
    String path = in.getPath().endsWith(".") ? in.getPath().substring(0, in.getPath().length() - 1) : in.getPath();
    if (e instanceof MalformedJsonException) {
      return new JsonFormatException(path, "well-formed JSON", malformed(e.getMessage()), e);
    }
    if (e instanceof EOFException) {
      return new JsonFormatException(path, "more JSON", "the end of the input", e);
    }
    return new UncheckedIOException(e);
  }

  private static String describe(JsonToken token) {
    switch (token) {
      case BEGIN_OBJECT:
        return "an object";
      case BEGIN_ARRAY:
        return "an array";
      case STRING:
        return "a string";
      case NUMBER:
        return "a number";
      case BOOLEAN:
        return "a boolean";
      case NULL:
        return "null";
      case END_DOCUMENT:
        return "the end of the document";
      default:
        return "the end of the enclosing object or array";
    }
  }

  /** Describes Gson's complaint by its line and column and, where Gson says one, the problem. */
  private static String malformed(String gsonMessage) {
    if (gsonMessage == null) {
      return "malformed JSON";
    }
    Matcher where = LINE_COLUMN.matcher(gsonMessage);
    String found = where.find() ? "malformed JSON at line " + where.group(1) + " column " + where.group(2)
        : "malformed JSON";
    // Gson's strictness hint ("Use JsonReader.setStrictness(...)") names no problem; its other messages do.
    int at = gsonMessage.indexOf(" at line ");
    String problem = at < 0 ? "" : gsonMessage.substring(0, at);
    return problem.isEmpty() || problem.startsWith("Use JsonReader") ? found : found + " (" + problem + ")";
  }
}
