package com.classtag.clever.client;

import com.classtag.clever.client.internal.Query;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Filters of a user listing: an optional {@code role} and, for {@link Schools#users}, {@code
 * primary}. Immutable.
 *
 * <p>Which filters each listing accepts (from Clever's spec); a listing given one it does not
 * accept throws {@link IllegalArgumentException} naming the filter, instead of sending a request
 * Clever would ignore:
 *
 * <ul>
 *   <li>{@link Users#list}: any role; no {@code primary}.
 *   <li>{@link Schools#users}: roles staff, student and teacher; {@code primary} accepted.
 *   <li>{@link Sections#users} and {@link Resources#users}: roles student and teacher; no {@code
 *       primary}.
 * </ul>
 */
public final class UsersQuery {
  private static final UsersQuery ALL = new UsersQuery(null, false);

  private final UserRole role;
  private final boolean primaryOnly;

  private UsersQuery(UserRole role, boolean primaryOnly) {
    this.role = role;
    this.primaryOnly = primaryOnly;
  }

  /** {@return the query without filters: users of every role} */
  public static UsersQuery all() {
    return ALL;
  }

  /**
   * Returns a query for users having {@code role}.
   *
   * @param role the role
   * @return the query
   * @throws NullPointerException if {@code role} is null
   */
  public static UsersQuery withRole(UserRole role) {
    return new UsersQuery(Objects.requireNonNull(role, "role"), false);
  }

  /**
   * {@return a copy of this query that keeps only users whose primary school is the school listed
   * ({@code primary=true}); without it, a school listing also returns users merely enrolled there}
   */
  public UsersQuery primaryOnly() {
    return new UsersQuery(role, true);
  }

  /** {@return the role filter, if any} */
  public Optional<UserRole> role() {
    return Optional.ofNullable(role);
  }

  /** {@return whether only users whose primary school is the school listed are wanted} */
  public boolean isPrimaryOnly() {
    return primaryOnly;
  }

  /**
   * Returns the query string of this query for a listing, refusing filters the listing does not
   * accept.
   *
   * @param listing the listing's name, for the message
   * @param roles the roles it accepts
   * @param primaryAccepted whether it accepts {@code primary}
   */
  Query toQuery(String listing, Set<UserRole> roles, boolean primaryAccepted) {
    Query q = new Query();
    if (role != null) {
      if (!roles.contains(role)) {
        throw new IllegalArgumentException(
            listing
                + " does not accept role "
                + role.wireValue()
                + "; it accepts "
                + roles.stream()
                    .map(UserRole::wireValue)
                    .sorted()
                    .collect(Collectors.joining(", ")));
      }
      q.add("role", role.wireValue());
    }
    if (primaryOnly) {
      if (!primaryAccepted) {
        throw new IllegalArgumentException(
            listing
                + " has no primary filter; only schools().users() accepts "
                + "UsersQuery.primaryOnly()");
      }
      q.add("primary", "true");
    }
    return q;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof UsersQuery
        && ((UsersQuery) o).role == role
        && ((UsersQuery) o).primaryOnly == primaryOnly;
  }

  @Override
  public int hashCode() {
    return Objects.hash(role, primaryOnly);
  }

  @Override
  public String toString() {
    return "UsersQuery{role="
        + (role == null ? "any" : role.wireValue())
        + ", primaryOnly="
        + primaryOnly
        + "}";
  }
}
