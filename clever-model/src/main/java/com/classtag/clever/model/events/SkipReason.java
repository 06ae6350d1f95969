package com.classtag.clever.model.events;

/**
 * Why {@link RosterEvents#apply} left an event out of the roster. Every event that is not applied
 * is reported with one of these, never dropped silently.
 */
public enum SkipReason {
  /**
   * The record type is one this SDK version does not know, such as v2's {@code students} or a type
   * Clever adds later. The event is kept, with its object verbatim in {@link
   * com.classtag.clever.model.Event#rawObject()}.
   */
  UNKNOWN_RECORD_TYPE("the record type is unknown to this SDK version"),

  /**
   * The record type is known but the action is not {@code created}, {@code updated} or {@code
   * deleted}.
   */
  UNKNOWN_ACTION("the action is unknown to this SDK version"),

  /** The event is about a resource (content mapping); resources are not part of a roster. */
  NOT_IN_ROSTER("resources are not part of a roster"),

  /** The event carries no {@code data.object}, so there is no record id or state to apply. */
  NO_OBJECT("the event carries no object"),

  /** A {@code districts.*} event about a district other than the roster's. */
  OTHER_DISTRICT("the event is about another district"),

  /**
   * A {@code districts.deleted} event about the roster's own district: a roster always has its
   * district, and this usually means the district disconnected the application, which the caller
   * must handle (the next full read fails with an authorization error).
   */
  DISTRICT_DELETED("the roster's district was deleted or unshared");

  private final String description;

  SkipReason(String description) {
    this.description = description;
  }

  /** {@return a short English description of the reason, free of any record data} */
  public String description() {
    return description;
  }
}
