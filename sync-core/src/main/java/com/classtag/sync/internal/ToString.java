package com.classtag.sync.internal;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the {@code toString} of a value that may hold personal data: ids and codes are shown,
 * personal fields only say that they are present, so a stray log line never leaks a student's or
 * parent's details.
 */
public final class ToString {
  private final StringBuilder sb;
  private boolean first = true;

  /**
   * Starts a description.
   *
   * @param type the simple type name
   */
  public ToString(String type) {
    sb = new StringBuilder(64).append(type).append('{');
  }

  /**
   * Shows a non-personal field (id, code, count) when it has a value.
   *
   * @param name the field name
   * @param value the value; empty optionals and collections are left out
   * @return this
   */
  public ToString add(String name, Object value) {
    Object v = value instanceof Optional ? ((Optional<?>) value).orElse(null) : value;
    if (v == null || (v instanceof Collection && ((Collection<?>) v).isEmpty())) {
      return this;
    }
    return key(name).text(v);
  }

  /**
   * Shows only that a personal field has a value, never the value.
   *
   * @param name the field name
   * @param value the value; only its presence is shown
   * @return this
   */
  public ToString redact(String name, Object value) {
    boolean present;
    if (value instanceof Optional) {
      present = ((Optional<?>) value).isPresent();
    } else if (value instanceof Collection) {
      present = !((Collection<?>) value).isEmpty();
    } else if (value instanceof Map) {
      present = !((Map<?, ?>) value).isEmpty();
    } else {
      present = value != null;
    }
    return present ? key(name).text("<redacted>") : this;
  }

  private ToString key(String name) {
    if (!first) {
      sb.append(", ");
    }
    first = false;
    sb.append(name).append('=');
    return this;
  }

  private ToString text(Object text) {
    sb.append(text);
    return this;
  }

  @Override
  public String toString() {
    return sb.toString() + '}';
  }
}
