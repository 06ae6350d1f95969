package com.classtag.clever.model.internal;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * Builds the PII-safe {@code toString} of a model: ids and codes are shown, personal fields only
 * say that they are present.
 */
public final class ToString {
  private final StringBuilder sb;
  private boolean first = true;

  /**
   * Starts a description of a type.
   *
   * @param type the simple type name
   */
  public ToString(String type) {
    sb = new StringBuilder(64).append(type).append('{');
  }

  /** Shows a non-personal field (id, code, count) when it has a value. */
  public ToString add(String name, Object value) {
    Object v = value instanceof Optional ? ((Optional<?>) value).orElse(null) : value;
    if (v == null || (v instanceof Collection && ((Collection<?>) v).isEmpty())) {
      return this;
    }
    return key(name).text(v);
  }

  /** Shows only that a personal field has a value, never the value. */
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

  /** Shows the names, not the values, of fields this SDK version does not know. */
  public ToString unknown(Map<String, ?> fields) {
    return fields.isEmpty() ? this : key("unknownFields").text(fields.keySet());
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
