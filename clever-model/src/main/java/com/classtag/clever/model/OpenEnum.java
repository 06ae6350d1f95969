package com.classtag.clever.model;

import java.util.Objects;

/**
 * Base of every open enumeration: a wire value with known constants that never rejects a value it
 * does not know.
 *
 * <p>Clever adds enum values over time (grade {@code "13"}, gender {@code "X"}); SDKs with closed
 * enums broke on each. An unknown value here parses, keeps its raw text in {@link #value()} and
 * answers {@code false} from {@link #isKnown()}. Two instances are equal when they have the same
 * class and raw value.
 */
public abstract class OpenEnum {
  private final String value;
  private final boolean known;

  /**
   * Creates a value; only subclasses' registries call this.
   *
   * @param value the raw wire text, never null
   * @param known whether the value is one of this version's constants
   */
  protected OpenEnum(String value, boolean known) {
    this.value = Objects.requireNonNull(value, "value");
    this.known = known;
  }

  /** {@return the raw wire text, exactly as Clever sent it} */
  public final String value() {
    return value;
  }

  /** {@return whether this value is one of the constants this SDK version knows} */
  public final boolean isKnown() {
    return known;
  }

  @Override
  public final boolean equals(Object other) {
    return other != null
        && other.getClass() == getClass()
        && ((OpenEnum) other).value.equals(value);
  }

  @Override
  public final int hashCode() {
    return value.hashCode();
  }

  /** Returns the raw wire text. */
  @Override
  public final String toString() {
    return value;
  }
}
