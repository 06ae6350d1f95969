package com.classtag.clever.model;

import com.classtag.clever.model.internal.OpenEnumRegistry;
import java.util.List;

/**
 * A student's free or reduced-price lunch status ({@code roles.student.frl_status}); {@code Other}
 * came with v3.1. Open: an unknown value parses and keeps its text. Demographic data: models never
 * show it in {@code toString}.
 */
public final class FrlStatus extends OpenEnum {
  private static final OpenEnumRegistry<FrlStatus> REGISTRY =
      new OpenEnumRegistry<>(FrlStatus::new);

  /** {@code Free}. */
  public static final FrlStatus FREE = REGISTRY.known("Free");

  /** {@code Reduced}. */
  public static final FrlStatus REDUCED = REGISTRY.known("Reduced");

  /** {@code Paid}. */
  public static final FrlStatus PAID = REGISTRY.known("Paid");

  /** {@code Other}. */
  public static final FrlStatus OTHER = REGISTRY.known("Other");

  private FrlStatus(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the value for a wire text: a constant if known, else an unknown value keeping the text.
   *
   * @param value the wire text
   * @return the value, never null
   * @throws NullPointerException if {@code value} is null
   */
  public static FrlStatus of(String value) {
    return REGISTRY.of(value);
  }

  /** {@return the statuses this SDK version knows, in the spec's order} */
  public static List<FrlStatus> knownValues() {
    return REGISTRY.knownValues();
  }
}
