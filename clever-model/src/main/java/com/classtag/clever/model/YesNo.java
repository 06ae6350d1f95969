package com.classtag.clever.model;

import com.classtag.clever.model.internal.OpenEnumRegistry;
import java.util.List;

/**
 * A Clever yes/no flag, sent as the strings {@code "Y"} and {@code "N"} rather than JSON booleans:
 * {@code ell_status}, {@code hispanic_ethnicity}, {@code gifted_status}, {@code section_504_status}
 * and {@code disability_status}. Open: any other text parses and keeps its text.
 */
public final class YesNo extends OpenEnum {
  private static final OpenEnumRegistry<YesNo> REGISTRY = new OpenEnumRegistry<>(YesNo::new);

  /** {@code Y}. */
  public static final YesNo YES = REGISTRY.known("Y");

  /** {@code N}. */
  public static final YesNo NO = REGISTRY.known("N");

  private YesNo(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the value for a wire text: a constant if known, else an unknown value keeping the text.
   *
   * @param value the wire text
   * @return the value, never null
   * @throws NullPointerException if {@code value} is null
   */
  public static YesNo of(String value) {
    return REGISTRY.of(value);
  }

  /** {@return the flags this SDK version knows, in the spec's order} */
  public static List<YesNo> knownValues() {
    return REGISTRY.knownValues();
  }
}
