package com.classtag.sync.json.internal;

/**
 * One field of an object in a document format. Each object of a format is an enum of its fields, so
 * the reader switches over them, a {@link FieldSet} finds them by name, and a test compares them
 * with the JSON Schema.
 */
public interface JsonField {
  /** Returns the field's name in the JSON. */
  String jsonName();

  /** Returns whether an object without the field is an error. */
  boolean required();
}
