package com.classtag.clever.testing.standin.internal;

import com.classtag.clever.testing.standin.RecordSource;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SortedMap;

/**
 * A collection seen through changes by id: another source with some of its records replaced or
 * removed, and records it does not hold added, all still in ascending id order. The base stays
 * untouched, so a generated collection of a million records can change without being materialised.
 *
 * <p>Looking up an index costs a binary search over the added records plus a walk over the removed
 * ones, so it suits a handful of changes over a collection of any size. Immutable; thread-safe when
 * the base is.
 */
public final class OverlaySource implements RecordSource {
  private final RecordSource base;
  private final List<StoredRecord> added;
  private final int[] addedAt;
  private final int[] removed;
  private final Map<String, String> replaced = new HashMap<>();

  /**
   * Creates the overlay.
   *
   * @param base the collection as it was, in ascending id order
   * @param changes by id: the record's JSON as it now is, or empty when it is to be absent; an
   *     empty change of an id the base does not hold changes nothing
   */
  public OverlaySource(RecordSource base, SortedMap<String, Optional<String>> changes) {
    this.base = base;
    List<StoredRecord> adding = new ArrayList<>();
    List<Integer> removing = new ArrayList<>();
    for (Map.Entry<String, Optional<String>> change : changes.entrySet()) {
      int index = base.indexOf(change.getKey());
      if (index >= 0 && change.getValue().isEmpty()) {
        removing.add(index);
      } else if (index >= 0) {
        replaced.put(change.getKey(), change.getValue().get());
      } else if (change.getValue().isPresent()) {
        adding.add(new StoredRecord(change.getKey(), change.getValue().get()));
      }
    }
    // Changes come in id order and the base is in id order, so the removed indices ascend already.
    this.removed = removing.stream().mapToInt(Integer::intValue).toArray();
    this.added = List.copyOf(adding);
    this.addedAt = new int[added.size()];
    for (int k = 0; k < added.size(); k++) {
      int baseBefore = base.firstAfter(added.get(k).id());
      addedAt[k] = k + baseBefore - removedBelow(baseBefore);
    }
  }

  @Override
  public int size() {
    return base.size() - removed.length + added.size();
  }

  @Override
  public String id(int index) {
    int k = addedIndex(index);
    return k >= 0 ? added.get(k).id() : base.id(baseIndex(index, k));
  }

  @Override
  public void write(int index, JsonWriter out) throws IOException {
    int k = addedIndex(index);
    if (k >= 0) {
      out.jsonValue(added.get(k).json());
      return;
    }
    int at = baseIndex(index, k);
    String replacement = replaced.get(base.id(at));
    if (replacement != null) {
      out.jsonValue(replacement);
    } else {
      base.write(at, out);
    }
  }

  /**
   * Returns which added record sits at {@code index}, or {@code -(added records before it) - 1}.
   */
  private int addedIndex(int index) {
    if (index < 0 || index >= size()) {
      throw new IndexOutOfBoundsException("index " + index + " outside " + size() + " records");
    }
    return Arrays.binarySearch(addedAt, index);
  }

  /**
   * Returns the base index of the record at {@code index}, given {@link #addedIndex}'s negative
   * answer.
   */
  private int baseIndex(int index, int notAdded) {
    int survivor = index - (-notAdded - 1);
    int at = survivor;
    for (int gone : removed) {
      if (gone > at) {
        break;
      }
      at++;
    }
    return at;
  }

  private int removedBelow(int baseIndex) {
    int found = Arrays.binarySearch(removed, baseIndex);
    return found >= 0 ? found : -found - 1;
  }
}
