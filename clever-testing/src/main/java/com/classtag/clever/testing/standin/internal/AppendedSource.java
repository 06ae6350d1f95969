package com.classtag.clever.testing.standin.internal;

import com.classtag.clever.testing.standin.RecordSource;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.List;
import java.util.Optional;

/**
 * A collection followed by records whose ids sort after all of its own, such as an event history
 * followed by the events of later changes. Immutable; thread-safe when the head is.
 */
public final class AppendedSource implements RecordSource {
  private final Optional<RecordSource> head;
  private final List<StoredRecord> tail;

  private AppendedSource(Optional<RecordSource> head, List<StoredRecord> tail) {
    this.head = head;
    this.tail = List.copyOf(tail);
  }

  /**
   * Returns {@code head}, then {@code tail}.
   *
   * @param head the first records
   * @param tail records whose ids ascend and sort after every id of {@code head}
   * @return the collection
   */
  public static AppendedSource after(RecordSource head, List<StoredRecord> tail) {
    return new AppendedSource(Optional.of(head), tail);
  }

  /**
   * Returns a collection of held records only.
   *
   * @param records records in ascending id order
   * @return the collection
   */
  public static AppendedSource of(List<StoredRecord> records) {
    return new AppendedSource(Optional.empty(), records);
  }

  @Override
  public int size() {
    return headSize() + tail.size();
  }

  @Override
  public String id(int index) {
    int headSize = headSize();
    return index < headSize ? head.orElseThrow().id(index) : tail.get(index - headSize).id();
  }

  @Override
  public void write(int index, JsonWriter out) throws IOException {
    int headSize = headSize();
    if (index < headSize) {
      head.orElseThrow().write(index, out);
    } else {
      out.jsonValue(tail.get(index - headSize).json());
    }
  }

  private int headSize() {
    return head.map(RecordSource::size).orElse(0);
  }
}
