package com.classtag.clever.model;

import com.classtag.clever.model.internal.OpenEnumRegistry;
import java.util.List;

/**
 * The kind of record an event is about: the part of its {@code type} before the dot, such as {@code
 * sections} in {@code sections.updated}. It is also the value of the {@code record_type} filter of
 * {@code GET /events}. Open: a record type this version does not know (v2's {@code students}, or
 * one Clever adds later) parses and keeps its text.
 */
public final class EventRecordType extends OpenEnum {
  private static final OpenEnumRegistry<EventRecordType> REGISTRY =
      new OpenEnumRegistry<>(EventRecordType::new);

  /** {@code districts}. */
  public static final EventRecordType DISTRICTS = REGISTRY.known("districts");

  /** {@code schools}. */
  public static final EventRecordType SCHOOLS = REGISTRY.known("schools");

  /** {@code users}. */
  public static final EventRecordType USERS = REGISTRY.known("users");

  /** {@code sections}. */
  public static final EventRecordType SECTIONS = REGISTRY.known("sections");

  /** {@code terms}. */
  public static final EventRecordType TERMS = REGISTRY.known("terms");

  /** {@code courses}. */
  public static final EventRecordType COURSES = REGISTRY.known("courses");

  /** {@code resources}. */
  public static final EventRecordType RESOURCES = REGISTRY.known("resources");

  private EventRecordType(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the record type for a wire value: a constant if known, else an unknown value keeping
   * the text.
   *
   * @param value the wire text
   * @return the record type, never null
   * @throws NullPointerException if {@code value} is null
   */
  public static EventRecordType of(String value) {
    return REGISTRY.of(value);
  }

  /** {@return the record types this SDK version knows, in the spec's order} */
  public static List<EventRecordType> knownValues() {
    return REGISTRY.knownValues();
  }
}
