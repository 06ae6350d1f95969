package com.classtag.sync.plan;

import com.classtag.sync.internal.ToString;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One change the app must make (or, for {@link DecisionKind#SKIP}, one thing it must not), with why.
 *
 * <p>Targets: {@link #schoolId()} and {@link #classroomId()} place the decision (they are the plan's sort
 * keys); {@link #targetId()} is the person or account the decision is about (student, staff, contact) and
 * {@link #relatedId()} the second party of a link (the student). Ids are app ids; an object this plan
 * creates has a provisional id ({@code new:<kind>:<source id>}) that later decisions refer to and
 * {@link Planner#apply} keeps (renaming it only if the state already uses it).
 *
 * <p>A held decision ({@link #heldBy()} present) is listed and counted but not applied.
 *
 * <p>Written by hand rather than generated: a million-student district has millions of decisions on a
 * nightly run (mostly skipped guardian links), so a decision shares its empty values and keeps its ids in a
 * compact immutable list.
 */
public final class Decision {
  private final DecisionKind kind;
  private final ReasonCode reason;
  private final String schoolId;
  private final String classroomId;
  private final String targetId;
  private final String relatedId;
  private final SortedMap<String, String> values;
  private final List<String> sourceIds;
  private final String explanation;
  private final HoldReason heldBy;

  private Decision(Builder b) {
    kind = require(b.kind, "kind");
    reason = require(b.reason, "reason");
    explanation = require(b.explanation, "explanation");
    schoolId = b.schoolId;
    classroomId = b.classroomId;
    targetId = b.targetId;
    relatedId = b.relatedId;
    values = b.values == null || b.values.isEmpty()
        ? Collections.emptySortedMap() : Collections.unmodifiableSortedMap(new TreeMap<>(b.values));
    sourceIds = List.copyOf(b.sourceIds);
    heldBy = b.heldBy;
  }

  private static <T> T require(T value, String name) {
    if (value == null) {
      throw new IllegalStateException("Cannot build Decision: " + name + " is not set");
    }
    return value;
  }

  /** What the decision does. */
  public DecisionKind kind() {
    return kind;
  }

  /** Why. */
  public ReasonCode reason() {
    return reason;
  }

  /** The app school the decision belongs to, if any. */
  public Optional<String> schoolId() {
    return Optional.ofNullable(schoolId);
  }

  /** The classroom the decision is about, if any. */
  public Optional<String> classroomId() {
    return Optional.ofNullable(classroomId);
  }

  /** The person or account the decision is about, if any. */
  public Optional<String> targetId() {
    return Optional.ofNullable(targetId);
  }

  /** The other party of a link (the student), if any. */
  public Optional<String> relatedId() {
    return Optional.ofNullable(relatedId);
  }

  /** The values the decision sets, by {@link Field} name, sorted; an empty string clears a value. */
  public SortedMap<String, String> values() {
    return values;
  }

  /** The source ids (sections, people, schools) that caused the decision. */
  public List<String> sourceIds() {
    return sourceIds;
  }

  /** One line a district admin understands. Never holds a student's or parent's personal data. */
  public String explanation() {
    return explanation;
  }

  /** Present when the decision is held and must not be applied. */
  public Optional<HoldReason> heldBy() {
    return Optional.ofNullable(heldBy);
  }

  /** Returns whether the decision is held. */
  public boolean isHeld() {
    return heldBy != null;
  }

  /** Returns whether applying the decision changes the app: not a skip and not held. */
  public boolean isChange() {
    return kind != DecisionKind.SKIP && heldBy == null;
  }

  /**
   * Returns one value.
   *
   * @param field the {@link Field} name
   * @return the value, or empty if the decision does not set it
   */
  public Optional<String> value(String field) {
    return Optional.ofNullable(values.get(field));
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof Decision)) {
      return false;
    }
    Decision d = (Decision) o;
    return kind == d.kind && reason == d.reason && heldBy == d.heldBy
        && Objects.equals(schoolId, d.schoolId) && Objects.equals(classroomId, d.classroomId)
        && Objects.equals(targetId, d.targetId) && Objects.equals(relatedId, d.relatedId)
        && values.equals(d.values) && sourceIds.equals(d.sourceIds) && explanation.equals(d.explanation);
  }

  @Override
  public int hashCode() {
    return Objects.hash(kind, reason, schoolId, classroomId, targetId, relatedId, values, sourceIds,
        explanation, heldBy);
  }

  /** Shows kind, reason, targets, source ids and value names; values may be personal and are not shown. */
  @Override
  public String toString() {
    return new ToString("Decision")
        .add("kind", kind)
        .add("reason", reason)
        .add("schoolId", schoolId)
        .add("classroomId", classroomId)
        .add("targetId", targetId)
        .add("relatedId", relatedId)
        .add("sourceIds", sourceIds)
        .add("values", values.keySet())
        .add("heldBy", heldBy)
        .toString();
  }

  /** Builds a {@link Decision}; {@code kind}, {@code reason} and {@code explanation} are required. */
  public static final class Builder {
    private DecisionKind kind;
    private ReasonCode reason;
    private String schoolId;
    private String classroomId;
    private String targetId;
    private String relatedId;
    private SortedMap<String, String> values;
    private final ArrayList<String> sourceIds = new ArrayList<>(2);
    private String explanation;
    private HoldReason heldBy;

    private Builder() {}

    /**
     * Copies every field of a decision.
     *
     * @param d the decision
     * @return this
     */
    public Builder from(Decision d) {
      kind = d.kind;
      reason = d.reason;
      schoolId = d.schoolId;
      classroomId = d.classroomId;
      targetId = d.targetId;
      relatedId = d.relatedId;
      values = d.values.isEmpty() ? null : new TreeMap<>(d.values);
      sourceIds.clear();
      sourceIds.addAll(d.sourceIds);
      explanation = d.explanation;
      heldBy = d.heldBy;
      return this;
    }

    /**
     * Sets the kind.
     *
     * @param kind the kind
     * @return this
     */
    public Builder kind(DecisionKind kind) {
      this.kind = Objects.requireNonNull(kind, "kind");
      return this;
    }

    /**
     * Sets the reason.
     *
     * @param reason the reason
     * @return this
     */
    public Builder reason(ReasonCode reason) {
      this.reason = Objects.requireNonNull(reason, "reason");
      return this;
    }

    /**
     * Sets the school.
     *
     * @param schoolId the app school id
     * @return this
     */
    public Builder schoolId(String schoolId) {
      this.schoolId = Objects.requireNonNull(schoolId, "schoolId");
      return this;
    }

    /**
     * Sets the classroom.
     *
     * @param classroomId the classroom id
     * @return this
     */
    public Builder classroomId(String classroomId) {
      this.classroomId = Objects.requireNonNull(classroomId, "classroomId");
      return this;
    }

    /**
     * Sets the target.
     *
     * @param targetId the student, staff or contact id
     * @return this
     */
    public Builder targetId(String targetId) {
      this.targetId = Objects.requireNonNull(targetId, "targetId");
      return this;
    }

    /**
     * Sets the related id.
     *
     * @param relatedId the student id of a link
     * @return this
     */
    public Builder relatedId(String relatedId) {
      this.relatedId = Objects.requireNonNull(relatedId, "relatedId");
      return this;
    }

    /**
     * Sets one value.
     *
     * @param field the {@link Field} name
     * @param value the value; empty clears
     * @return this
     */
    public Builder putValues(String field, String value) {
      if (values == null) {
        values = new TreeMap<>();
      }
      values.put(Objects.requireNonNull(field, "field"), Objects.requireNonNull(value, "value"));
      return this;
    }

    /**
     * Sets several values.
     *
     * @param all the values by {@link Field} name
     * @return this
     */
    public Builder putAllValues(Map<String, String> all) {
      for (Map.Entry<String, String> e : all.entrySet()) {
        putValues(e.getKey(), e.getValue());
      }
      return this;
    }

    /**
     * Adds source ids.
     *
     * @param ids the ids
     * @return this
     */
    public Builder addSourceIds(String... ids) {
      for (String id : ids) {
        sourceIds.add(Objects.requireNonNull(id, "sourceIds element"));
      }
      return this;
    }

    /**
     * Adds source ids.
     *
     * @param ids the ids
     * @return this
     */
    public Builder addAllSourceIds(Iterable<String> ids) {
      if (ids instanceof Collection) {
        // One bulk copy: a skip that groups filtered guardian links can name a million contacts.
        Collection<String> all = (Collection<String>) ids;
        for (String id : all) {
          Objects.requireNonNull(id, "sourceIds element");
        }
        sourceIds.addAll(all);
        return this;
      }
      for (String id : ids) {
        sourceIds.add(Objects.requireNonNull(id, "sourceIds element"));
      }
      return this;
    }

    /**
     * Sets the explanation.
     *
     * @param explanation one line for a district admin
     * @return this
     */
    public Builder explanation(String explanation) {
      this.explanation = Objects.requireNonNull(explanation, "explanation");
      return this;
    }

    /**
     * Marks the decision held.
     *
     * @param heldBy why
     * @return this
     */
    public Builder heldBy(HoldReason heldBy) {
      this.heldBy = Objects.requireNonNull(heldBy, "heldBy");
      return this;
    }

    /**
     * Builds the decision.
     *
     * @return the decision
     * @throws IllegalStateException if {@code kind}, {@code reason} or {@code explanation} is not set
     */
    public Decision build() {
      return new Decision(this);
    }
  }
}
