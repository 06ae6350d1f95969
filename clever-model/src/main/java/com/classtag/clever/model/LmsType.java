package com.classtag.clever.model;

import com.classtag.clever.model.internal.OpenEnumRegistry;
import java.util.List;

/**
 * The LMS a district connected ({@code District.lms_type}, v3.1). Open: an LMS Clever adds later
 * parses and keeps its text.
 */
public final class LmsType extends OpenEnum {
  private static final OpenEnumRegistry<LmsType> REGISTRY = new OpenEnumRegistry<>(LmsType::new);

  /** {@code canvas}. */
  public static final LmsType CANVAS = REGISTRY.known("canvas");

  /** {@code schoology}. */
  public static final LmsType SCHOOLOGY = REGISTRY.known("schoology");

  /** {@code google_classroom}. */
  public static final LmsType GOOGLE_CLASSROOM = REGISTRY.known("google_classroom");

  private LmsType(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the LMS type for a wire value: a constant if known, else an unknown value keeping the
   * text.
   *
   * @param value the wire text
   * @return the LMS type, never null
   * @throws NullPointerException if {@code value} is null
   */
  public static LmsType of(String value) {
    return REGISTRY.of(value);
  }

  /** {@return the LMS types this SDK version knows, in the spec's order} */
  public static List<LmsType> knownValues() {
    return REGISTRY.knownValues();
  }
}
