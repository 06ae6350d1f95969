package com.classtag.sync.state;

/** Whether an app user has claimed their account. */
public enum UserStatus {
  /** Invited but not joined: the sync always keeps the contact details current. */
  INVITED,
  /** Joined: the sync changes contact details only when the settings allow it. */
  JOINED
}
