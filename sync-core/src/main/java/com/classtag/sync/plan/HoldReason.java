package com.classtag.sync.plan;

/** Why destructive decisions are held (listed and counted, not applied). */
public enum HoldReason {
  /** The roster has no sections and no people: every destructive decision is held. */
  EMPTY_FEED,
  /**
   * A source school linked to an app school is not in the roster: the destructive decisions on
   * anything in that school before the plan, and the moves of its classrooms to other schools, are
   * held.
   */
  SCHOOL_NOT_FOUND,
  /**
   * A mapped school has no or nearly no sections in the roster: held as for {@link
   * #SCHOOL_NOT_FOUND}.
   */
  NEAR_EMPTY_SCHOOL,
  /**
   * The destructive decisions of one kind exceed the deletion threshold over the whole district:
   * all of that kind are held.
   */
  DELETION_THRESHOLD,
  /**
   * The destructive decisions of one kind in one app school exceed the deletion threshold against
   * that school's records: that school's decisions of the kind are held.
   */
  SCHOOL_DELETION_THRESHOLD
}
