package com.classtag.clever.testing.standin;

import java.util.Optional;
import java.util.Set;

/**
 * What the Clever stand-in serves: one district's collections, each a {@link RecordSource}. A
 * {@code TestDistrict}, a generated district, {@link ModelData} and {@link ChangingDistrict}
 * implement it; a test needing records no model can express (malformed ones, say) can implement it
 * itself.
 */
public interface CleverData {
  /** {@return the id of the district the token belongs to, which {@code /me} reports} */
  String districtId();

  /**
   * Returns a top-level collection other than users and events.
   *
   * @param name the path segment: {@code districts}, {@code schools}, {@code sections}, {@code
   *     terms}, {@code courses} or {@code resources}
   * @return the collection, or empty when the stand-in does not serve that name
   */
  Optional<RecordSource> collection(String name);

  /**
   * Returns the users, all of them or those with one role. A multi-role user appears in the list of
   * each of its roles, as in Clever.
   *
   * @param role empty for every user, or {@code student}, {@code teacher}, {@code staff}, {@code
   *     district_admin} or {@code contact}
   * @return the users, or empty when the role is not one of those
   */
  Optional<RecordSource> users(Optional<String> role);

  /**
   * Returns the events, oldest first, optionally filtered.
   *
   * @param recordTypes the {@code record_type} filter values, such as {@code users}; empty for all
   * @param school the {@code school} filter; empty for all
   * @return the matching events
   */
  RecordSource events(Set<String> recordTypes, Optional<String> school);
}
