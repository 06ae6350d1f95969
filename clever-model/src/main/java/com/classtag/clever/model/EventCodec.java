package com.classtag.clever.model;

import com.classtag.clever.model.internal.Json;
import com.google.gson.JsonParseException;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringReader;
import java.util.Map;
import java.util.Optional;

final class EventCodec extends JsonCodec<Event> {
  static final EventCodec INSTANCE = new EventCodec();

  private static final Model<District> DISTRICTS =
      new Model<>(District.class, DistrictCodec.INSTANCE);
  private static final Model<School> SCHOOLS = new Model<>(School.class, SchoolCodec.INSTANCE);
  private static final Model<User> USERS = new Model<>(User.class, UserCodec.INSTANCE);
  private static final Model<Section> SECTIONS = new Model<>(Section.class, SectionCodec.INSTANCE);
  private static final Model<Term> TERMS = new Model<>(Term.class, TermCodec.INSTANCE);
  private static final Model<Course> COURSES = new Model<>(Course.class, CourseCodec.INSTANCE);
  private static final Model<Resource> RESOURCES =
      new Model<>(Resource.class, ResourceCodec.INSTANCE);

  /** A record type's model class with its codec, typed together so no unchecked cast is needed. */
  private static final class Model<T extends CleverRecord> {
    final Class<T> type;
    final JsonCodec<T> codec;

    Model(Class<T> type, JsonCodec<T> codec) {
      this.type = type;
      this.codec = codec;
    }

    void write(JsonWriter out, CleverRecord record) throws IOException {
      codec.writeValue(out, type.cast(record));
    }
  }

  /** Returns the model of a record type, or null for a type this version does not know. */
  private static Model<?> model(EventRecordType recordType) {
    if (!recordType.isKnown()) {
      return null;
    }
    switch (recordType.value()) {
      case "districts":
        return DISTRICTS;
      case "schools":
        return SCHOOLS;
      case "users":
        return USERS;
      case "sections":
        return SECTIONS;
      case "terms":
        return TERMS;
      case "courses":
        return COURSES;
      case "resources":
        return RESOURCES;
      default:
        return null;
    }
  }

  /** Returns the model class of a record type, or null for a type this version does not know. */
  static Class<? extends CleverRecord> modelOf(EventRecordType recordType) {
    Model<?> model = model(recordType);
    return model == null ? null : model.type;
  }

  @Override
  Event readValue(JsonReader in) throws IOException {
    Event.Builder b = Event.builder();
    String type = null;
    boolean hasId = false;
    boolean hasData = false;
    // Field order is not stable: a "data" that precedes "type" is kept as text and decoded at the
    // end.
    JsonValue earlyData = null;
    String earlyDataPath = null;
    Map<String, JsonValue> dataPrevious = null;
    JsonValue topPrevious = null;
    String topPreviousPath = null;
    in.beginObject();
    while (in.hasNext()) {
      String name = in.nextName();
      switch (name) {
        case "id":
          b.id(Json.id(in));
          hasId = true;
          break;
        case "type":
          if (type != null) {
            throw Json.error(in, "event has more than one type field", null);
          }
          type = Json.pooled(in);
          if (type == null) {
            throw Json.error(in, "expected a non-empty event type", null);
          }
          b.type(type);
          break;
        case "created":
          b.created(Optional.ofNullable(Json.string(in)));
          break;
        case "data":
          if (hasData) {
            throw Json.error(in, "event has more than one data field", null);
          }
          hasData = true;
          if (type != null) {
            dataPrevious = readData(in, b, model(Event.recordTypeOf(type)));
          } else {
            earlyDataPath = in.getPath();
            earlyData = Json.value(in);
          }
          break;
        case "previous_attributes":
          topPreviousPath = in.getPath();
          topPrevious = Json.value(in);
          break;
        default:
          b.putUnknownFields(Json.share(name), Json.value(in));
      }
    }
    if (!hasId) {
      throw Json.error(in, "event has no id", null);
    }
    if (type == null) {
      throw Json.error(in, "event has no type", null);
    }
    if (earlyData != null) {
      Model<?> model = model(Event.recordTypeOf(type));
      dataPrevious = readDetached(earlyData, earlyDataPath, sub -> readData(sub, b, model));
    }
    if (topPrevious != null) {
      if (dataPrevious == null && !topPrevious.isString() && topPrevious.toJson().startsWith("{")) {
        // The spec's placement, beside "data": read it like the observed one inside "data".
        b.previousAttributes(readDetached(topPrevious, topPreviousPath, Json::values));
      } else {
        b.putUnknownFields("previous_attributes", topPrevious);
      }
    }
    in.endObject();
    return b.build();
  }

  /**
   * Reads the event's {@code data} object into the builder; {@code null} reads as no data.
   *
   * @param model the record type's model, or null to keep the object verbatim
   * @return {@code previous_attributes}, or null if absent
   */
  private static Map<String, JsonValue> readData(JsonReader in, Event.Builder b, Model<?> model)
      throws IOException {
    if (Json.nullOr(in, JsonToken.BEGIN_OBJECT, "an event data object")) {
      return null;
    }
    Map<String, JsonValue> previous = null;
    in.beginObject();
    while (in.hasNext()) {
      String name = in.nextName();
      switch (name) {
        case "object":
          if (model != null) {
            b.object(Optional.ofNullable(model.codec.readNullable(in)));
          } else if (in.peek() == JsonToken.NULL) {
            in.nextNull();
          } else {
            b.rawObject(Json.value(in));
          }
          break;
        case "previous_attributes":
          previous = Json.values(in);
          b.previousAttributes(previous);
          break;
        default:
          b.putDataUnknownFields(name, Json.value(in));
      }
    }
    in.endObject();
    return previous;
  }

  private interface Step<R> {
    R run(JsonReader in) throws IOException;
  }

  /**
   * Reads a value that was first kept as text, reporting any error at its place in the original
   * document.
   *
   * @param path the JSON path the value had in the original document
   */
  private static <R> R readDetached(JsonValue value, String path, Step<R> step) {
    JsonReader sub = CleverJson.reader(new StringReader(value.toJson()));
    try {
      return step.run(sub);
    } catch (CleverJsonException
        | IOException
        | IllegalStateException
        | NumberFormatException
        | JsonParseException e) {
      CleverJsonException inner = Json.wrap(sub, e);
      String suffix = " at " + inner.path();
      String message = inner.getMessage();
      String problem =
          message.endsWith(suffix)
              ? message.substring(0, message.length() - suffix.length())
              : message;
      throw new CleverJsonException(path + inner.path().substring(1), problem, inner.getCause());
    }
  }

  @Override
  void writeValue(JsonWriter out, Event v) throws IOException {
    out.beginObject();
    out.name("id").value(v.id());
    // "type" precedes "data" so that a reader can decode the object as it streams past.
    out.name("type").value(v.type());
    Json.write(out, "created", v.created());
    if (v.object().isPresent()
        || v.rawObject().isPresent()
        || !v.previousAttributes().isEmpty()
        || !v.dataUnknownFields().isEmpty()) {
      out.name("data").beginObject();
      if (v.object().isPresent()) {
        out.name("object");
        model(v.recordType()).write(out, v.object().get());
      } else if (v.rawObject().isPresent()) {
        out.name("object");
        Json.write(out, v.rawObject().get());
      }
      Json.writeObject(out, "previous_attributes", v.previousAttributes());
      Json.writeFields(out, v.dataUnknownFields());
      out.endObject();
    }
    Json.writeFields(out, v.unknownFields());
    out.endObject();
  }
}
