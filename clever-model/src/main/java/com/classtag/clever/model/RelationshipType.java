package com.classtag.clever.model;

import com.classtag.clever.model.internal.OpenEnumRegistry;
import java.util.List;

/**
 * The kind of a contact's link to a student ({@code StudentRelationship.type}), such as {@code
 * Parent/Guardian} or {@code Emergency}. Open: an unknown value parses and keeps its text.
 */
public final class RelationshipType extends OpenEnum {
  private static final OpenEnumRegistry<RelationshipType> REGISTRY =
      new OpenEnumRegistry<>(RelationshipType::new);

  /** {@code Parent/Guardian}. */
  public static final RelationshipType PARENT_GUARDIAN = REGISTRY.known("Parent/Guardian");

  /** {@code Emergency}. */
  public static final RelationshipType EMERGENCY = REGISTRY.known("Emergency");

  /** {@code Primary}. */
  public static final RelationshipType PRIMARY = REGISTRY.known("Primary");

  /** {@code Secondary}. */
  public static final RelationshipType SECONDARY = REGISTRY.known("Secondary");

  /** {@code Family}. */
  public static final RelationshipType FAMILY = REGISTRY.known("Family");

  /** {@code Other}. */
  public static final RelationshipType OTHER = REGISTRY.known("Other");

  private RelationshipType(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the value for a wire text: a constant if known, else an unknown value keeping the text.
   *
   * @param value the wire text
   * @return the value, never null
   * @throws NullPointerException if {@code value} is null
   */
  public static RelationshipType of(String value) {
    return REGISTRY.of(value);
  }

  /** {@return the types this SDK version knows, in the spec's order} */
  public static List<RelationshipType> knownValues() {
    return REGISTRY.knownValues();
  }
}
