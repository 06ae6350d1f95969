package com.classtag.clever.model;

import com.classtag.clever.model.internal.Dates;
import com.classtag.clever.model.internal.ToString;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * An event from the Events API ({@code GET /events}): a record was created, updated or deleted.
 *
 * <p>{@link #type()} is {@code "<record type>.<action>"}, such as {@code sections.updated}, and is
 * the only field besides {@link #id()} that must be present. When this SDK version knows the record
 * type, the record in {@code data.object} is parsed into its model ({@link District}, {@link
 * School}, {@link User}, {@link Section}, {@link Term}, {@link Course} or {@link Resource}) and
 * returned by {@link #object()}. For a record type it does not know (v2's {@code students.created},
 * or a type Clever adds later) the event still parses: the object is kept verbatim in {@link
 * #rawObject()} and {@link #isKnownType()} is {@code false}. Either way writing the event back
 * reproduces it.
 *
 * <pre>{@code
 * if (event.action().equals(Optional.of(EventAction.DELETED))) {
 *   event.object(Section.class).ifPresent(section -> archive(section.id()));
 * }
 * }</pre>
 */
@Value.Immutable
public abstract class Event {
  /**
   * {@return the event's own id, the cursor for {@code starting_after}; not the id of the record it
   * is about}
   */
  public abstract String id();

  /** {@return the event type exactly as sent, such as {@code users.updated}; never empty} */
  public abstract String type();

  /** {@return when the event was created, as sent; see {@link #createdAt()}} */
  public abstract Optional<String> created();

  /**
   * {@return the record the event is about ({@code data.object}), parsed into its model} Present
   * only when the record type is one this version knows (whatever the action); for {@code
   * *.deleted} it is the last known state of the record.
   */
  public abstract Optional<CleverRecord> object();

  /**
   * {@return {@code data.object} kept verbatim, for a record type this version does not know; else
   * empty}
   */
  public abstract Optional<JsonValue> rawObject();

  /**
   * For {@code *.updated}: the previous values of the fields that changed ({@code
   * data.previous_attributes}), each kept verbatim because any JSON type occurs (arrays such as
   * {@code students}, {@code ""}). Empty for other actions. The spec places this object beside
   * {@code data} rather than inside it; an event sent that way reads the same, and is written back
   * in the observed place, inside {@code data}.
   *
   * @return the previous values by field name; empty for other actions
   */
  public abstract Map<String, JsonValue> previousAttributes();

  /**
   * {@return fields of {@code data} other than {@code object} and {@code previous_attributes}, kept
   * verbatim}
   */
  public abstract Map<String, JsonValue> dataUnknownFields();

  /** {@return top-level fields this SDK version does not know, kept verbatim} */
  public abstract Map<String, JsonValue> unknownFields();

  /**
   * {@return the record type: the part of {@link #type()} before the first dot, or all of it if
   * there is no dot} Never throws; an unfamiliar type gives an unknown value.
   */
  public final EventRecordType recordType() {
    return recordTypeOf(type());
  }

  /** Returns the record type of an event type, as {@link #recordType()} describes. */
  static EventRecordType recordTypeOf(String type) {
    int dot = type.indexOf('.');
    return EventRecordType.of(dot < 0 ? type : type.substring(0, dot));
  }

  /**
   * {@return the action: the part of {@link #type()} after the first dot, or empty if there is
   * none}
   */
  public final Optional<EventAction> action() {
    String type = type();
    int dot = type.indexOf('.');
    return dot < 0 || dot == type.length() - 1
        ? Optional.empty()
        : Optional.of(EventAction.of(type.substring(dot + 1)));
  }

  /**
   * {@return whether this version knows both the record type and the action of {@link #type()}} An
   * event of a known record type with an unknown action, such as {@code sections.archived}, answers
   * {@code false} but still has its {@link #object()} parsed.
   */
  public final boolean isKnownType() {
    return recordType().isKnown() && action().map(OpenEnum::isKnown).orElse(false);
  }

  /**
   * Returns the record if it is of the given model type.
   *
   * @param type the model class, such as {@code Section.class}
   * @param <T> the model type
   * @return the record, or empty if the event holds no record of that type
   */
  public final <T extends CleverRecord> Optional<T> object(Class<T> type) {
    return object().filter(type::isInstance).map(type::cast);
  }

  /** {@return {@link #created()} as an instant, or empty if absent or unparseable} */
  public final Optional<Instant> createdAt() {
    return Dates.instant(created());
  }

  /**
   * Rejects an event whose parts contradict each other, so that every event can be written and read
   * back.
   *
   * @throws IllegalStateException if the type is empty, if both {@link #object()} and {@link
   *     #rawObject()} are set, if the object's model does not match the record type, or if a raw
   *     object is given for a record type this version models
   */
  @Value.Check
  final void check() {
    if (type().isEmpty()) {
      throw new IllegalStateException("event type is empty");
    }
    Class<? extends CleverRecord> model = EventCodec.modelOf(recordType());
    if (object().isPresent()) {
      if (model == null || !model.isInstance(object().get())) {
        throw new IllegalStateException("event object does not match the record type of " + type());
      }
      if (rawObject().isPresent()) {
        throw new IllegalStateException("event has both an object and a raw object");
      }
    } else if (rawObject().isPresent() && model != null) {
      throw new IllegalStateException(
          "a " + type() + " event needs a parsed object, not a raw one");
    }
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds an {@link Event}. {@code build()} throws {@link IllegalStateException} without an {@code
   * id} or a non-empty {@code type}, when both an object and a raw object are set, when the
   * object's model does not match the record type, and when a raw object is set for a record type
   * this version models.
   */
  public static final class Builder extends ImmutableEvent.Builder {}

  /**
   * Returns the id, type and creation time, the record's own (already redacted) description, and
   * only the names of the previous attributes and unknown fields.
   */
  @Override
  public String toString() {
    return new ToString("Event")
        .add("id", id())
        .add("type", type())
        .add("created", created())
        .add("object", object())
        .redact("rawObject", rawObject())
        .add("previousAttributes", previousAttributes().keySet())
        .add("dataUnknownFields", dataUnknownFields().keySet())
        .unknown(unknownFields())
        .toString();
  }
}
