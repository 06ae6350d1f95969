package com.classtag.clever.testing.district.internal;

/**
 * Clever-style ids for test districts: 24 lowercase hex digits (a creation-time prefix, a kind code
 * and an index), so ids ascend with the index within a kind, and every kind of user shares one
 * prefix so that staff, then students, then contacts sort in that order in {@code /users}.
 */
public enum Ids {
  /** The district. */
  DISTRICT(0x64d9e1a2L, 0x0d01),
  /** Schools. */
  SCHOOL(0x64d9e1b5L, 0x0501),
  /** Terms. */
  TERM(0x64da1f02L, 0x0701),
  /** Courses. */
  COURSE(0x64da1f4bL, 0x0c01),
  /** Sections. */
  SECTION(0x64da20aaL, 0x05ec),
  /** Sections no longer in the roster, which only app states and events mention. */
  DEPARTED_SECTION(0x64da20aaL, 0x05ed),
  /** Teachers, staff and district admins. */
  STAFF(0x64da1c0eL, 0x0a01),
  /** Students. */
  STUDENT(0x64da1c0eL, 0x0a02),
  /** Contacts. */
  CONTACT(0x64da1c0eL, 0x0a03),
  /** People no longer in the roster, which only app states mention. */
  DEPARTED_USER(0x64da1c0eL, 0x0a09),
  /** Resources. */
  RESOURCE(0x64f1ff00L, 0x0f01),
  /** The pre-v3 ids some people still carry as {@code legacy_id}. */
  LEGACY(0x5f2b9c7eL, 0x1a2b),
  /** Events. */
  EVENT(0x65a0b1c2L, 0x0e01);

  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private final long time;
  private final int code;

  Ids(long time, int code) {
    this.time = time;
    this.code = code;
  }

  /**
   * Returns the id of the record with this index.
   *
   * @param index zero or more
   * @return the 24-hex-digit id
   */
  public String of(long index) {
    char[] id = new char[24];
    hex(id, 0, 8, time);
    hex(id, 8, 4, code);
    hex(id, 12, 12, index);
    return new String(id);
  }

  private static void hex(char[] into, int at, int digits, long value) {
    long rest = value;
    for (int i = at + digits - 1; i >= at; i--) {
      into[i] = HEX[(int) (rest & 0xf)];
      rest >>>= 4;
    }
  }
}
