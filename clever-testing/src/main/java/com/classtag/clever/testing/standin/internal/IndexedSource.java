package com.classtag.clever.testing.standin.internal;

import com.classtag.clever.testing.standin.RecordSource;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;

/**
 * The records of another source that pass a filter, such as the staff who hold the teacher role.
 */
public final class IndexedSource implements RecordSource {
  private final RecordSource base;
  private final int[] indices;

  /**
   * Creates the filtered view.
   *
   * @param base the source to filter
   * @param keep which of its indices to keep
   */
  public IndexedSource(RecordSource base, IntPredicate keep) {
    this.base = base;
    this.indices = IntStream.range(0, base.size()).filter(keep).toArray();
  }

  @Override
  public int size() {
    return indices.length;
  }

  @Override
  public String id(int index) {
    return base.id(indices[index]);
  }

  @Override
  public void write(int index, JsonWriter out) throws IOException {
    base.write(indices[index], out);
  }
}
