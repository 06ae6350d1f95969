package com.classtag.sync.state;

/**
 * The rule every app id in a state follows: it does not start with {@code new:}, the prefix the
 * planner reserves for the provisional ids of the objects a plan creates (see {@code
 * com.classtag.sync.plan.ProvisionalIds}). Because no state can hold such an id, a provisional id
 * never names an existing object, and the planner never has to scan a state of millions to make
 * sure.
 */
final class AppIds {
  private static final String RESERVED = "new:";

  private AppIds() {}

  /**
   * Checks one record's id.
   *
   * @throws IllegalArgumentException if {@code id} starts with the reserved prefix
   */
  static void check(String id, String record) {
    if (id.startsWith(RESERVED)) {
      throw new IllegalArgumentException(
          record
              + " id "
              + id
              + " starts with "
              + RESERVED
              + ", which is reserved for the provisional ids of plans; store the app id the object was given"
              + " (see ProvisionalIds)");
    }
  }
}
