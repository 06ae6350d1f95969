package com.classtag.clever.model;

import com.classtag.clever.model.internal.OpenEnumRegistry;
import java.util.List;

/**
 * A district's sync state ({@code District.state}). Open: a state Clever adds later parses and
 * keeps its text.
 */
public final class DistrictState extends OpenEnum {
  private static final OpenEnumRegistry<DistrictState> REGISTRY =
      new OpenEnumRegistry<>(DistrictState::new);

  /** {@code running}. */
  public static final DistrictState RUNNING = REGISTRY.known("running");

  /** {@code pending}. */
  public static final DistrictState PENDING = REGISTRY.known("pending");

  /** {@code error}. */
  public static final DistrictState ERROR = REGISTRY.known("error");

  /** {@code paused}. */
  public static final DistrictState PAUSED = REGISTRY.known("paused");

  /** {@code success}. */
  public static final DistrictState SUCCESS = REGISTRY.known("success");

  private DistrictState(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the state for a wire value: a constant if known, else an unknown value keeping the
   * text.
   *
   * @param value the wire text
   * @return the state, never null
   * @throws NullPointerException if {@code value} is null
   */
  public static DistrictState of(String value) {
    return REGISTRY.of(value);
  }

  /** {@return the states this SDK version knows, in the spec's order} */
  public static List<DistrictState> knownValues() {
    return REGISTRY.knownValues();
  }
}
