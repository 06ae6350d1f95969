package com.classtag.sync.internal;

import com.classtag.sync.internal.DecisionAccess.SourcePart;
import com.classtag.sync.plan.Decision;
import com.classtag.sync.plan.DecisionKind;
import com.classtag.sync.plan.Field;
import com.classtag.sync.plan.ReasonCode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;

/**
 * The decision a pass is filling in. The {@link Sink} has one and reuses it: {@link Sink#decide}
 * turns the previous decision into its immutable {@link Decision} and starts the next, so a plan of
 * millions of decisions makes no object per decision besides the decision itself. A pass therefore
 * finishes a draft (its chain of calls) before it decides anything else.
 */
final class Draft implements DecisionAccess.Ids {
  private static final int INDEX_THRESHOLD = 16;

  private DecisionKind kind;
  private ReasonCode reason;
  private String schoolId;
  private String classroomId;
  private String targetId;
  private String relatedId;

  /**
   * The kind and source id of a target or related id that is a provisional id (see {@link
   * #newTarget}), kept apart until the decision is made and its source ids show whether it can name
   * the id by one of them.
   */
  private String targetKind;

  private String targetSource;
  private String relatedKind;
  private String relatedSource;
  private SortedValues values;

  /**
   * Hands each decision the value arrays of a {@link Diff} (see {@link #values(Diff)}): the
   * decision keeps the arrays, not this map, so one map serves every decision instead of a map
   * object per decision.
   */
  private final SortedValues handoff = SortedValues.handoff();

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

  /** All the source ids when there are more than two, made by {@link #toDecision}. */
  private List<String> list;

  /** Source ids set by {@link #distinctSources}, instead of the fields above. */
  private List<String> distinct;

  /**
   * A String; the String[] parts of a long, repetitive one (see {@link #explain(String...)}); or a
   * template shared with other decisions (see {@link #explainShared}).
   */
  private Object explanation;

  /** The source ids a shared template's parts stand for (see {@link #explainShared}). */
  private String expectFirst;

  private String expectLast;

  /** Starts a decision, clearing everything the previous one set. */
  Draft start(DecisionKind kind, ReasonCode reason) {
    this.kind = kind;
    this.reason = reason;
    schoolId = null;
    classroomId = null;
    targetId = null;
    relatedId = null;
    targetKind = null;
    targetSource = null;
    relatedKind = null;
    relatedSource = null;
    values = null;
    source0 = null;
    source1 = null;
    // The array of further ids is kept for the next decision that needs one: its slots are
    // overwritten before they are read.
    sourceCount = 0;
    sourceIndex = null;
    distinct = null;
    list = null;
    explanation = null;
    expectFirst = null;
    expectLast = null;
    return this;
  }

  /** Returns whether a decision is started and not yet made. */
  boolean isStarted() {
    return kind != null;
  }

  @Override
  public String schoolId() {
    return schoolId;
  }

  @Override
  public String classroomId() {
    return classroomId;
  }

  /** {@inheritDoc} A provisional id is made here only if the decision cannot name it by code. */
  @Override
  public String targetId() {
    return targetKind != null && targetCode() == 0
        ? StateIndex.newId(targetKind, targetSource)
        : targetId;
  }

  /** {@inheritDoc} A provisional id is made here only if the decision cannot name it by code. */
  @Override
  public String relatedId() {
    return relatedKind != null && relatedCode() == 0
        ? StateIndex.newId(relatedKind, relatedSource)
        : relatedId;
  }

  @Override
  public int targetCode() {
    return targetKind == null ? 0 : provisionalCode(targetKind, targetSource);
  }

  @Override
  public int relatedCode() {
    return relatedKind == null ? 0 : provisionalCode(relatedKind, relatedSource);
  }

  @Override
  public String source0() {
    return list == null ? source0 : null;
  }

  @Override
  public String source1() {
    return list == null ? source1 : null;
  }

  @Override
  public List<String> sourceList() {
    return list;
  }

  private String lastSource() {
    return list != null ? list.get(list.size() - 1) : sourceCount == 1 ? source0 : source1;
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
    targetKind = null;
    targetId = id;
    return this;
  }

