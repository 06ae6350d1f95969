package com.classtag.sync.plan;

import com.classtag.sync.internal.SortedValues;
import com.classtag.sync.internal.ToString;
import com.classtag.sync.state.AccessRole;
import com.classtag.sync.state.ArchiveReason;
import com.classtag.sync.state.TeacherRole;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * One change the app must make (or, for {@link DecisionKind#SKIP}, one thing it must not), with
 * why.
 *
 * <p>Targets: {@link #schoolId()} and {@link #classroomId()} place the decision (they are the
 * plan's sort keys); {@link #targetId()} is the person or account the decision is about (student,
 * staff, contact) and {@link #relatedId()} the second party of a link (the student). Ids are app
 * ids; an object this plan creates has a provisional id ({@code new:<kind>:<source id>}; no app id
 * starts with {@code new:}) that later decisions refer to; {@link ProvisionalIds} maps it to the id
 * an app gives the object.
 *
 * <p>Values are read with {@link #value(Field)}, {@link #fields()}, {@link #extensionValues()} and
 * the typed {@link #archiveReason()}, {@link #teacherRole()} and {@link #accessRole()}; {@link
 * #values()} is their JSON form. Every collection a decision returns is immutable.
 *
 * <p>A held decision ({@link #heldBy()} present) is listed and counted but not applied.
 *
 * <p>Written by hand rather than generated: a million-student district has millions of decisions on
 * a nightly run (mostly skipped guardian links), so a decision shares its empty values and keeps
 * its ids in a compact immutable list.
 */
public final class Decision {
  private final DecisionKind kind;
  private final ReasonCode reason;
  private final String schoolId;
  private final String classroomId;
  private final String targetId;
  private final String relatedId;
  private final SortedValues values;
  private final List<String> sourceIds;

  /** The explanation: a String, or the String[] of parts it is joined from when read. */
  private final Object explanation;

  private final HoldReason heldBy;

  private Decision(Builder b) {
    kind = require(b.kind, "kind");
    reason = require(b.reason, "reason");
    explanation = require(b.explanation, "explanation");
    schoolId = b.schoolId;
    classroomId = b.classroomId;
    targetId = b.targetId;
    relatedId = b.relatedId;
    // The builder's values are frozen and shared, not copied: a later change to the builder copies
    // them.
    values = b.values == null || b.values.isEmpty() ? SortedValues.EMPTY : b.values.freeze();
    b.valuesShared = true;
    sourceIds = copyOf(b.sourceIds);
    heldBy = b.heldBy;
  }

  /**
   * Copies source ids into an immutable list: most decisions have one or two, and {@code
   * List.copyOf} would first copy those into an array of their own.
   */
  private static List<String> copyOf(List<String> ids) {
    if (ids == null) {
      return List.of();
    }
    switch (ids.size()) {
      case 0:
        return List.of();
      case 1:
        return List.of(ids.get(0));
      case 2:
        return List.of(ids.get(0), ids.get(1));
      default:
        return List.copyOf(ids);
    }
  }

  private static <T> T require(T value, String name) {
    if (value == null) {
      throw new IllegalStateException("Cannot build Decision: " + name + " is not set");
    }
    return value;
  }

  /** {@return what the decision does} */
  public DecisionKind kind() {
    return kind;
  }

  /** {@return why: the reason code} */
  public ReasonCode reason() {
    return reason;
  }

  /** {@return the app school the decision belongs to, if any} */
  public Optional<String> schoolId() {
    return Optional.ofNullable(schoolId);
  }

  /** {@return the classroom the decision is about, if any} */
  public Optional<String> classroomId() {
    return Optional.ofNullable(classroomId);
  }

  /** {@return the person or account the decision is about, if any} */
  public Optional<String> targetId() {
    return Optional.ofNullable(targetId);
  }

  /** {@return the other party of a link (the student), if any} */
  public Optional<String> relatedId() {
    return Optional.ofNullable(relatedId);
  }

  /**
   * {@return the values the decision sets as the plan's JSON has them: by {@link Field#jsonName()}
   * and, for a student's extension fields, {@code ext.<name>}; sorted by name} An empty string
   * clears a value. Prefer {@link #value(Field)}, {@link #fields()} and {@link #extensionValues()}.
   */
  public SortedMap<String, String> values() {
    return values;
  }

  /**
   * Returns the fields the decision sets, in {@link Field} order; extension fields are in {@link
   * #extensionValues()}. Computed on each call.
   *
   * @return an immutable map; an empty string clears a value
   */
  public Map<Field, String> fields() {
    if (values.isEmpty()) {
      return Map.of();
    }
    EnumMap<Field, String> out = new EnumMap<>(Field.class);
    for (Map.Entry<String, String> e : values.entrySet()) {
      Field.fromJsonName(e.getKey()).ifPresent(f -> out.put(f, e.getValue()));
    }
    return Collections.unmodifiableMap(out);
  }

  /**
   * Returns the student extension fields the decision sets, by extension field name (without the
   * {@code ext.} prefix of the JSON). Computed on each call.
   *
   * @return an immutable sorted map; an empty string clears the extension field
   */
  public SortedMap<String, String> extensionValues() {
    TreeMap<String, String> out = new TreeMap<>();
    for (int i = 0; i < values.size(); i++) {
      String name = values.nameAt(i);
      if (name.startsWith(Field.EXTENSION_PREFIX)) {
        out.put(name.substring(Field.EXTENSION_PREFIX.length()), values.valueAt(i));
      }
    }
    return out.isEmpty() ? Collections.emptySortedMap() : Collections.unmodifiableSortedMap(out);
  }

  /**
   * {@return the source ids (sections, people, schools) that caused the decision; an immutable
   * list}
   */
  public List<String> sourceIds() {
    return sourceIds;
  }

  /**
   * {@return one line a district admin understands} Never holds a student's or parent's personal
   * data. A decision built with {@link Builder#explanationParts} joins its parts on each call.
   */
  public String explanation() {
    return explanation instanceof String
        ? (String) explanation
        : String.join("", (String[]) explanation);
  }

  /** {@return present when the decision is held and must not be applied} */
  public Optional<HoldReason> heldBy() {
    return Optional.ofNullable(heldBy);
  }

  /**
   * Returns the provisional id of the object a creation ({@link DecisionKind#isCreation()}) makes:
   * the {@link #classroomId()} of a {@link DecisionKind#CREATE_CLASSROOM}, the {@link #targetId()}
   * of a {@link DecisionKind#CREATE_STUDENT}, {@link DecisionKind#CREATE_STAFF} or {@link
   * DecisionKind#INVITE_CONTACT}. See {@link ProvisionalIds}.
   *
   * @return the id, or empty for a decision that creates nothing
   */
  public Optional<String> createdId() {
    if (!kind.isCreation()) {
      return Optional.empty();
    }
    return Optional.ofNullable(kind == DecisionKind.CREATE_CLASSROOM ? classroomId : targetId);
  }

  /** {@return whether the decision is held} */
  public boolean isHeld() {
    return heldBy != null;
  }

  /** {@return whether applying the decision changes the app: not a skip and not held} */
  public boolean isChange() {
    return kind != DecisionKind.SKIP && heldBy == null;
  }

  /**
   * Returns one value.
   *
   * @param field the field
   * @return the value (empty string: clear it), or empty if the decision does not set it
   */
  public Optional<String> value(Field field) {
    return Optional.ofNullable(values.get(field.jsonName()));
  }

  /**
   * Returns why an {@link DecisionKind#ARCHIVE_CLASSROOM} archives the classroom ({@link
   * Field#ARCHIVE_REASON}).
   *
   * @return the reason, or empty if the decision carries none
   * @throws IllegalStateException if the value names no {@link ArchiveReason} (a hand-edited plan)
   */
  public Optional<ArchiveReason> archiveReason() {
    return constant(Field.ARCHIVE_REASON, ArchiveReason.class);
  }

  /**
   * Returns the role of an {@link DecisionKind#ADD_TEACHER} ({@link Field#ROLE}).
   *
   * @return the role, or empty if the decision carries none
   * @throws IllegalStateException if the value names no {@link TeacherRole}
   */
  public Optional<TeacherRole> teacherRole() {
    return constant(Field.ROLE, TeacherRole.class);
  }

  /**
   * Returns the role of an {@link DecisionKind#ADD_SCHOOL_ACCESS} ({@link Field#ROLE}).
   *
   * @return the role, or empty if the decision carries none
   * @throws IllegalStateException if the value names no {@link AccessRole}
   */
  public Optional<AccessRole> accessRole() {
    return constant(Field.ROLE, AccessRole.class);
  }

  private <E extends Enum<E>> Optional<E> constant(Field field, Class<E> type) {
    String v = values.get(field.jsonName());
    if (v == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(Enum.valueOf(type, v));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(
          "values."
              + field.jsonName()
              + " of a "
              + kind
              + " decision is "
              + v
              + ", not one of "
              + Arrays.toString(type.getEnumConstants()),
          e);
    }
  }

  /** {@return a new builder} */
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
    return kind == d.kind
        && reason == d.reason
        && heldBy == d.heldBy
        && Objects.equals(schoolId, d.schoolId)
        && Objects.equals(classroomId, d.classroomId)
        && Objects.equals(targetId, d.targetId)
        && Objects.equals(relatedId, d.relatedId)
        && values.equals(d.values)
        && sourceIds.equals(d.sourceIds)
        && explanation().equals(d.explanation());
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        kind,
        reason,
        schoolId,
        classroomId,
        targetId,
        relatedId,
        values,
        sourceIds,
        explanation(),
        heldBy);
  }

  /**
   * Shows kind, reason, targets, source ids and value names; values may be personal and are not
   * shown.
   */
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

  /**
   * Builds a {@link Decision}; {@code kind}, {@code reason} and {@code explanation} are required.
   */
  public static final class Builder {
    private DecisionKind kind;
    private ReasonCode reason;
    private String schoolId;
    private String classroomId;
    private String targetId;
    private String relatedId;

    /** Null until a value is set; shared with a built decision while {@link #valuesShared}. */
    private SortedValues values;

    private boolean valuesShared;
    private ArrayList<String> sourceIds;
    private Object explanation;
    private HoldReason heldBy;

    private Builder() {}

    /**
     * Copies every field of a decision, replacing every field set so far (so a builder can be
     * reused: {@link #build} copies what it needs).
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
      values = d.values.isEmpty() ? null : d.values;
      valuesShared = true;
      if (sourceIds == null) {
        sourceIds = new ArrayList<>(d.sourceIds);
      } else {
        sourceIds.clear();
        // Element by element: addAll would copy the list into a new array first, for every reuse.
        for (int i = 0; i < d.sourceIds.size(); i++) {
          sourceIds.add(d.sourceIds.get(i));
        }
      }
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
     * @param field the field
     * @param value the value; empty clears
     * @return this
     * @throws NullPointerException if an argument is null
     */
    public Builder putValues(Field field, String value) {
      return put(Objects.requireNonNull(field, "field").jsonName(), value);
    }

    /**
     * Sets one of a student's extension fields.
     *
     * @param name the extension field's name, without the {@code ext.} prefix of the JSON
     * @param value the value; empty clears
     * @return this
     * @throws NullPointerException if an argument is null
     * @throws IllegalArgumentException if the name is empty
     */
    public Builder putExtensionValue(String name, String value) {
      if (Objects.requireNonNull(name, "name").isEmpty()) {
        throw new IllegalArgumentException("an extension field's name must not be empty");
      }
      return put(Field.extensionJsonName(name), value);
    }

    /**
     * Sets several values given as the plan's JSON has them ({@link Decision#values()}).
     *
     * @param byJsonName the values by {@link Field#jsonName()} or {@code ext.<name>}
     * @return this
     * @throws NullPointerException if a name or value is null
     * @throws IllegalArgumentException if a name is neither a field's nor {@code ext.<name>} (it is
     *     named)
     */
    public Builder putAllValues(Map<String, String> byJsonName) {
      if (values == null && byJsonName instanceof SortedValues) {
        // The planner's own values, checked when they were set: adopted, and copied only if changed
        // later.
        values = (SortedValues) byJsonName;
        valuesShared = true;
        return this;
      }
      for (Map.Entry<String, String> e : byJsonName.entrySet()) {
        String name = Objects.requireNonNull(e.getKey(), "value name");
        if (!Field.isValueName(name)) {
          throw new IllegalArgumentException(
              "unknown decision value "
                  + name
                  + ": expected a Field's JSON name or ext.<extension field name>");
        }
        put(name, e.getValue());
      }
      return this;
    }

    private Builder put(String jsonName, String value) {
      Objects.requireNonNull(value, "value");
      if (values == null) {
        values = new SortedValues(4);
        valuesShared = false;
      } else if (valuesShared) {
        values = SortedValues.copyOf(values);
        valuesShared = false;
      }
      values.set(jsonName, value);
      return this;
    }

    private ArrayList<String> sourceIds() {
      if (sourceIds == null) {
        sourceIds = new ArrayList<>(2);
      }
      return sourceIds;
    }

    /**
     * Adds source ids.
     *
     * @param ids the ids
     * @return this
     */
    public Builder addSourceIds(String... ids) {
      for (String id : ids) {
        sourceIds().add(Objects.requireNonNull(id, "sourceIds element"));
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
        sourceIds().addAll(all);
        return this;
      }
      for (String id : ids) {
        sourceIds().add(Objects.requireNonNull(id, "sourceIds element"));
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
     * Sets the explanation as parts that {@link Decision#explanation()} joins (with no separator)
     * each time it is read. A plan of millions of decisions keeps their shared words and ids once
     * instead of a string per decision.
     *
     * @param parts the parts, in order; the array is copied
     * @return this
     * @throws NullPointerException if {@code parts} or one of them is null
     */
    public Builder explanationParts(String... parts) {
      String[] copy = parts.clone();
      for (String part : copy) {
        Objects.requireNonNull(part, "explanation part");
      }
      this.explanation = copy;
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
     * @throws IllegalStateException if {@code kind}, {@code reason} or {@code explanation} is not
     *     set
     */
    public Decision build() {
      return new Decision(this);
    }
  }
}
