package com.classtag.clever.model;

import com.classtag.clever.model.internal.OpenEnumRegistry;
import java.util.List;

/**
 * A district's LMS Connect state ({@code District.lms_state}, v3.1). Open: a state Clever adds
 * later parses and keeps its text.
 */
public final class LmsState extends OpenEnum {
  private static final OpenEnumRegistry<LmsState> REGISTRY = new OpenEnumRegistry<>(LmsState::new);

  /** {@code initial_sync_processing}. */
  public static final LmsState INITIAL_SYNC_PROCESSING = REGISTRY.known("initial_sync_processing");

  /** {@code pending_authorization}. */
  public static final LmsState PENDING_AUTHORIZATION = REGISTRY.known("pending_authorization");

  /** {@code matching_in_progress}. */
  public static final LmsState MATCHING_IN_PROGRESS = REGISTRY.known("matching_in_progress");

  /** {@code error}. */
  public static final LmsState ERROR = REGISTRY.known("error");

  /** {@code disconnected}. */
  public static final LmsState DISCONNECTED = REGISTRY.known("disconnected");

  /** {@code success}. */
  public static final LmsState SUCCESS = REGISTRY.known("success");

  private LmsState(String value, boolean known) {
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
  public static LmsState of(String value) {
    return REGISTRY.of(value);
  }

  /** {@return the states this SDK version knows, in the spec's order} */
  public static List<LmsState> knownValues() {
    return REGISTRY.knownValues();
  }
}