  /**
   * Sets the target to the provisional id of a person this plan creates ({@link StateIndex#newId}),
   * which the decision makes again from its source ids when read: a first sync creates a million
   * people, and their ids, each a new string, were a tenth of its garbage. The id is made here only
   * if {@code source} is not then the decision's first or last source id.
   */
  Draft newTarget(String kind, String source) {
    targetId = null;
    targetKind = kind;
    targetSource = source;
    return this;
  }

  /** Like {@link #newTarget}, for the related id. */
  Draft newRelated(String kind, String source) {
    relatedId = null;
    relatedKind = kind;
    relatedSource = source;
    return this;
  }

  Draft related(String id) {
    relatedKind = null;
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

  /** Sets the values to a copy of a diff's differences; none if it has none. */
  Draft values(Diff changes) {
    values = changes.copyTo(handoff);
    return this;
  }

  /** Adds a source id; null, empty and repeated ids are ignored. */
  Draft source(String id) {
    if (id == null || id.isEmpty()) {
      return this;
    }
    return addSource(id);
  }

  /**
   * Adds a person's source id as the roster's index keeps it (never empty, its hash computed); a
   * repeated id is ignored. It skips {@link #source}'s emptiness test and compares hashes before
   * characters: a first sync adds a million such ids, far apart in memory, and reading one's
   * characters is a cache miss that nothing else in the plan pays for.
   */
  Draft personSource(String id) {
    return addSource(id);
  }

  private Draft addSource(String id) {
    if (distinct != null) {
      throw new IllegalStateException("source ids were set by distinctSources");
    }
    if (sourceIndex != null) {
      if (!sourceIndex.add(id)) {
        return this;
      }
    } else {
      int hash = id.hashCode();
      for (int i = 0; i < sourceCount; i++) {
        String s = sourceAt(i);
        if (s == id || (s.hashCode() == hash && s.equals(id))) {
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
   * Sets an explanation template that many decisions share, so that a decision keeps no parts of
   * its own: its {@link SourcePart}s stand for the decision's first and last source ids, which
   * should be {@code first} and {@code last}. Where repeats were dropped and they are not, the
   * decision gets the template filled in with them instead.
   *
   * @param first the source id {@link SourcePart#FIRST} stands for, or null if it is not used
   * @param last the source id {@link SourcePart#LAST} stands for, or null if it is not used
   */
  Draft explainShared(Object[] template, String first, String last) {
    explanation = template;
    expectFirst = first;
    expectLast = last;
    return this;
  }

  /**
   * Returns the code under which the decision makes the provisional id of {@code source} again, or
   * 0 if {@code source} is neither its first nor its last source id (the same string, not an equal
   * one: the callers pass the very id they added as a source).
   */
  private int provisionalCode(String kind, String source) {
    if (sourceCount == 0) {
      return 0;
    }
    if (source == source0) {
      return DecisionAccess.provisionalCode(kind, true);
    }
    return source == lastSource() ? DecisionAccess.provisionalCode(kind, false) : 0;
  }

  /** Returns the explanation to keep: the template if its source parts name the right ids. */
  private Object explanationFor() {
    if (!(explanation instanceof Object[]) || explanation instanceof String[]) {
      return explanation;
    }
    boolean firstOk = expectFirst == null || (sourceCount > 0 && expectFirst.equals(sourceAt(0)));
    boolean lastOk = expectLast == null || (sourceCount > 0 && expectLast.equals(lastSource()));
    if (firstOk && lastOk) {
      return explanation;
    }
    Object[] template = (Object[]) explanation;
    String[] parts = new String[template.length];
    for (int i = 0; i < parts.length; i++) {
      Object part = template[i];
      parts[i] =
          part == SourcePart.FIRST
              ? expectFirst
              : part == SourcePart.LAST ? expectLast : (String) part;
    }
    return parts;
  }

  /**
   * Makes the immutable decision, which keeps this draft's values and explanation parts (a draft
   * gets new ones for each decision), and leaves the draft unstarted.
   *
   * @throws IllegalStateException if no explanation was set
   */
  Decision toDecision() {
    if (distinct != null) {
      sourceCount = distinct.size();
      source0 = sourceCount > 0 ? distinct.get(0) : null;
      source1 = sourceCount > 1 ? distinct.get(1) : null;
      list = sourceCount > 2 ? List.copyOf(distinct) : null;
    } else if (sourceCount > 2) {
      list = List.copyOf(sourceIds());
    }
    Decision d = DecisionAccess.decision(kind, reason, this, values, explanationFor());
    kind = null;
    return d;
  }
}
