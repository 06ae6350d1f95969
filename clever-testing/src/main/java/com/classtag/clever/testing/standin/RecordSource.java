package com.classtag.clever.testing.standin;

import com.google.gson.stream.JsonWriter;
import java.io.IOException;

/**
 * One collection the stand-in serves, as a virtual list sorted by ascending id, the order Clever
 * pages in. Records are written on demand, so a collection of a million users need not exist in
 * memory.
 *
 * <p>Implementations must be thread-safe: the stand-in serves concurrent requests.
 */
public interface RecordSource {
  /** {@return how many records the collection holds} */
  int size();

  /**
   * Returns the id of the record at {@code index}; ids strictly ascend with the index.
   *
   * @param index from 0 to {@code size() - 1}
   * @return the 24-hex-digit Clever id
   * @throws IndexOutOfBoundsException if the index is outside the collection
   */
  String id(int index);

  /**
   * Writes the record at {@code index} as one Clever v3.0 JSON object.
   *
   * @param index from 0 to {@code size() - 1}
   * @param out the writer, positioned where the object belongs
   * @throws IOException if writing fails, for example because the client went away
   * @throws IndexOutOfBoundsException if the index is outside the collection
   */
  void write(int index, JsonWriter out) throws IOException;

  /**
   * Returns the index of the first record whose id sorts after {@code id}, which need not exist in
   * the collection: the start of a {@code starting_after} page.
   *
   * @param id any string; ids compare as strings, which for fixed-width lowercase hex is numeric
   *     order
   * @return from 0 to {@code size()}
   */
  default int firstAfter(String id) {
    int low = 0;
    int high = size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (id(mid).compareTo(id) <= 0) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /**
   * Returns the index of the first record whose id is not before {@code id}: the end of an {@code
   * ending_before} page.
   *
   * @param id any string
   * @return from 0 to {@code size()}
   */
  default int firstAtOrAfter(String id) {
    int low = 0;
    int high = size();
    while (low < high) {
      int mid = (low + high) >>> 1;
      if (id(mid).compareTo(id) < 0) {
        low = mid + 1;
      } else {
        high = mid;
      }
    }
    return low;
  }

  /**
   * Returns the index of the record with this id, or -1 when the collection has none.
   *
   * @param id the id to find
   * @return the index, or -1
   */
  default int indexOf(String id) {
    int index = firstAtOrAfter(id);
    return index < size() && id(index).equals(id) ? index : -1;
  }
}
