package com.classtag.clever.model;

import com.classtag.clever.model.internal.OpenEnumRegistry;
import java.util.List;

/**
 * What happened to an event's record: the part of its {@code type} after the dot, such as {@code
 * updated} in {@code sections.updated}. Open: an action this version does not know parses and keeps
 * its text.
 */
public final class EventAction extends OpenEnum {
  private static final OpenEnumRegistry<EventAction> REGISTRY =
      new OpenEnumRegistry<>(EventAction::new);

  /** {@code created}. */
  public static final EventAction CREATED = REGISTRY.known("created");

  /** {@code updated}. */
  public static final EventAction UPDATED = REGISTRY.known("updated");

  /** {@code deleted}. */
  public static final EventAction DELETED = REGISTRY.known("deleted");

  private EventAction(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the action for a wire value: a constant if known, else an unknown value keeping the
   * text.
   *
   * @param value the wire text
   * @return the action, never null
   * @throws NullPointerException if {@code value} is null
   */
  public static EventAction of(String value) {
    return REGISTRY.of(value);
  }

  /** {@return the actions this SDK version knows, in the spec's order} */
  public static List<EventAction> knownValues() {
    return REGISTRY.knownValues();
  }
}
