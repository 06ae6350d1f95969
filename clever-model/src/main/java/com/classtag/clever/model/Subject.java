package com.classtag.clever.model;

import com.classtag.clever.model.internal.OpenEnumRegistry;
import java.util.List;

/**
 * A section's subject ({@code Section.subject}). Open: a subject Clever adds later parses and keeps
 * its text.
 */
public final class Subject extends OpenEnum {
  private static final OpenEnumRegistry<Subject> REGISTRY = new OpenEnumRegistry<>(Subject::new);

  /** {@code english/language arts}. */
  public static final Subject ENGLISH_LANGUAGE_ARTS = REGISTRY.known("english/language arts");

  /** {@code math}. */
  public static final Subject MATH = REGISTRY.known("math");

  /** {@code science}. */
  public static final Subject SCIENCE = REGISTRY.known("science");

  /** {@code social studies}. */
  public static final Subject SOCIAL_STUDIES = REGISTRY.known("social studies");

  /** {@code language}. */
  public static final Subject LANGUAGE = REGISTRY.known("language");

  /** {@code homeroom/advisory}. */
  public static final Subject HOMEROOM_ADVISORY = REGISTRY.known("homeroom/advisory");

  /** {@code interventions/online learning}. */
  public static final Subject INTERVENTIONS_ONLINE_LEARNING =
      REGISTRY.known("interventions/online learning");

  /** {@code technology and engineering}. */
  public static final Subject TECHNOLOGY_AND_ENGINEERING =
      REGISTRY.known("technology and engineering");

  /** {@code PE and health}. */
  public static final Subject PE_AND_HEALTH = REGISTRY.known("PE and health");

  /** {@code arts and music}. */
  public static final Subject ARTS_AND_MUSIC = REGISTRY.known("arts and music");

  /** {@code other}. */
  public static final Subject OTHER = REGISTRY.known("other");

  private Subject(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the subject for a wire value: a constant if known, else an unknown value keeping the
   * text.
   *
   * @param value the wire text
   * @return the subject, never null
   * @throws NullPointerException if {@code value} is null
   */
  public static Subject of(String value) {
    return REGISTRY.of(value);
  }

  /** {@return the subjects this SDK version knows, in the spec's order} */
  public static List<Subject> knownValues() {
    return REGISTRY.knownValues();
  }
}
