package com.classtag.clever.model;

import com.classtag.clever.model.internal.OpenEnumRegistry;
import java.util.List;

/**
 * A student's race ({@code roles.student.race}). Open: an unknown value parses and keeps its text.
 * Demographic data: models never show it in {@code toString}.
 *
 * <p>{@link #UNKNOWN} is Clever's wire value {@code "Unknown"}, a known constant; it is unrelated
 * to {@link #isKnown()}.
 */
public final class Race extends OpenEnum {
  private static final OpenEnumRegistry<Race> REGISTRY = new OpenEnumRegistry<>(Race::new);

  /** {@code Caucasian}. */
  public static final Race CAUCASIAN = REGISTRY.known("Caucasian");

  /** {@code Asian}. */
  public static final Race ASIAN = REGISTRY.known("Asian");

  /** {@code Black or African American}. */
  public static final Race BLACK_OR_AFRICAN_AMERICAN = REGISTRY.known("Black or African American");

  /** {@code American Indian}. */
  public static final Race AMERICAN_INDIAN = REGISTRY.known("American Indian");

  /** {@code Hawaiian or Other Pacific Islander}. */
  public static final Race HAWAIIAN_OR_OTHER_PACIFIC_ISLANDER =
      REGISTRY.known("Hawaiian or Other Pacific Islander");

  /** {@code Two or More Races}. */
  public static final Race TWO_OR_MORE_RACES = REGISTRY.known("Two or More Races");

  /** {@code Unknown}. */
  public static final Race UNKNOWN = REGISTRY.known("Unknown");

  private Race(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the value for a wire text: a constant if known, else an unknown value keeping the text.
   *
   * @param value the wire text
   * @return the value, never null
   * @throws NullPointerException if {@code value} is null
   */
  public static Race of(String value) {
    return REGISTRY.of(value);
  }

  /** {@return the races this SDK version knows, in the spec's order} */
  public static List<Race> knownValues() {
    return REGISTRY.knownValues();
  }
}
