package com.classtag.clever.model.internal;

import com.classtag.clever.model.OpenEnum;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiFunction;

/**
 * The known constants of one open enum, and a bounded cache of the unknown values seen, so that a
 * million records carrying the same unknown grade share one instance.
 *
 * @param <T> the open enum type
 */
public final class OpenEnumRegistry<T extends OpenEnum> {
  private static final int MAX_CACHED_UNKNOWN = 256;

  private final BiFunction<String, Boolean, T> factory;
  private final Map<String, T> known = new LinkedHashMap<>();
  private final Map<String, T> unknown = new ConcurrentHashMap<>();

  /**
   * Creates a registry.
   *
   * @param factory makes an instance from its raw text and whether it is known
   */
  public OpenEnumRegistry(BiFunction<String, Boolean, T> factory) {
    this.factory = factory;
  }

  /**
   * Registers a known constant; called only from the enum's static initializer.
   *
   * @param value the wire text
   * @return the constant
   */
  public T known(String value) {
    T constant = factory.apply(value, true);
    known.put(value, constant);
    return constant;
  }

  /**
   * Returns the constant for a wire value, or an unknown instance that keeps the raw text.
   *
   * @param value the wire text
   * @return the value, never null
   * @throws NullPointerException if {@code value} is null
   */
  public T of(String value) {
    T constant = known.get(value);
    if (constant != null) {
      return constant;
    }
    T cached = unknown.get(value);
    if (cached != null) {
      return cached;
    }
    T created = factory.apply(value, false);
    if (unknown.size() < MAX_CACHED_UNKNOWN) {
      unknown.putIfAbsent(value, created);
    }
    return created;
  }

  /** Returns the known constants in declaration order. */
  public List<T> knownValues() {
    return Collections.unmodifiableList(new ArrayList<>(known.values()));
  }
}
