package com.classtag.sync.json.internal;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;

/**
 * The fields of one object of a document format, found by their JSON names, with the place in the
 * format's JSON Schema that describes the same object (so a test can hold the two in agreement).
 *
 * @param <F> the enum of the object's fields
 */
public final class FieldSet<F extends Enum<F> & JsonField> {
  private final String schemaPointer;
  private final Class<F> type;

  /**
   * Open addressing on {@link #slot}: the fields, and their JSON names beside them (calling {@link
   * JsonField#jsonName()} on a dozen enums in the hot loop would be a megamorphic call).
   */
  private final Object[] table;

  private final String[] tableNames;

  /** The JSON names as bytes (ASCII), to match against the scanner's. */
  private final byte[][] tableBytes;

  private final long requiredMask;
  private final String names;

  /**
   * Describes an object.
   *
   * @param schemaPointer where the format's JSON Schema describes the object, such as {@code
   *     /$defs/student}
   * @param type the enum of its fields; at most 64
   * @throws IllegalArgumentException if the enum has more than 64 fields
   */
  FieldSet(String schemaPointer, Class<F> type) {
    this.schemaPointer = schemaPointer;
    this.type = type;
    F[] fields = type.getEnumConstants();
    if (fields.length > Long.SIZE) {
      // JsonInput tracks the fields an object has given in one long.
      throw new IllegalArgumentException(type.getSimpleName() + " has more than 64 fields");
    }
    table = new Object[Integer.highestOneBit(fields.length * 4 - 1) << 1];
    tableNames = new String[table.length];
    tableBytes = new byte[table.length][];
    long required = 0;
    List<String> quoted = new ArrayList<>();
    for (F field : fields) {
      int slot = firstSlot(field.jsonName());
      while (table[slot] != null) {
        slot = (slot + 1) & (table.length - 1);
      }
      table[slot] = field;
      tableNames[slot] = field.jsonName();
      tableBytes[slot] = field.jsonName().getBytes(StandardCharsets.US_ASCII);
      quoted.add('"' + field.jsonName() + '"');
      if (field.required()) {
        required |= 1L << field.ordinal();
      }
    }
    this.requiredMask = required;
    this.names = String.join(", ", quoted);
  }

  /** Returns the JSON Pointer, within the format's schema, of the schema of this object. */
  public String schemaPointer() {
    return schemaPointer;
  }

  /** Returns the fields, in declaration order. */
  public EnumSet<F> fields() {
    return EnumSet.allOf(type);
  }

  /**
   * Returns the slot of the field whose JSON name is the given bytes, or -1 if the object has no
   * such field. The name is matched where the scanner read it: no string is made of it.
   */
  int slot(byte[] bytes, int start, int length) {
    for (int slot = firstSlot(bytes, start, length);
        tableBytes[slot] != null;
        slot = (slot + 1) & (table.length - 1)) {
      byte[] name = tableBytes[slot];
      if (Arrays.equals(name, 0, name.length, bytes, start, start + length)) {
        return slot;
      }
    }
    return -1;
  }

  /** Returns the field in a slot {@link #slot} returned. */
  @SuppressWarnings("unchecked") // table holds only Fs
  F fieldAt(int slot) {
    return (F) table[slot];
  }

  /** Returns the JSON name of the field in a slot {@link #slot} returned. */
  String nameAt(int slot) {
    return tableNames[slot];
  }

  private int firstSlot(String name) {
    byte[] bytes = name.getBytes(StandardCharsets.US_ASCII);
    return firstSlot(bytes, 0, bytes.length);
  }

  /**
   * A name's length and three of its characters pick its slot: cheaper than hashing every
   * character.
   */
  private int firstSlot(byte[] bytes, int start, int length) {
    int hash =
        length == 0
            ? 0
            : (length * 31 + bytes[start]) * 31
                + bytes[start + length - 1] * 7
                + bytes[start + length / 2];
    return (hash ^ (hash >>> 7)) & (table.length - 1);
  }

  /** Returns the bits, by ordinal, of the required fields. */
  long requiredMask() {
    return requiredMask;
  }

  /** Returns the field at an ordinal. */
  F at(int ordinal) {
    return type.getEnumConstants()[ordinal];
  }

  /** Returns the quoted JSON names, for messages: {@code "id", "name"}. */
  String names() {
    return names;
  }
}
