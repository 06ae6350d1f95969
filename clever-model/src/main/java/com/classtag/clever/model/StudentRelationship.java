package com.classtag.clever.model;

import com.classtag.clever.model.internal.ToString;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A contact's link to one student ({@code roles.contact.student_relationships[]}): which student,
 * how they are related and in what capacity.
 */
@Value.Immutable
public abstract class StudentRelationship {
  /** {@return the student's user id} */
  public abstract Optional<String> student();

  /** {@return how the contact is related to the student, such as {@code Parent}} */
  public abstract Optional<Relationship> relationship();

  /** {@return the capacity of the link, such as {@code Parent/Guardian} or {@code Emergency}} */
  public abstract Optional<RelationshipType> type();

  /** {@return fields this SDK version does not know} */
  public abstract Map<String, JsonValue> unknownFields();

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link StudentRelationship}. */
  public static final class Builder extends ImmutableStudentRelationship.Builder {}

  /** Returns the student id and the kind of relationship, which identify no one. */
  @Override
  public String toString() {
    return new ToString("StudentRelationship")
        .add("student", student())
        .add("relationship", relationship())
        .add("type", type())
        .unknown(unknownFields())
        .toString();
  }
}
