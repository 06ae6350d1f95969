package com.classtag.sync.internal;

import java.util.AbstractMap;
import java.util.AbstractSet;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * A decision's values: a small map from value name to value, sorted by name, kept in two arrays. A
 * plan of a million-student first sync has millions of decisions with a handful of values each, and
 * a {@code TreeMap} costs an entry object per value; this costs two arrays per decision. Filled by
 * {@link #set} while the planner builds a decision, then {@link #freeze frozen}: every {@link Map}
 * mutator throws, so a {@code Decision} can hand it out as its immutable {@code values()}. Range
 * views ({@link #subMap} and the like) are copies, rarely used.
 */
public final class SortedValues extends AbstractMap<String, String>
    implements SortedMap<String, String> {
  private static final String[] NONE = new String[0];

  /** The empty map, frozen. */
  public static final SortedValues EMPTY = new SortedValues(0).freeze();

  private String[] names;
  private String[] values;
  private int size;
  private boolean frozen;

  /**
   * Whether {@link #names} is shared with other maps ({@link #over}, {@link #handoff}). A shared
   * array is full (copies have no spare room), so {@link #set} moves to a new one before it
   * inserts, and {@link #clear} drops it rather than clearing it.
   */
  private boolean namesShared;

  /**
   * Creates an empty, unfrozen map.
   *
   * @param capacity the number of values expected
   */
  public SortedValues(int capacity) {
    names = capacity == 0 ? NONE : new String[capacity];
    values = capacity == 0 ? NONE : new String[capacity];
  }

  /**
   * Returns an unfrozen copy with no spare room.
   *
   * @param other the map to copy
   * @return the copy
   */
  public static SortedValues copyOf(SortedValues other) {
    SortedValues copy = new SortedValues(0);
    copy.names = Arrays.copyOf(other.names, other.size);
    copy.values = Arrays.copyOf(other.values, other.size);
    copy.size = other.size;
    return copy;
  }

  /**
   * Returns this map's names in an array with no spare room: the same array as one of {@code
   * recent} when it holds the same names, as a first sync's creates of one kind mostly set one of a
   * few sets of values, so their decisions then hold a few names arrays between them. An array that
   * matches none takes a slot of {@code recent}, in turn.
   *
   * @param recent arrays this method returned before (null slots are skipped); updated
   * @return the names, sorted; never to be changed by anyone
   */
  String[] namesSharedWith(String[][] recent) {
    for (String[] previous : recent) {
      if (previous != null && hasNames(previous)) {
        return previous;
      }
    }
    String[] copy = Arrays.copyOf(names, size);
    recent[Math.floorMod(Arrays.hashCode(copy), recent.length)] = copy;
    return copy;
  }

  /**
   * Returns a copy of the values, in name order, with no spare room.
   *
   * @return the copy
   */
  String[] valuesCopy() {
    return Arrays.copyOf(values, size);
  }

  /**
   * Returns an empty frozen map for {@link #repoint}: one per {@link Draft}, which hands each
   * decision its value arrays through it rather than through a map object per decision.
   *
   * @return the map
   */
  static SortedValues handoff() {
    return over(NONE, NONE);
  }

  /**
   * Points a {@link #handoff} map at two arrays as {@link #over} takes them. Only for a map that
   * nobody keeps: a decision keeps the arrays, not the map, and the draft points it at the next
   * decision's arrays only after that decision is made.
   *
   * @param names the names, sorted and distinct
   * @param values the values at the same positions
   */
  void repoint(String[] names, String[] values) {
    this.names = names;
    this.values = values;
    size = names.length;
  }

  /**
   * Returns a frozen map over two arrays, kept as they are: {@code names} sorted and distinct,
   * {@code values} at the same positions, both full and never changed by anyone.
   *
   * @param names the names
   * @param values the values
   * @return the map
   */
  public static SortedValues over(String[] names, String[] values) {
    SortedValues map = new SortedValues(0);
    map.names = names;
    map.values = values;
    map.size = names.length;
    map.namesShared = true;
    map.frozen = true;
    return map;
  }

  /**
   * Returns the value of a name in two arrays as {@link #over} takes them.
   *
   * @param names the sorted names
   * @param values the values at the same positions
   * @param name the name to find
   * @return its value, or null if there is none
   */
  public static String find(String[] names, String[] values, String name) {
    int at = indexOf(names, names.length, name);
    return at < 0 ? null : values[at];
  }

  /**
   * Returns the names, sorted, in an array with no spare room: the map's own when it has none, so
   * only a frozen map's array may be kept.
   *
   * @return the names
   */
  public String[] nameArray() {
    return names.length == size ? names : Arrays.copyOf(names, size);
  }

  /**
   * Returns the values, in name order, in an array with no spare room: the map's own when it has
   * none, so only a frozen map's array may be kept.
   *
   * @return the values
   */
  public String[] valueArray() {
    return values.length == size ? values : Arrays.copyOf(values, size);
  }

  /** Whether {@code other} holds exactly this map's names. */
  private boolean hasNames(String[] other) {
    if (other.length != size) {
      return false;
    }
    for (int i = 0; i < size; i++) {
      if (!names[i].equals(other[i])) {
        return false;
      }
    }
    return true;
  }

  /**
   * Sets a value, replacing the value of the same name.
   *
   * @param name the value's name
   * @param value the value
   * @return this
   * @throws IllegalStateException if the map is frozen
   */
  public SortedValues set(String name, String value) {
    if (frozen) {
      throw new IllegalStateException("a decision's values cannot change once it is built");
    }
    int at = indexOf(name);
    if (at >= 0) {
      values[at] = value;
      return this;
    }
    at = -at - 1;
    if (size == names.length) {
      int capacity = Math.max(4, size * 2);
      names = Arrays.copyOf(names, capacity);
      values = Arrays.copyOf(values, capacity);
      namesShared = false;
    }
    System.arraycopy(names, at, names, at + 1, size - at);
    System.arraycopy(values, at, values, at + 1, size - at);
    names[at] = name;
    values[at] = value;
    size++;
    return this;
  }

  /**
   * Removes every value, keeping the arrays for reuse.
   *
   * @throws UnsupportedOperationException if the map is frozen
   */
  @Override
  public void clear() {
    if (frozen) {
      throw new UnsupportedOperationException("a decision's values cannot change once it is built");
    }
    if (namesShared) {
      names = new String[names.length];
      namesShared = false;
    } else {
      Arrays.fill(names, 0, size, null);
    }
    Arrays.fill(values, 0, size, null);
    size = 0;
  }

  /**
   * Makes the map immutable.
   *
   * @return this
   */
  public SortedValues freeze() {
    frozen = true;
    return this;
  }

  /** Returns the name at a position, in name order. */
  String nameAt(int i) {
    return names[i];
  }

  /** Returns the value at a position, in name order. */
  String valueAt(int i) {
    return values[i];
  }

  private int indexOf(Object name) {
    return indexOf(names, size, (String) name);
  }

  private static int indexOf(String[] names, int size, String name) {
    int low = 0;
    int high = size - 1;
    while (low <= high) {
      int mid = (low + high) >>> 1;
      int c = names[mid].compareTo(name);
      if (c < 0) {
        low = mid + 1;
      } else if (c > 0) {
        high = mid - 1;
      } else {
        return mid;
      }
    }
    return -(low + 1);
  }

  @Override
  public int size() {
    return size;
  }

  @Override
  public boolean isEmpty() {
    return size == 0;
  }

  @Override
  public boolean containsKey(Object name) {
    return name instanceof String && indexOf(name) >= 0;
  }

  @Override
  public String get(Object name) {
    if (!(name instanceof String)) {
      return null;
    }
    int at = indexOf(name);
    return at >= 0 ? values[at] : null;
  }

  @Override
  public Set<Entry<String, String>> entrySet() {
    return new AbstractSet<>() {
      @Override
      public Iterator<Entry<String, String>> iterator() {
        return new Iterator<>() {
          private int next;

          @Override
          public boolean hasNext() {
            return next < size;
          }

          @Override
          public Entry<String, String> next() {
            if (next >= size) {
              throw new NoSuchElementException();
            }
            int i = next++;
            return new SimpleImmutableEntry<>(names[i], values[i]);
          }
        };
      }

      @Override
      public int size() {
        return size;
      }
    };
  }

  @Override
  public Comparator<? super String> comparator() {
    return null;
  }

  @Override
  public SortedMap<String, String> subMap(String fromKey, String toKey) {
    return Collections.unmodifiableSortedMap(new TreeMap<>(this).subMap(fromKey, toKey));
  }

  @Override
  public SortedMap<String, String> headMap(String toKey) {
    return Collections.unmodifiableSortedMap(new TreeMap<>(this).headMap(toKey));
  }

  @Override
  public SortedMap<String, String> tailMap(String fromKey) {
    return Collections.unmodifiableSortedMap(new TreeMap<>(this).tailMap(fromKey));
  }

  @Override
  public String firstKey() {
    if (size == 0) {
      throw new NoSuchElementException();
    }
    return names[0];
  }

  @Override
  public String lastKey() {
    if (size == 0) {
      throw new NoSuchElementException();
    }
    return names[size - 1];
  }
}
