package com.classtag.clever.model;

import com.classtag.clever.model.internal.ToString;
import java.util.List;
import org.immutables.value.Value;

/**
 * A user id that a roster read met more than once. Clever lists each user once, so a repeat is
 * either a harmless re-read (a page boundary read again after a retry: every copy {@link
 * #identical()}) or a broken feed, where two different people share one id. {@link
 * RosterSnapshot#users()} keeps the first copy; this record keeps the fact and, when they differ,
 * the other copies, so a planner can warn instead of silently building on whichever copy came
 * first.
 */
@Value.Immutable
public abstract class DuplicateUser {
  /** {@return the repeated user id} */
  public abstract String id();

  /** {@return how many times the id was read, the kept first copy included; at least 2} */
  public abstract int copies();

  /**
   * {@return every copy after the first that differs from the first, in the order read; empty when
   * all are equal}
   */
  public abstract List<User> differingCopies();

  /** {@return whether every copy equals the first, so keeping the first lost nothing} */
  public final boolean identical() {
    return differingCopies().isEmpty();
  }

  @Value.Check
  void check() {
    if (copies() < 2) {
      throw new IllegalArgumentException(
          "copies must be at least 2 for duplicate user " + id() + " but was " + copies());
    }
    for (User u : differingCopies()) {
      if (!u.id().equals(id())) {
        throw new IllegalArgumentException(
            "differingCopies of duplicate user " + id() + " holds user " + u.id());
      }
    }
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DuplicateUser}; {@code id} and {@code copies} are required. */
  public static final class Builder extends ImmutableDuplicateUser.Builder {}

  /**
   * Returns the id, the number of copies and whether they are identical; never a copy's personal
   * data.
   */
  @Override
  public String toString() {
    return new ToString("DuplicateUser")
        .add("id", id())
        .add("copies", copies())
        .add("identical", identical())
        .toString();
  }
}
