package com.classtag.sync.json;

/**
 * A state or settings document that cannot be read: not well-formed JSON, or not of the documented
 * shape. {@link #path()} names the offending place, for example {@code
 * $.classrooms[3].teachers[0].role}; {@link #expected()} says what belongs there and {@link
 * #found()} what is there instead. The message is {@code path: expected ...; found ...}.
 *
 * <p>The exception never repeats a text value of the document, which may be a name, an email or a
 * phone; {@link #found()} describes it instead ("a string that is none of them"). Numbers in
 * settings are shown.
 */
public final class JsonFormatException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** The JSON path of the value at fault. */
  private final String path;

  /** What the format expects there. */
  private final String expected;

  /** What the input had there. */
  private final String found;

  /**
   * Creates the exception.
   *
   * @param path the JSON path of the offending value, such as {@code $.deletionThreshold.percent}
   * @param expected what belongs there, such as {@code "a whole number from 0 to 100"}
   * @param found what is there instead, such as {@code "120"}; never a text value of the document
   * @param cause the underlying parse error, or null
   */
  public JsonFormatException(String path, String expected, String found, Throwable cause) {
    super(path + ": expected " + expected + "; found " + found, cause);
    this.path = path;
    this.expected = expected;
    this.found = found;
  }

  /**
   * {@return the JSON path of the offending value, for example {@code $.classrooms[3].archive.by}}
   */
  public String path() {
    return path;
  }

  /** {@return what belongs at {@link #path()}, for example {@code one of "SYNC", "PERSON"}} */
  public String expected() {
    return expected;
  }

  /** {@return a description of what is at {@link #path()} instead, for example {@code an array}} */
  public String found() {
    return found;
  }
}
