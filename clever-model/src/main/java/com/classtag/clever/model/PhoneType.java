package com.classtag.clever.model;

import com.classtag.clever.model.internal.OpenEnumRegistry;
import java.util.List;

/**
 * The kind of a contact's phone number ({@code roles.contact.phone_type}). Open: an unknown value
 * parses and keeps its text.
 */
public final class PhoneType extends OpenEnum {
  private static final OpenEnumRegistry<PhoneType> REGISTRY =
      new OpenEnumRegistry<>(PhoneType::new);

  /** {@code Cell}. */
  public static final PhoneType CELL = REGISTRY.known("Cell");

  /** {@code Home}. */
  public static final PhoneType HOME = REGISTRY.known("Home");

  /** {@code Work}. */
  public static final PhoneType WORK = REGISTRY.known("Work");

  /** {@code Other}. */
  public static final PhoneType OTHER = REGISTRY.known("Other");

  private PhoneType(String value, boolean known) {
    super(value, known);
  }

  /**
   * Returns the value for a wire text: a constant if known, else an unknown value keeping the text.
   *
   * @param value the wire text
   * @return the value, never null
   * @throws NullPointerException if {@code value} is null
   */
  public static PhoneType of(String value) {
    return REGISTRY.of(value);
  }

  /** {@return the types this SDK version knows, in the spec's order} */
  public static List<PhoneType> knownValues() {
    return REGISTRY.knownValues();
  }
}
