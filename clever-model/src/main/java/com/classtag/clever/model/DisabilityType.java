package com.classtag.clever.model;

import com.classtag.clever.model.internal.OpenEnumRegistry;
import java.util.List;

/**
 * A student's disability type ({@code Disability.disability_type}, v3.1), such as {@code Specific
 * learning disability}. The spec lists {@code Other} where the documentation lists {@code ""}; both
 * read correctly ({@code ""} as no value). Open: an unknown value parses and keeps its text.
 * Demographic data: models never show it in {@code toString}.
 */
public final class DisabilityType extends OpenEnum {
  private static final OpenEnumRegistry<DisabilityType> REGISTRY =
      new OpenEnumRegistry<>(DisabilityType::new);

  /** {@code Autism}. */
  public static final DisabilityType AUTISM = REGISTRY.known("Autism");

  /** {@code Deaf-blindness}. */
  public static final DisabilityType DEAF_BLINDNESS = REGISTRY.known("Deaf-blindness");

  /** {@code Developmental delay}. */
  public static final DisabilityType DEVELOPMENTAL_DELAY = REGISTRY.known("Developmental delay");

  /** {@code Emotional disturbance}. */
  public static final DisabilityType EMOTIONAL_DISTURBANCE =
      REGISTRY.known("Emotional disturbance");

  /** {@code Hearing impairment}. */
  public static final DisabilityType HEARING_IMPAIRMENT = REGISTRY.known("Hearing impairment");

  /** {@code Intellectual Disability}. */
  public static final DisabilityType INTELLECTUAL_DISABILITY =
      REGISTRY.known("Intellectual Disability");

  /** {@code Multiple disabilities}. */
  public static final DisabilityType MULTIPLE_DISABILITIES =
      REGISTRY.known("Multiple disabilities");

  /** {@code Orthopedic impairment}. */
  public static final DisabilityType ORTHOPEDIC_IMPAIRMENT =
      REGISTRY.known("Orthopedic impairment");

  /** {@code Other}. */
  public static final DisabilityType OTHER = REGISTRY.known("Other");

  /** {@code Other health impairment}. */
  public static final DisabilityType OTHER_HEALTH_IMPAIRMENT =
      REGISTRY.known("Other health impairment");

  /** {@code Specific learning disability}. */
  public static final DisabilityType SPECIFIC_LEARNING_DISABILITY =
      REGISTRY.known("Specific learning disability");

  /** {@code Speech or language impairment}. */
  public static final DisabilityType SPEECH_OR_LANGUAGE_IMPAIRMENT =
      REGISTRY.known("Speech or language impairment");

  /** {@code Traumatic brain injury}. */
  public static final DisabilityType TRAUMATIC_BRAIN_INJURY =
      REGISTRY.known("Traumatic brain injury");

  /** {@code Visual impairment}. */
  public static final DisabilityType VISUAL_IMPAIRMENT = REGISTRY.known("Visual impairment");

  private DisabilityType(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the value for a wire text: a constant if known, else an unknown value keeping the text.
   *
   * @param value the wire text
   * @return the value, never null
   * @throws NullPointerException if {@code value} is null
   */
  public static DisabilityType of(String value) {
    return REGISTRY.of(value);
  }

  /** {@return the types this SDK version knows, in the spec's order} */
  public static List<DisabilityType> knownValues() {
    return REGISTRY.knownValues();
  }
}
