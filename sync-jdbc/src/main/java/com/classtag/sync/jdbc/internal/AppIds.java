package com.classtag.sync.jdbc.internal;

import java.util.regex.Pattern;

/**
 * The app ids the store assigns to created objects: {@code <kind>-<n>}, with one counter for all
 * kinds, so an id is never reused. An imported state may not use ids of this form, so assigned ids
 * never collide.
 */
public final class AppIds {
  private static final Pattern ASSIGNED =
      Pattern.compile("(classroom|student|staff|contact)-[0-9]+");

  private AppIds() {}

  /**
   * Returns an assigned id.
   *
   * @param kind {@code classroom}, {@code student}, {@code staff} or {@code contact}
   * @param n the counter's value
   * @return the id
   */
  static String assigned(String kind, long n) {
    return kind + '-' + n;
  }

  /**
   * Returns whether an id has the form of an assigned id.
   *
   * @param id an app id
   * @return whether the store could assign it
   */
  public static boolean looksAssigned(String id) {
    return ASSIGNED.matcher(id).matches();
  }
}
