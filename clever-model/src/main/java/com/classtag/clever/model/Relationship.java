package com.classtag.clever.model;

import com.classtag.clever.model.internal.OpenEnumRegistry;
import java.util.List;

/**
 * How a contact is related to a student ({@code StudentRelationship.relationship}), such as {@code
 * Parent} or {@code Aunt/Uncle}. Open: an unknown value parses and keeps its text.
 */
public final class Relationship extends OpenEnum {
  private static final OpenEnumRegistry<Relationship> REGISTRY =
      new OpenEnumRegistry<>(Relationship::new);

  /** {@code Parent}. */
  public static final Relationship PARENT = REGISTRY.known("Parent");

  /** {@code Grandparent}. */
  public static final Relationship GRANDPARENT = REGISTRY.known("Grandparent");

  /** {@code Self}. */
  public static final Relationship SELF = REGISTRY.known("Self");

  /** {@code Aunt/Uncle}. */
  public static final Relationship AUNT_UNCLE = REGISTRY.known("Aunt/Uncle");

  /** {@code Sibling}. */
  public static final Relationship SIBLING = REGISTRY.known("Sibling");

  /** {@code Other}. */
  public static final Relationship OTHER = REGISTRY.known("Other");

  private Relationship(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the value for a wire text: a constant if known, else an unknown value keeping the text.
   *
   * @param value the wire text
   * @return the value, never null
   * @throws NullPointerException if {@code value} is null
   */
  public static Relationship of(String value) {
    return REGISTRY.of(value);
  }

  /** {@return the relationships this SDK version knows, in the spec's order} */
  public static List<Relationship> knownValues() {
    return REGISTRY.knownValues();
  }
}
