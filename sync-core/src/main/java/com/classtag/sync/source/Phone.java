package com.classtag.sync.source;

import com.classtag.sync.internal.Nullable;
import java.util.Optional;
import org.immutables.value.Value;

/** A phone number and its type as the source sent them (for example type {@code Cell}). */
@Value.Immutable
public abstract class Phone {
  /** {@return the number as sent; the planner normalises it} */
  public abstract String number();

  /** {@return the phone type, for example {@code Cell}, {@code Home}, {@code Work}} */
  public final Optional<String> type() {
    return Optional.ofNullable(typeOrNull());
  }

  /** {@return {@link #type()} as a nullable value (null when absent), read without allocating} */
  public abstract @Nullable String typeOrNull();

  /**
   * Returns a phone.
   *
   * @param number the number
   * @param type the type, or null if unknown
   * @return the phone
   * @throws NullPointerException if {@code number} is null
   */
  public static Phone of(String number, String type) {
    return builder().number(number).type(type).build();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Phone}; {@code number} is required. */
  public static final class Builder extends ImmutablePhone.Builder {
    /**
     * Sets type, or clears it when empty.
     *
     * @param type the value
     * @return this
     */
    public Builder type(Optional<String> type) {
      return type(type.orElse(null));
    }
  }

  /** Shows the type only. */
  @Override
  public String toString() {
    return "Phone{type=" + type().orElse("?") + ", number=<redacted>}";
  }
}
