package com.classtag.sync.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.Size;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class IdIndexTest {
  @Test
  void batchLookupsFindEqualKeysThatAreOtherInstancesAndMissAbsentOnes() {
    IdIndex index = new IdIndex(4);
    index.add("Aa");
    index.add("BB"); // the same hash code as "Aa": the table must compare the ids themselves
    index.add("c-1");
    String[] keys = {new String("BB"), "Aa", null, "zz", "", new String("c-1")};
    int[] positions = new int[keys.length];

    index.getAll(keys, keys.length, positions);

    assertThat(positions).containsExactly(1, 0, -1, -1, -1, 2);
  }

  @Test
  void batchAddsInOrderGivingExistingPositionsToRepeatedKeysAndSkippingNulls() {
    IdIndex index = new IdIndex(3);
    index.add("a");
    String[] keys = {"b", null, "a", "b", "c"};
    int[] positions = new int[keys.length];

    index.addAll(keys, keys.length, positions);

    assertThat(positions).containsExactly(1, -1, 0, 1, 2);
    assertThat(index.size()).isEqualTo(3);
    assertThat(index.key(2)).isEqualTo("c");
  }

  @Test
  void addingBeyondTheCapacityFails() {
    IdIndex index = new IdIndex(1);
    index.add("a");

    assertThatThrownBy(() -> index.addAll(new String[] {"b"}, 1, new int[1]))
        .isInstanceOf(ArrayIndexOutOfBoundsException.class);
  }

  @Property(tries = 200)
  void batchOperationsAgreeWithAMap(
      @ForAll @Size(max = 600) List<@StringLength(max = 3) String> added,
      @ForAll @Size(max = IdIndex.BATCH) List<@StringLength(max = 3) String> looked) {
    IdIndex index = new IdIndex(added.size());
    Map<String, Integer> expected = new HashMap<>();
    for (int start = 0; start < added.size(); start += IdIndex.BATCH) {
      int n = Math.min(IdIndex.BATCH, added.size() - start);
      String[] batch = added.subList(start, start + n).toArray(new String[0]);
      int[] positions = new int[n];
      index.addAll(batch, n, positions);
      for (int i = 0; i < n; i++) {
        expected.putIfAbsent(batch[i], expected.size());
        assertThat(positions[i]).isEqualTo(expected.get(batch[i]));
      }
    }
    List<String> copies = new ArrayList<>();
    looked.forEach(s -> copies.add(new String(s)));
    int[] positions = new int[copies.size()];

    index.getAll(copies.toArray(new String[0]), copies.size(), positions);

    for (int i = 0; i < copies.size(); i++) {
      assertThat(positions[i]).isEqualTo(expected.getOrDefault(copies.get(i), -1));
      assertThat(index.get(copies.get(i))).isEqualTo(positions[i]);
    }
  }
}
