package com.classtag.sync.plan;

import com.classtag.sync.internal.DecisionAccess;
import com.classtag.sync.internal.DecisionAccess.SourcePart;
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
 * <p>Written by hand rather than generated: a million-student district's first sync makes three and
 * a half million decisions, so a decision is compact (about 48 bytes besides its values and a long
 * explanation), and {@link #values()} and {@link #sourceIds()} are immutable views made on each
 * call.
 */
public final class Decision {
  private static final DecisionKind[] KINDS = DecisionKind.values();
  private static final ReasonCode[] REASONS = ReasonCode.values();
  private static final HoldReason[] HOLDS = HoldReason.values();
  private static final String[] NONE = {};

  /**
   * The kinds of provisional id a target or related id can be made again as, in the form the
   * planner gives them ({@code StateIndex.newId}).
   */
  private static final String[] PERSON_KINDS = {"student", "staff", "contact"};

  /**
   * A provisional id by its code (see {@link #provisional}) as a template: what comes before the
   * source id, then which source id it is. Index 0 is unused.
   */
  private static final Object[][] PROVISIONAL_PARTS = new Object[1 + 2 * PERSON_KINDS.length][];

  static {
    for (int k = 0; k < PERSON_KINDS.length; k++) {
      String prefix = ProvisionalIds.PREFIX + PERSON_KINDS[k] + ":";
      PROVISIONAL_PARTS[code(k, true)] = new Object[] {prefix, DecisionAccess.SourcePart.FIRST};
      PROVISIONAL_PARTS[code(k, false)] = new Object[] {prefix, DecisionAccess.SourcePart.LAST};
    }
  }

  // Kind, reason and hold as ordinals, the values as two arrays rather than a map object: a
  // first sync of a million students keeps three and a half million decisions, and each byte of
  // a decision is 3.5 MB the garbage collector copies.
  private final byte kind;
  private final byte reason;

  /** The hold's ordinal, or -1 if not held. */
  private final byte heldBy;

  private final String schoolId;
  private final String classroomId;

  /** Null when {@link #provisional} says how to make it again from the source ids. */
  private final String targetId;

  /** Null when {@link #provisional} says how to make it again from the source ids. */
  private final String relatedId;

  /**
   * How the target id (bits 0 to 2) and the related id (bits 3 to 5) are made again, each {@code 1
   * + 2 × kind + (last ? 1 : 0)} for the provisional id of the first or last source id, or 0 if it
   * is kept. A first sync's decisions name new people by provisional ids ({@code
   * new:student:<source id>}) that are also among their source ids: a string each that need not be
   * kept.
   */
  private final byte provisional;

  /**
   * The values' names, sorted, and the values at the same positions: arrays nobody changes once the
   * decision has them; decisions with the same names often share one names array.
   */
  private final String[] names;

  private final String[] data;

  // One or two source ids (most decisions) in fields, three or more in a list: a list object per
  // decision would be as large as a decision.
  private final String source0;
  private final String source1;

  /** All the source ids when there are three or more, else null. */
  private final List<String> sourceList;

  /**
   * The explanation: a String; or the String[] of parts it is joined from when read; or the
   * planner's Object[] template, shared by many decisions, whose {@link SourcePart}s stand for this
   * decision's source ids.
   */
  private final Object explanation;

  static {
    DecisionAccess.install(new Access());
  }

  private Decision(
      DecisionKind kind,
      ReasonCode reason,
      String schoolId,
      String classroomId,
      String targetId,
      int targetCode,
      String relatedId,
      int relatedCode,
      SortedValues values,
      String source0,
      String source1,
      List<String> sourceList,
      Object explanation,
      HoldReason heldBy) {
    this.kind = (byte) require(kind, "kind").ordinal();
    this.reason = (byte) require(reason, "reason").ordinal();
    this.explanation = require(explanation, "explanation");
    this.schoolId = schoolId;
    this.classroomId = classroomId;
    this.source0 = source0;
    this.source1 = source1;
    this.sourceList = sourceList;
    int target = targetCode != 0 ? targetCode : provisional(targetId, firstSource(), lastSource());
    int related =
        relatedCode != 0 ? relatedCode : provisional(relatedId, firstSource(), lastSource());
    this.targetId = target == 0 ? targetId : null;
    this.relatedId = related == 0 ? relatedId : null;
    this.provisional = (byte) (target | related << 3);
    if (values == null || values.isEmpty()) {
      names = NONE;
      data = NONE;
    } else {
      values.freeze();
      names = values.nameArray();
      data = values.valueArray();
    }
    this.heldBy = heldBy == null ? -1 : (byte) heldBy.ordinal();
  }

  /**
   * Returns how {@code id} is made again from {@code sourceIds} (see {@link #provisional}), or 0 if
   * it is not the provisional id of a person whose source id is the first or last of them.
   */
  private static int provisional(String id, String first, String last) {
    if (id == null || first == null || !id.startsWith(ProvisionalIds.PREFIX)) {
      return 0;
    }
    int at = ProvisionalIds.PREFIX.length();
    for (int k = 0; k < PERSON_KINDS.length; k++) {
      String kind = PERSON_KINDS[k];
      int from = at + kind.length() + 1;
      if (id.startsWith(kind, at) && id.length() > from && id.charAt(from - 1) == ':') {
        if (isAt(id, from, first)) {
          return code(k, true);
        }
        if (isAt(id, from, last)) {
          return code(k, false);
        }
        return 0;
      }
    }
    return 0;
  }

  /**
   * Returns the code of the provisional id of kind {@code PERSON_KINDS[kind]} made from the first
   * or the last source id: odd for the first, never 0.
   */
  private static int code(int kind, boolean first) {
    return first ? 1 + 2 * kind : 2 + 2 * kind;
  }

  private static boolean isAt(String id, int from, String source) {
    return id.length() - from == source.length() && id.startsWith(source, from);
  }

  /** Returns an id as kept, or made again from the source ids by its {@link #provisional} code. */
  private String id(String kept, int code) {
    if (code == 0) {
      return kept;
    }
    Object[] parts = PROVISIONAL_PARTS[code];
    return (String) parts[0] + source((DecisionAccess.SourcePart) parts[1]);
  }

  /** Returns the first source id, or null if there are none. */
  private String firstSource() {
    return sourceList != null ? sourceList.get(0) : source0;
  }

  /** Returns the last source id, or null if there are none. */
  private String lastSource() {
    if (sourceList != null) {
      return sourceList.get(sourceList.size() - 1);
    }
    return source1 != null ? source1 : source0;
  }

  private String source(SourcePart part) {
    return part == SourcePart.FIRST ? firstSource() : lastSource();
  }

  private String target() {
    return id(targetId, provisional & 7);
  }

  private String related() {
    return id(relatedId, provisional >> 3);
  }

  private static <T> T require(T value, String name) {
    if (value == null) {
      throw new IllegalStateException("Cannot build Decision: " + name + " is not set");
    }
    return value;
  }

  /** {@return what the decision does} */
  public DecisionKind kind() {
    return KINDS[kind & 0xFF];
  }

  /** {@return why: the reason code} */
  public ReasonCode reason() {
    return REASONS[reason & 0xFF];
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
    return Optional.ofNullable(target());
  }

  /** {@return the other party of a link (the student), if any} */
  public Optional<String> relatedId() {
    return Optional.ofNullable(related());
  }

  /**
   * {@return the values the decision sets as the plan's JSON has them: by {@link Field#jsonName()}
   * and, for a student's extension fields, {@code ext.<name>}; sorted by name} An empty string
   * clears a value. Prefer {@link #value(Field)}, {@link #fields()} and {@link #extensionValues()}:
   * this map is made on each call (a view, not a copy).
   */
  public SortedMap<String, String> values() {
    return names.length == 0 ? SortedValues.EMPTY : SortedValues.over(names, data);
  }

  /**
   * Returns the fields the decision sets, in {@link Field} order; extension fields are in {@link
   * #extensionValues()}. Computed on each call.
   *
   * @return an immutable map; an empty string clears a value
   */
  public Map<Field, String> fields() {
    if (names.length == 0) {
      return Map.of();
    }
    EnumMap<Field, String> out = new EnumMap<>(Field.class);
    for (int i = 0; i < names.length; i++) {
      String value = data[i];
      Field.fromJsonName(names[i]).ifPresent(f -> out.put(f, value));
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
    for (int i = 0; i < names.length; i++) {
      String name = names[i];
      if (name.startsWith(Field.EXTENSION_PREFIX)) {
        out.put(name.substring(Field.EXTENSION_PREFIX.length()), data[i]);
      }
    }
    return out.isEmpty() ? Collections.emptySortedMap() : Collections.unmodifiableSortedMap(out);
  }

  /**
   * {@return the source ids (sections, people, schools) that caused the decision; an immutable
   * list, made on each call for one or two ids}
   */
  public List<String> sourceIds() {
    if (sourceList != null) {
      return sourceList;
    }
    if (source0 == null) {
      return List.of();
    }
    return source1 == null ? List.of(source0) : List.of(source0, source1);
  }

  /**
   * {@return one line a district admin understands} Never holds a student's or parent's personal
   * data. A decision built with {@link Builder#explanationParts} joins its parts on each call.
   */
  public String explanation() {
    if (explanation instanceof String) {
      return (String) explanation;
    }
    if (explanation instanceof String[]) {
      return String.join("", (String[]) explanation);
    }
    Object[] template = (Object[]) explanation;
    String[] parts = new String[template.length];
    for (int i = 0; i < parts.length; i++) {
      Object part = template[i];
      parts[i] = part instanceof String ? (String) part : source((SourcePart) part);
    }
    return String.join("", parts);
  }

  /** {@return present when the decision is held and must not be applied} */
  public Optional<HoldReason> heldBy() {
    return heldBy < 0 ? Optional.empty() : Optional.of(HOLDS[heldBy]);
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
    DecisionKind k = kind();
    if (!k.isCreation()) {
      return Optional.empty();
    }
    return Optional.ofNullable(k == DecisionKind.CREATE_CLASSROOM ? classroomId : target());
  }

  /** {@return whether the decision is held} */
  public boolean isHeld() {
    return heldBy >= 0;
  }

  /** {@return whether applying the decision changes the app: not a skip and not held} */
  public boolean isChange() {
    return kind() != DecisionKind.SKIP && heldBy < 0;
  }

  /**
   * Returns one value.
   *
   * @param field the field
   * @return the value (empty string: clear it), or empty if the decision does not set it
   */
  public Optional<String> value(Field field) {
    return Optional.ofNullable(SortedValues.find(names, data, field.jsonName()));
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
    String v = SortedValues.find(names, data, field.jsonName());
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
              + kind()
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
        && Objects.equals(target(), d.target())
        && Objects.equals(related(), d.related())
        && Arrays.equals(names, d.names)
        && Arrays.equals(data, d.data)
        && Objects.equals(source0, d.source0)
        && Objects.equals(source1, d.source1)
        && Objects.equals(sourceList, d.sourceList)
        && explanation().equals(d.explanation());
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        kind,
        reason,
        schoolId,
        classroomId,
        target(),
        related(),
        values(),
        sourceIds(),
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
        .add("kind", kind())
        .add("reason", reason())
        .add("schoolId", schoolId)
        .add("classroomId", classroomId)
        .add("targetId", target())
        .add("relatedId", related())
        .add("sourceIds", sourceIds())
        .add("values", values().keySet())
        .add("heldBy", heldBy().orElse(null))
        .toString();
  }

  /** The planner's way in: see {@link DecisionAccess}. */
  private static final class Access extends DecisionAccess {
    @Override
    protected Decision create(
        DecisionKind kind, ReasonCode reason, Ids ids, SortedValues values, Object explanation) {
      String source0 = ids.source0();
      List<String> sourceList = ids.sourceList();
      if (explanation instanceof Object[]) {
        for (Object part : (Object[]) explanation) {
          if (part instanceof SourcePart && source0 == null && sourceList == null) {
            throw new IllegalStateException(
                "Cannot build a " + kind + " decision: its explanation names a source id it lacks");
          }
          require(part, "an explanation part");
        }
      }
      return new Decision(
          kind,
          reason,
          ids.schoolId(),
          ids.classroomId(),
          ids.targetId(),
          ids.targetCode(),
          ids.relatedId(),
          ids.relatedCode(),
          values,
          source0,
          ids.source1(),
          sourceList,
          explanation,
          null);
    }

    @Override
    protected String sourceOf(Decision d, SourcePart part) {
      return d.source(part);
    }

    @Override
    protected Object explanationOf(Decision d) {
      return d.explanation;
    }

    @Override
    protected String schoolIdOf(Decision d) {
      return d.schoolId;
    }

    @Override
    protected String classroomIdOf(Decision d) {
      return d.classroomId;
    }

    @Override
    protected int code(String kind, boolean first) {
      for (int k = 0; k < PERSON_KINDS.length; k++) {
        if (PERSON_KINDS[k].equals(kind)) {
          return Decision.code(k, first);
        }
      }
      throw new IllegalArgumentException("no provisional id of kind " + kind);
    }

    @Override
    protected String targetIdOf(Decision d) {
      return d.target();
    }

    @Override
    protected String relatedIdOf(Decision d) {
      return d.related();
    }

    @Override
    protected Object idPartsOf(Decision d, boolean target) {
      int code = target ? d.provisional & 7 : d.provisional >> 3;
      return code == 0 ? (target ? d.targetId : d.relatedId) : PROVISIONAL_PARTS[code];
    }

    @Override
    protected String[] valueNamesOf(Decision d) {
      return d.names;
    }

    @Override
    protected String[] valueDataOf(Decision d) {
      return d.data;
    }

    @Override
    protected int sourceCountOf(Decision d) {
      if (d.sourceList != null) {
        return d.sourceList.size();
      }
      return d.source0 == null ? 0 : d.source1 == null ? 1 : 2;
    }

    @Override
    protected String sourceIdOf(Decision d, int i) {
      if (d.sourceList != null) {
        return d.sourceList.get(i);
      }
      return i == 0 ? d.source0 : d.source1;
    }
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
      kind = d.kind();
      reason = d.reason();
      schoolId = d.schoolId;
      classroomId = d.classroomId;
      targetId = d.target();
      relatedId = d.related();
      values = d.names.length == 0 ? null : (SortedValues) d.values();
      valuesShared = true;
      if (sourceIds == null) {
        sourceIds = new ArrayList<>(2);
      } else {
        sourceIds.clear();
      }
      if (d.sourceList != null) {
        // Element by element: addAll would copy the list into a new array first, for every reuse.
        for (int i = 0; i < d.sourceList.size(); i++) {
          sourceIds.add(d.sourceList.get(i));
        }
      } else if (d.source0 != null) {
        sourceIds.add(d.source0);
        if (d.source1 != null) {
          sourceIds.add(d.source1);
        }
      }
      // A template names the decision's source ids by position, and this builder may change them.
      explanation =
          d.explanation instanceof String || d.explanation instanceof String[]
              ? d.explanation
              : d.explanation();
      heldBy = d.heldBy().orElse(null);
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
      // The values are frozen and shared, not copied: a later change to this builder copies them.
      valuesShared = true;
      int n = sourceIds == null ? 0 : sourceIds.size();
      return new Decision(
          kind,
          reason,
          schoolId,
          classroomId,
          targetId,
          0,
          relatedId,
          0,
          values,
          n == 1 || n == 2 ? sourceIds.get(0) : null,
          n == 2 ? sourceIds.get(1) : null,
          n > 2 ? List.copyOf(sourceIds) : null,
          explanation,
          heldBy);
    }
  }
}
