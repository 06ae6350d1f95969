package com.classtag.clever.model;

import com.classtag.clever.model.internal.ToString;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The contact role of a user ({@code roles.contact}): a parent, guardian or emergency contact of
 * one or more students. A contact's full name is in {@link User#name()}'s {@code last}. Clever
 * replaces a contact that has no {@link #sisId()} with a new record whenever its data changes, so
 * its id is only as stable as its {@code sis_id}.
 *
 * <p>{@code toString} shows Clever's ids, the phone type and the relationships; the phone and the
 * district's {@code sis_id} of the contact show only their presence (the rule is in the package
 * description).
 */
@Value.Immutable
public abstract class ContactRole {
  /** {@return the contact's id from before v3} */
  public abstract Optional<String> legacyId();

  /** {@return the contact's id in the district's SIS} */
  public abstract Optional<String> sisId();

  /** {@return the contact's phone number as sent} */
  public abstract Optional<String> phone();

  /** {@return the kind of phone number} */
  public abstract Optional<PhoneType> phoneType();

  /** {@return the students this contact is linked to} */
  public abstract List<StudentRelationship> studentRelationships();

  /** {@return fields this SDK version does not know} */
  public abstract Map<String, JsonValue> unknownFields();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ContactRole}; every field is optional. */
  public static final class Builder extends ImmutableContactRole.Builder {}

  /** Returns ids, the phone type and the relationships; the phone shows only its presence. */
  @Override
  public String toString() {
    return new ToString("ContactRole")
        .add("legacyId", legacyId())
        .redact("sisId", sisId())
        .add("phoneType", phoneType())
        .add("studentRelationships", studentRelationships())
        .redact("phone", phone())
        .unknown(unknownFields())
        .toString();
  }
}
