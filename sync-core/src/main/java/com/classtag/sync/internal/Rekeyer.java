package com.classtag.sync.internal;

import com.classtag.sync.source.SourcePerson;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Matches new roster records to app records whose source id disappeared, by secondary keys (SIS id,
 * legacy id, name plus email or phone). A key decides only when it names exactly one candidate on
 * each side and the candidate is not already taken; otherwise the match is ambiguous and nothing is
 * re-keyed, because re-keying the wrong person is worse than creating a duplicate an admin can
 * merge.
 *
 * @param <R> the app record type
 */
final class Rekeyer<R> {
  /** The outcome of one lookup: a match, an ambiguity with its candidates, or nothing. */
  static final class Match<R> {
    final R record;
    final List<R> ambiguous;

    private Match(R record, List<R> ambiguous) {
      this.record = record;
      this.ambiguous = ambiguous;
    }
  }

  /** What a pass does with one unmatched roster person once matching is decided. */
  interface Outcome<R> {
    /** The person is the app record {@code record}, whose source id disappeared: re-key it. */
    void rekey(int person, R record);

    /**
     * The person is new. When it matched too many records, {@code ambiguousIds} holds the ids an
     * {@code AMBIGUOUS_IDENTITY} warning names (the person's, then each record's source id) and a
     * warning is due; it is empty when the person matched none.
     */
    void treatAsNew(int person, List<String> ambiguousIds);
  }

  private final Map<String, List<R>> byKey = new HashMap<>();
  private final Map<String, Integer> feedKeys = new HashMap<>();
  private final Set<R> claimed = new HashSet<>();

  /**
   * Pairs each unmatched roster person, in order, with the app record among {@code gone} that its
   * keys name, and tells {@code outcome} what was decided.
   *
   * @param ids the secondary ids of a gone record
   * @param contact whether the records are contacts (name plus email or phone also count as keys)
   * @return the rekeyer, to ask which gone records were {@link #claimed}
   */
  static <R> Rekeyer<R> resolve(
      People people,
      IntList unmatched,
      List<R> gone,
      Function<R, IdentityKeys.RecordIds> ids,
      boolean contact,
      Outcome<R> outcome) {
    Rekeyer<R> rekeyer = new Rekeyer<>();
    // Keys cost string building; with no gone record (the usual night) there is nothing to match
    // them to.
    List<List<String>> keys = null;
    if (!unmatched.isEmpty() && !gone.isEmpty()) {
      Set<String> values = new HashSet<>();
      for (R r : gone) {
        IdentityKeys.RecordIds recordIds = ids.apply(r);
        rekeyer.candidate(r, IdentityKeys.ofRecord(recordIds, contact));
        IdentityKeys.addValues(recordIds, contact, values);
      }
      keys = new ArrayList<>(unmatched.size());
      for (int i = 0; i < unmatched.size(); i++) {
        SourcePerson p = people.person(unmatched.get(i));
        List<String> k =
            IdentityKeys.mayShareKey(p, contact, values)
                ? IdentityKeys.ofPerson(p, contact)
                : List.of();
        rekeyer.feedRecord(k);
        keys.add(k);
      }
    }
    for (int i = 0; i < unmatched.size(); i++) {
      int p = unmatched.get(i);
      Match<R> m = keys == null || rekeyer.isEmpty() ? null : rekeyer.match(keys.get(i));
      if (m != null && m.record != null) {
        outcome.rekey(p, m.record);
      } else {
        List<String> ambiguousIds = List.of();
        if (m != null && !m.ambiguous.isEmpty()) {
          ambiguousIds = new ArrayList<>();
          ambiguousIds.add(people.id(p));
          for (R r : m.ambiguous) {
            ambiguousIds.add(ids.apply(r).sourceId.get());
          }
        }
        outcome.treatAsNew(p, ambiguousIds);
      }
    }
    return rekeyer;
  }

  /** Adds an app record whose source id disappeared, under its keys. */
  void candidate(R record, Collection<String> keys) {
    for (String k : keys) {
      List<R> list = byKey.computeIfAbsent(k, x -> new ArrayList<>(1));
      if (!list.contains(record)) {
        list.add(record);
      }
    }
  }

  /** Returns whether there is no candidate at all (the usual night: nothing to re-key). */
  boolean isEmpty() {
    return byKey.isEmpty();
  }

  /**
   * Counts the keys of one unmatched roster record, so a key shared by two of them is ambiguous.
   */
  void feedRecord(Collection<String> keys) {
    for (String k : keys) {
      feedKeys.merge(k, 1, Integer::sum);
    }
  }

  /**
   * Looks up one unmatched roster record by its keys, in priority order; the first key with a
   * candidate decides.
   *
   * @return the match, or null if no key has a candidate
   */
  Match<R> match(List<String> keys) {
    for (String k : keys) {
      List<R> list = byKey.get(k);
      if (list == null) {
        continue;
      }
      R r = list.get(0);
      if (list.size() > 1 || feedKeys.getOrDefault(k, 0) > 1 || claimed.contains(r)) {
        return new Match<>(null, list);
      }
      claimed.add(r);
      return new Match<>(r, List.of());
    }
    return null;
  }

  /** Returns whether a candidate was re-keyed. */
  boolean claimed(R record) {
    return claimed.contains(record);
  }
}
