package com.classtag.clever.testing.district.internal;

import com.classtag.clever.testing.standin.RecordSource;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.List;

/**
 * Sources one after another, for collections like users whose kinds occupy consecutive id ranges.
 */
public final class ConcatSource implements RecordSource {
  private final List<RecordSource> parts;

  /**
   * Creates the concatenation.
   *
   * @param parts the sources in id order: every id of a part sorts before every id of the next
   */
  public ConcatSource(List<RecordSource> parts) {
    this.parts = List.copyOf(parts);
  }

  @Override
  public int size() {
    int size = 0;
    for (RecordSource part : parts) {
      size += part.size();
    }
    return size;
  }

  @Override
  public String id(int index) {
    int rest = index;
    for (RecordSource part : parts) {
      if (rest < part.size()) {
        return part.id(rest);
      }
      rest -= part.size();
    }
    throw new IndexOutOfBoundsException("index " + index + " outside " + size() + " records");
  }

  @Override
  public void write(int index, JsonWriter out) throws IOException {
    int rest = index;
    for (RecordSource part : parts) {
      if (rest < part.size()) {
        part.write(rest, out);
        return;
      }
      rest -= part.size();
    }
    throw new IndexOutOfBoundsException("index " + index + " outside " + size() + " records");
  }
}
