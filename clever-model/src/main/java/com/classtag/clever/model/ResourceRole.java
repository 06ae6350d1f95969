package com.classtag.clever.model;

import com.classtag.clever.model.internal.OpenEnumRegistry;
import java.util.List;

/**
 * A role a resource is meant for ({@code Resource.roles[]}). Open: a role Clever adds later parses
 * and keeps its text.
 */
public final class ResourceRole extends OpenEnum {
  private static final OpenEnumRegistry<ResourceRole> REGISTRY =
      new OpenEnumRegistry<>(ResourceRole::new);

  /** {@code teacher}. */
  public static final ResourceRole TEACHER = REGISTRY.known("teacher");

  /** {@code student}. */
  public static final ResourceRole STUDENT = REGISTRY.known("student");

  private ResourceRole(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the role for a wire value: a constant if known, else an unknown value keeping the text.
   *
   * @param value the wire text
   * @return the role, never null
   * @throws NullPointerException if {@code value} is null
   */
  public static ResourceRole of(String value) {
    return REGISTRY.of(value);
  }

  /** {@return the roles this SDK version knows, in the spec's order} */
  public static List<ResourceRole> knownValues() {
    return REGISTRY.knownValues();
  }
}
