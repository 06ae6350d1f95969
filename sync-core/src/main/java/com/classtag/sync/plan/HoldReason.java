package com.classtag.sync.plan;

/** Why destructive decisions are held (listed and counted, not applied). */
public enum HoldReason {
  /** The roster has no sections and no people: every destructive decision is held. */
  EMPTY_FEED,
  /** A source school linked to an app school is not in the roster: that school's destructive decisions are held. */
  SCHOOL_NOT_FOUND,
  /** A mapped school has no or nearly no sections in the roster: that school's destructive decisions are held. */
  NEAR_EMPTY_SCHOOL,
  /** The destructive decisions of one kind exceed the deletion threshold: all of that kind are held. */
  DELETION_THRESHOLD
}
