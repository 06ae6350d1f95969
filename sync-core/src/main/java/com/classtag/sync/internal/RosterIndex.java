package com.classtag.sync.internal;

import com.classtag.sync.plan.WarningCode;
import com.classtag.sync.source.GuardianLink;
import com.classtag.sync.source.Roster;
import com.classtag.sync.source.SourcePerson;
import com.classtag.sync.source.SourceSchool;
import com.classtag.sync.source.SourceSection;
import com.classtag.sync.source.SourceTerm;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The roster, checked and indexed by id. A record without an id is dropped with a {@code
 * MISSING_ID} warning; of several records with one id the first is kept with a {@code DUPLICATE_ID}
 * warning. Lists keep the roster's order so everything downstream is deterministic.
 */
final class RosterIndex {
  final Map<String, SourceSchool> schools;
  final Map<String, SourceTerm> terms;
  final Map<String, SourceSection> sections;

  /** The people, one position per distinct id, in roster order: the join table. */
  final People people;

  /** The roster's guardian links as given; the contact pass checks their ids as it reads them. */
  final List<GuardianLink> links;

  RosterIndex(Roster roster, Sink sink) {
    schools = index(roster.schools(), SourceSchool::id, "school", sink);
    terms = index(roster.terms(), SourceTerm::id, "term", sink);
    sections = index(roster.sections(), SourceSection::id, "section", sink);
    List<SourcePerson> list = roster.people();
    IdIndex index = new IdIndex(list.size());
    byte[] flags = new byte[list.size()];
    int[] unique = null;
    Map<String, Integer> duplicates = new LinkedHashMap<>();
    String[] ids = new String[IdIndex.BATCH];
    int[] positions = new int[IdIndex.BATCH];
    // A batch at a time: see IdIndex.addAll.
    for (int start = 0; start < list.size(); start += IdIndex.BATCH) {
      int n = Math.min(IdIndex.BATCH, list.size() - start);
      for (int k = 0; k < n; k++) {
        String id = list.get(start + k).id();
        ids[k] = Text.missing(id) ? null : id;
      }
      int count = index.size();
      index.addAll(ids, n, positions);
      for (int k = 0; k < n; k++) {
        int i = start + k;
        boolean added = positions[k] == count;
        if (!added && unique == null) {
          // The first dropped record: from here on, positions and list indexes differ.
          unique = new int[list.size()];
          for (int j = 0; j < count; j++) {
            unique[j] = j;
          }
        }
        if (added) {
          if (unique != null) {
            unique[count] = i;
          }
          flags[count] = People.roleFlags(list.get(i));
          count++;
        } else if (ids[k] == null) {
          sink.warn(
              WarningCode.MISSING_ID,
              List.of(),
              "Roster person #" + (i + 1) + " has no id; it is ignored.");
        } else {
          duplicates.merge(ids[k], 1, Integer::sum);
        }
      }
    }
    people = new People(index, list, unique, flags);
    warnDuplicates(duplicates, "person", sink);
    links = roster.guardianLinks();
  }

  private static <T> Map<String, T> index(
      List<T> records, Function<T, String> id, String what, Sink sink) {
    Map<String, T> out = new LinkedHashMap<>(Math.max(16, records.size() * 4 / 3 + 1));
    Map<String, Integer> duplicates = new LinkedHashMap<>();
    int i = 0;
    for (T r : records) {
      i++;
      String key = id.apply(r);
      if (Text.missing(key)) {
        sink.warn(
            WarningCode.MISSING_ID,
            List.of(),
            "Roster " + what + " #" + i + " has no id; it is ignored.");
      } else if (out.putIfAbsent(key, r) != null) {
        duplicates.merge(key, 1, Integer::sum);
      }
    }
    warnDuplicates(duplicates, what, sink);
    return out;
  }

  private static void warnDuplicates(Map<String, Integer> duplicates, String what, Sink sink) {
    for (Map.Entry<String, Integer> e : duplicates.entrySet()) {
      sink.warn(
          WarningCode.DUPLICATE_ID,
          e.getKey(),
          "Roster "
              + what
              + " id "
              + e.getKey()
              + " appears "
              + (e.getValue() + 1)
              + " times; the first one is used.");
    }
  }

  /** Returns the school's name for explanations, or its id. */
  String schoolLabel(String id) {
    SourceSchool s = schools.get(id);
    String name = s == null ? null : Text.clean(s.name());
    return name == null ? "school " + id : "school \"" + name + "\" (" + id + ")";
  }

  static <K, V> Map<K, V> hashMap(int expected) {
    return new java.util.HashMap<>(Math.max(16, (int) (expected / 0.75f) + 1));
  }
}
