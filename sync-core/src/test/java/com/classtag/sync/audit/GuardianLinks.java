package com.classtag.sync.audit;

import com.classtag.sync.source.GuardianLink;

/** Guardian links the fixtures' helpers do not make. */
final class GuardianLinks {
  private GuardianLinks() {}

  /** A link with no contact type and no relationship. */
  static GuardianLink untyped(String contact, String student) {
    return GuardianLink.builder().contactId(contact).studentId(student).build();
  }
}
