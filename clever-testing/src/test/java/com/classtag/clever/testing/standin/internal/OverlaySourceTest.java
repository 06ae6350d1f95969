package com.classtag.clever.testing.standin.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.classtag.clever.testing.standin.RecordSource;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** Collections seen through changes, and event histories with events appended, index by index. */
class OverlaySourceTest {
  private static final RecordSource BASE = new Letters(List.of("b", "d", "f", "h"));

  @Test
  void mergesAddedReplacedAndRemovedRecordsInIdOrder() throws IOException {
    TreeMap<String, Optional<String>> changes = new TreeMap<>();
    changes.put("a", Optional.of("{\"id\":\"a\",\"new\":true}"));
    changes.put("d", Optional.empty());
    changes.put("f", Optional.of("{\"id\":\"f\",\"edited\":true}"));
    changes.put("g", Optional.of("{\"id\":\"g\",\"new\":true}"));
    changes.put("z", Optional.empty());

    OverlaySource overlay = new OverlaySource(BASE, changes);

    assertThat(ids(overlay)).containsExactly("a", "b", "f", "g", "h");
    assertThat(bodies(overlay))
        .containsExactly(
            "{\"id\":\"a\",\"new\":true}",
            "{\"id\":\"b\"}",
            "{\"id\":\"f\",\"edited\":true}",
            "{\"id\":\"g\",\"new\":true}",
            "{\"id\":\"h\"}");
    assertThat(overlay.indexOf("g")).isEqualTo(3);
    assertThat(overlay.indexOf("d")).isEqualTo(-1);
    assertThat(overlay.firstAfter("b")).isEqualTo(2);
  }

  @Test
  void removingEveryRecordLeavesNothing() {
    TreeMap<String, Optional<String>> changes = new TreeMap<>();
    IntStream.range(0, BASE.size()).forEach(i -> changes.put(BASE.id(i), Optional.empty()));

    OverlaySource overlay = new OverlaySource(BASE, changes);

    assertThat(overlay.size()).isZero();
    assertThatThrownBy(() -> overlay.id(0))
        .isInstanceOf(IndexOutOfBoundsException.class)
        .hasMessage("index 0 outside 0 records");
  }

  @Test
  void appendedRecordsFollowTheHead() throws IOException {
    AppendedSource events =
        AppendedSource.after(BASE, List.of(new StoredRecord("x", "{\"id\":\"x\"}")));

    assertThat(ids(events)).containsExactly("b", "d", "f", "h", "x");
    assertThat(bodies(events)).endsWith("{\"id\":\"x\"}");
    assertThat(ids(AppendedSource.of(List.of()))).isEmpty();
    assertThat(new StoredRecord("x", "{\"name\":\"secret\"}")).hasToString("StoredRecord{id=x}");
  }

  private static List<String> ids(RecordSource source) {
    return IntStream.range(0, source.size()).mapToObj(source::id).toList();
  }

  private static List<String> bodies(RecordSource source) throws IOException {
    List<String> bodies = new ArrayList<>();
    for (int i = 0; i < source.size(); i++) {
      StringWriter text = new StringWriter();
      try (JsonWriter out = new JsonWriter(text)) {
        source.write(i, out);
      }
      bodies.add(text.toString());
    }
    return bodies;
  }

  /** Records that are nothing but their ids. */
  private record Letters(List<String> ids) implements RecordSource {
    @Override
    public int size() {
      return ids.size();
    }

    @Override
    public String id(int index) {
      return ids.get(index);
    }

    @Override
    public void write(int index, JsonWriter out) throws IOException {
      out.beginObject().name("id").value(ids.get(index)).endObject();
    }
  }
}
