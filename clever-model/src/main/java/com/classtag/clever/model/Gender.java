package com.classtag.clever.model;

import com.classtag.clever.model.internal.OpenEnumRegistry;
import java.util.List;

/**
 * A student's gender as Clever sends it ({@code roles.student.gender}): {@code M}, {@code F} or
 * {@code X}, Clever's code for neither. Open: an unknown value such as {@code "Z"} parses and keeps
 * its text. Demographic data: models never show it in {@code toString}.
 */
public final class Gender extends OpenEnum {
  private static final OpenEnumRegistry<Gender> REGISTRY = new OpenEnumRegistry<>(Gender::new);

  /** {@code M}. */
  public static final Gender M = REGISTRY.known("M");

  /** {@code F}. */
  public static final Gender F = REGISTRY.known("F");

  /** {@code X}. */
  public static final Gender X = REGISTRY.known("X");

  private Gender(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the value for a wire text: a constant if known, else an unknown value keeping the text.
   *
   * @param value the wire text
   * @return the value, never null
   * @throws NullPointerException if {@code value} is null
   */
  public static Gender of(String value) {
    return REGISTRY.of(value);
  }

  /** {@return the genders this SDK version knows, in the spec's order} */
  public static List<Gender> knownValues() {
    return REGISTRY.knownValues();
  }
}
