package com.classtag.clever.model;

import com.classtag.clever.model.internal.OpenEnumRegistry;
import java.util.List;

/**
 * A grade level: {@code School.low_grade}/{@code high_grade}, {@code Section.grade} and a student's
 * {@code grade}. Open: an unknown value such as {@code "14"} parses and keeps its text.
 */
public final class Grade extends OpenEnum {
  private static final OpenEnumRegistry<Grade> REGISTRY = new OpenEnumRegistry<>(Grade::new);

  /** {@code InfantToddler}. */
  public static final Grade INFANT_TODDLER = REGISTRY.known("InfantToddler");

  /** {@code Preschool}. */
  public static final Grade PRESCHOOL = REGISTRY.known("Preschool");

  /** {@code PreKindergarten}. */
  public static final Grade PRE_KINDERGARTEN = REGISTRY.known("PreKindergarten");

  /** {@code TransitionalKindergarten}. */
  public static final Grade TRANSITIONAL_KINDERGARTEN = REGISTRY.known("TransitionalKindergarten");

  /** {@code Kindergarten}. */
  public static final Grade KINDERGARTEN = REGISTRY.known("Kindergarten");

  /** {@code 1}. */
  public static final Grade GRADE_1 = REGISTRY.known("1");

  /** {@code 2}. */
  public static final Grade GRADE_2 = REGISTRY.known("2");

  /** {@code 3}. */
  public static final Grade GRADE_3 = REGISTRY.known("3");

  /** {@code 4}. */
  public static final Grade GRADE_4 = REGISTRY.known("4");

  /** {@code 5}. */
  public static final Grade GRADE_5 = REGISTRY.known("5");

  /** {@code 6}. */
  public static final Grade GRADE_6 = REGISTRY.known("6");

  /** {@code 7}. */
  public static final Grade GRADE_7 = REGISTRY.known("7");

  /** {@code 8}. */
  public static final Grade GRADE_8 = REGISTRY.known("8");

  /** {@code 9}. */
  public static final Grade GRADE_9 = REGISTRY.known("9");

  /** {@code 10}. */
  public static final Grade GRADE_10 = REGISTRY.known("10");

  /** {@code 11}. */
  public static final Grade GRADE_11 = REGISTRY.known("11");

  /** {@code 12}. */
  public static final Grade GRADE_12 = REGISTRY.known("12");

  /** {@code 13}. */
  public static final Grade GRADE_13 = REGISTRY.known("13");

  /** {@code PostGraduate}. */
  public static final Grade POST_GRADUATE = REGISTRY.known("PostGraduate");

  /** {@code Ungraded}. */
  public static final Grade UNGRADED = REGISTRY.known("Ungraded");

  /** {@code Other}. */
  public static final Grade OTHER = REGISTRY.known("Other");

  private Grade(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the grade for a wire value: a constant if known, else an unknown value keeping the
   * text.
   *
   * @param value the wire text
   * @return the grade, never null
   * @throws NullPointerException if {@code value} is null
   */
  public static Grade of(String value) {
    return REGISTRY.of(value);
  }

  /** {@return the grades this SDK version knows, in the spec's order} */
  public static List<Grade> knownValues() {
    return REGISTRY.knownValues();
  }
}
