package com.classtag.sync.internal;

import com.classtag.sync.plan.Decision;
import com.classtag.sync.plan.DecisionKind;
import com.classtag.sync.plan.Field;
import com.classtag.sync.plan.HoldReason;
import com.classtag.sync.plan.ReasonCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;

/**
 * A decision while the plan is being computed: mutable so the safety gate can mark it held, and
 * cheaper to make than the immutable {@link Decision} it becomes at the end.
 */
final class Draft {
  private static final int INDEX_THRESHOLD = 16;
  private static final Decision BLANK =
      Decision.builder()
          .kind(DecisionKind.SKIP)
          .reason(ReasonCode.ROSTER_CHANGED)
          .explanation("")
          .build();

  final DecisionKind kind;
  final ReasonCode reason;
  String schoolId;
  String classroomId;
  String targetId;
  String relatedId;
  SortedValues values;

  /**
   * Source ids: most decisions have one or two, held in fields (an array per draft would be
   * millions of arrays in a first sync), the rest in {@link #more}.
   */
  private String source0;

  private String source1;
  private String[] more;
  private int sourceCount;

  /**
   * Index of the source ids once a decision gathers many (a SKIP that groups every filtered contact
   * link), so that adding n sources stays linear rather than quadratic.
   */
  private HashSet<String> sourceIndex;

  /** Source ids set by {@link #distinctSources}, instead of the fields above. */
  private List<String> distinct;

  /**
   * A String, or the String[] parts of a long, repetitive one (see {@link #explain(String...)}).
   */
  private Object explanation;

  HoldReason heldBy;

  Draft(DecisionKind kind, ReasonCode reason) {
    this.kind = kind;
    this.reason = reason;
  }

  Draft school(String id) {
    schoolId = id;
    return this;
  }

  Draft classroom(String id) {
    classroomId = id;
    return this;
  }

  Draft target(String id) {
    targetId = id;
    return this;
  }

  Draft related(String id) {
    relatedId = id;
    return this;
  }

  /** Sets a value; null values are not set. */
  Draft value(Field field, String value) {
    if (value != null) {
      if (values == null) {
        values = new SortedValues(4);
      }
      values.set(field.jsonName(), value);
    }
    return this;
  }

  Draft values(SortedValues all) {
    values = all;
    return this;
  }

  /** Adds a source id; null, empty and repeated ids are ignored. */
  Draft source(String id) {
    if (id == null || id.isEmpty()) {
      return this;
    }
    if (distinct != null) {
      throw new IllegalStateException("source ids were set by distinctSources");
    }
    if (sourceIndex != null) {
      if (!sourceIndex.add(id)) {
        return this;
      }
    } else {
      for (int i = 0; i < sourceCount; i++) {
        if (sourceAt(i).equals(id)) {
          return this;
        }
      }
      if (sourceCount == INDEX_THRESHOLD) {
        sourceIndex = new HashSet<>(sourceIds());
        sourceIndex.add(id);
      }
    }
    switch (sourceCount) {
      case 0 -> source0 = id;
      case 1 -> source1 = id;
      default -> {
        int k = sourceCount - 2;
        if (more == null) {
          more = new String[4];
        } else if (k == more.length) {
          more = Arrays.copyOf(more, k * 2);
        }
        more[k] = id;
      }
    }
    sourceCount++;
    return this;
  }

  private String sourceAt(int i) {
    return i == 0 ? source0 : i == 1 ? source1 : more[i - 2];
  }

  /** Returns the source ids. */
  List<String> sourceIds() {
    if (distinct != null) {
      return distinct;
    }
    List<String> ids = new ArrayList<>(sourceCount);
    for (int i = 0; i < sourceCount; i++) {
      ids.add(sourceAt(i));
    }
    return ids;
  }

  /** Adds source ids, skipping repeats. */
  Draft sources(Collection<String> ids) {
    for (String id : ids) {
      source(id);
    }
    return this;
  }

  /**
   * Sets the source ids of a decision that has none yet from ids known to be distinct and non-empty
   * (every contact of a filter outcome), skipping the repeat check that {@link #source} needs.
   *
   * @throws IllegalStateException if the decision already has source ids
   */
  Draft distinctSources(List<String> ids) {
    if (sourceCount != 0 || distinct != null) {
      throw new IllegalStateException("distinctSources needs a decision without source ids");
    }
    // Kept as given, not copied: such a list can hold a million contact ids.
    distinct = ids;
    return this;
  }

  Draft explain(String text) {
    explanation = text;
    return this;
  }

  /**
   * Sets an explanation as parts the decision joins when it is read: for the kinds a first sync
   * makes by the million, so the plan keeps no string per decision.
   */
  Draft explain(String... parts) {
    explanation = parts;
    return this;
  }

  /**
   * Builds the decision with a builder the caller reuses for every draft: one builder per decision
   * would be a few million short-lived objects in a first sync. {@link Decision.Builder#from} a
   * decision that has nothing optional clears what the previous draft set.
   */
  Decision toDecision(Decision.Builder b) {
    b.from(BLANK).kind(kind).reason(reason);
    if (explanation instanceof String[]) {
      b.explanationParts((String[]) explanation);
    } else {
      b.explanation((String) explanation);
    }
    if (schoolId != null) {
      b.schoolId(schoolId);
    }
    if (classroomId != null) {
      b.classroomId(classroomId);
    }
    if (targetId != null) {
      b.targetId(targetId);
    }
    if (relatedId != null) {
      b.relatedId(relatedId);
    }
    if (values != null) {
      b.putAllValues(values);
    }
    if (heldBy != null) {
      b.heldBy(heldBy);
    }
    if (distinct != null) {
      b.addAllSourceIds(distinct);
    } else {
      for (int i = 0; i < sourceCount; i++) {
        b.addSourceIds(sourceAt(i));
      }
    }
    return b.build();
  }
}
