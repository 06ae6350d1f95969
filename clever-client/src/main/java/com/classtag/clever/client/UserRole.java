package com.classtag.clever.client;

/**
 * A value of the {@code role} filter of the user listings. Each listing accepts only some roles;
 * see {@link UsersQuery}.
 */
public enum UserRole {
  /** {@code student}. */
  STUDENT("student"),
  /** {@code teacher}. */
  TEACHER("teacher"),
  /** {@code staff}. */
  STAFF("staff"),
  /** {@code district_admin}. */
  DISTRICT_ADMIN("district_admin"),
  /** {@code contact}: parents, guardians and other contacts of students. */
  CONTACT("contact");

  private final String wireValue;

  UserRole(String wireValue) {
    this.wireValue = wireValue;
  }

  /** {@return the value sent in the query string, such as {@code district_admin}} */
  public String wireValue() {
    return wireValue;
  }
}
