package com.classtag.sync.plan;

import com.classtag.sync.internal.PlanJsonCodec;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;

/**
 * Reads and writes a plan as JSON, schema version {@value Plan#SCHEMA_VERSION} (documented in
 * {@code docs/plan/README.md}, JSON Schema in {@code docs/plan/plan.schema.json}). Written by hand
 * with Gson's streaming API: no reflection. Reading is strict (unknown fields, unknown codes and a
 * newer schema version are errors) and gives back a plan equal to the one written.
 *
 * <p>The JSON holds the values decisions write (names, emails, phones): treat it as personal data.
 */
public final class PlanJson {
  private PlanJson() {}

  /**
   * Writes a plan, indented by two spaces.
   *
   * @param plan the plan
   * @param out where to write; not closed
   * @throws IllegalArgumentException if an argument is null
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Plan plan, Writer out) {
    if (plan == null || out == null) {
      throw new IllegalArgumentException((plan == null ? "plan" : "out") + " must not be null");
    }
    PlanJsonCodec.write(plan, out);
  }

  /**
   * Returns a plan as a JSON document.
   *
   * @param plan the plan
   * @return the JSON
   * @throws IllegalArgumentException if {@code plan} is null
   */
  public static String toJson(Plan plan) {
    StringWriter w = new StringWriter();
    write(plan, w);
    return w.toString();
  }

  /**
   * Reads one plan document; nothing may follow it.
   *
   * @param in the JSON; not closed
   * @return the plan
   * @throws IllegalArgumentException if {@code in} is null
   * @throws PlanFormatException if the JSON is malformed, truncated, of the wrong shape, or of an
   *     unsupported schema version
   * @throws UncheckedIOException if reading fails
   */
  public static Plan read(Reader in) {
    if (in == null) {
      throw new IllegalArgumentException("in must not be null");
    }
    return PlanJsonCodec.read(in);
  }

  /**
   * Reads one plan document from a string.
   *
   * @param json the JSON
   * @return the plan
   * @throws IllegalArgumentException if {@code json} is null
   * @throws PlanFormatException if the JSON is malformed, truncated, of the wrong shape, or of an
   *     unsupported schema version
   */
  public static Plan fromJson(String json) {
    if (json == null) {
      throw new IllegalArgumentException("json must not be null");
    }
    return read(new StringReader(json));
  }
}
