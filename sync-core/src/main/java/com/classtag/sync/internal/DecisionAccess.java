package com.classtag.sync.internal;

import com.classtag.sync.plan.Decision;
import com.classtag.sync.plan.DecisionKind;
import com.classtag.sync.plan.ReasonCode;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * The planner's door into {@link Decision}: it makes a decision from parts it already checked,
 * without the public builder's defensive copies, and reads a decision's ids without wrapping them
 * in {@code Optional}. A first sync of a million students makes three and a half million decisions;
 * a copy per decision is a quarter of the plan's garbage.
 *
 * <p>Not API. {@link Decision} installs the one implementation when its class is initialized; the
 * methods are protected, so only this package calls them.
 */
public abstract class DecisionAccess {
  private static volatile DecisionAccess instance;

  /** For {@link Decision}'s implementation only. */
  protected DecisionAccess() {}

  /**
   * Installs the implementation. {@link Decision}'s class initializer calls it once.
   *
   * @param access the implementation
   * @throws IllegalArgumentException if {@code access} is not {@link Decision}'s own
   * @throws IllegalStateException if one is installed already
   */
  public static synchronized void install(DecisionAccess access) {
    if (access.getClass().getEnclosingClass() != Decision.class) {
      throw new IllegalArgumentException("only Decision installs its DecisionAccess");
    }
    if (instance != null) {
      throw new IllegalStateException("DecisionAccess is installed already");
    }
    instance = access;
  }

  private static DecisionAccess get() {
    DecisionAccess a = instance;
    if (a == null) {
      // Initializing Decision installs it (and waits for another thread that is doing so).
      Decision.builder();
      a = instance;
    }
    return a;
  }

  /**
   * Makes a decision that keeps what it is given: {@code values} is frozen, the source ids' list
   * must be immutable and {@code explanation} a String, a String[] of parts or an Object[] template
   * (Strings and {@link SourcePart}s), which nobody changes after.
   *
   * @param kind the kind
   * @param reason the reason
   * @param ids the school, classroom, target and related ids, each may be null, and the source ids
   * @param values the values, or null for none
   * @param explanation the explanation or its parts
   * @return the decision
   * @throws IllegalStateException if {@code explanation} or one of its parts is null, or a {@link
   *     SourcePart} names a source id the decision lacks
   */
  protected abstract Decision create(
      DecisionKind kind, ReasonCode reason, Ids ids, SortedValues values, Object explanation);

  /**
   * Returns the code under which a decision keeps a target or related id that is the provisional id
   * of a person ({@code StateIndex.newId(kind, source)}) whose source id is the decision's first or
   * last, so that the decision makes the id again when read instead of keeping it.
   *
   * @param kind the person kind, as {@code StateIndex.newId} takes it
   * @param first whether the person's source id is the decision's first (else its last)
   * @return the code, never 0
   * @throws IllegalArgumentException if {@code kind} is not a kind of person
   */
  protected abstract int code(String kind, boolean first);

  /**
   * Returns a decision's explanation as it keeps it.
   *
   * @param d the decision
   * @return a String, a String[] of parts, or an Object[] template of Strings and {@link
   *     SourcePart}s
   */
  protected abstract Object explanationOf(Decision d);

  /**
   * Returns the source id a template's part stands for in a decision.
   *
   * @param d the decision
   * @param part which source id
   * @return the first or last source id
   */
  protected abstract String sourceOf(Decision d, SourcePart part);

  /**
   * Returns a decision's school id.
   *
   * @param d the decision
   * @return its school id, or null
   */
  protected abstract String schoolIdOf(Decision d);

  /**
   * Returns a decision's classroom id.
   *
   * @param d the decision
   * @return its classroom id, or null
   */
  protected abstract String classroomIdOf(Decision d);

  /**
   * Returns a decision's target id.
   *
   * @param d the decision
   * @return its target id, or null
   */
  protected abstract String targetIdOf(Decision d);

  /**
   * Returns a decision's related id.
   *
   * @param d the decision
   * @return its related id, or null
   */
  protected abstract String relatedIdOf(Decision d);

  /**
   * Returns a decision's target or related id as it keeps it.
   *
   * @param d the decision
   * @param target the target id if true, else the related id
   * @return the id, null if there is none, or the {@code Object[]} template of a provisional id it
   *     makes again when read (a String, then a {@link SourcePart})
   */
  protected abstract Object idPartsOf(Decision d, boolean target);

  /**
   * Returns the names of a decision's values, sorted; the array is the decision's own.
   *
   * @param d the decision
   * @return the names; callers must not change the array
   */
  protected abstract String[] valueNamesOf(Decision d);

  /**
   * Returns a decision's values, at the positions of their names; the array is the decision's own.
   *
   * @param d the decision
   * @return the values; callers must not change the array
   */
  protected abstract String[] valueDataOf(Decision d);

  /**
   * Returns how many source ids a decision has.
   *
   * @param d the decision
   * @return the count
   */
  protected abstract int sourceCountOf(Decision d);

  /**
   * Returns one of a decision's source ids.
   *
   * @param d the decision
   * @param i the position, below {@link #sourceCountOf}
   * @return the source id
   */
  protected abstract String sourceIdOf(Decision d, int i);

  /**
   * In an explanation template that many decisions share (an {@code Object[]} of Strings and
   * these), stands for the decision's first or last source id.
   */
  public enum SourcePart {
    /** The decision's first source id. */
    FIRST,
    /** The decision's last source id. */
    LAST
  }

  /**
   * The four ids that place a decision, any of them null, and its source ids; the draft that is
   * being filled in. Read by {@link #create} and not kept.
   */
  public interface Ids {
    /**
     * Returns the school id.
     *
     * @return the school id, or null
     */
    String schoolId();

    /**
     * Returns the classroom id.
     *
     * @return the classroom id, or null
     */
    String classroomId();

    /**
     * Returns the target id.
     *
     * @return the target id, or null
     */
    String targetId();

    /**
     * Returns the related id.
     *
     * @return the related id, or null
     */
    String relatedId();

    /**
     * Returns how the target id is made again from a source id, when the draft names it that way.
     *
     * @return 0 if {@link #targetId} holds the target id (or there is none), else a code from
     *     {@link DecisionAccess#provisionalCode}
     */
    int targetCode();

    /**
     * Returns how the related id is made again from a source id, like {@link #targetCode}.
     *
     * @return 0 if {@link #relatedId} holds the related id (or there is none), else a code
     */
    int relatedCode();

    /**
     * Returns the first source id when there are one or two.
     *
     * @return the first source id, or null if there are none or more than two
     */
    String source0();

    /**
     * Returns the second source id when there are two.
     *
     * @return the second source id, or null if there are fewer or more than two
     */
    String source1();

    /**
     * Returns all the source ids when there are three or more.
     *
     * @return an immutable list of them, or null if there are fewer than three
     */
    List<String> sourceList();
  }

  /**
   * Returns the code of a provisional id (see {@link #code}).
   *
   * @param kind the person kind
   * @param first whether the person's source id is the decision's first (else its last)
   * @return the code
   */
  static int provisionalCode(String kind, boolean first) {
    return get().code(kind, first);
  }

  static Decision decision(
      DecisionKind kind, ReasonCode reason, Ids ids, SortedValues values, Object explanation) {
    return get().create(kind, reason, ids, values, explanation);
  }

  /** Writes a decision's explanation part by part, as {@link Decision#explanation()} reads. */
  static void writeExplanation(Decision d, Writer out) throws IOException {
    writeParts(d, explanationParts(d), out);
  }

  /** Returns a decision's explanation as it keeps it, for {@link #writeParts}. */
  static Object explanationParts(Decision d) {
    return get().explanationOf(d);
  }

  /** Returns a decision's target id as it keeps it, for {@link #writeParts}; null if none. */
  static Object targetParts(Decision d) {
    return get().idPartsOf(d, true);
  }

  /** Returns a decision's related id as it keeps it, for {@link #writeParts}; null if none. */
  static Object relatedParts(Decision d) {
    return get().idPartsOf(d, false);
  }

  /**
   * Writes text a decision keeps in parts (its explanation, or a provisional id) without joining
   * them: a String as it is, or each of an array's Strings and {@link SourcePart}s in turn.
   */
  static void writeParts(Decision d, Object parts, Writer out) throws IOException {
    if (parts instanceof String) {
      out.write((String) parts);
      return;
    }
    for (Object part : (Object[]) parts) {
      out.write(part instanceof String ? (String) part : get().sourceOf(d, (SourcePart) part));
    }
  }

  /** Returns a decision's value names, sorted, without a view over them; not to be changed. */
  static String[] valueNames(Decision d) {
    return get().valueNamesOf(d);
  }

  /** Returns a decision's values, at their names' positions; not to be changed. */
  static String[] valueData(Decision d) {
    return get().valueDataOf(d);
  }

  /** Returns how many source ids a decision has. */
  static int sourceCount(Decision d) {
    return get().sourceCountOf(d);
  }

  /** Returns a decision's source id at a position below {@link #sourceCount}. */
  static String sourceId(Decision d, int i) {
    return get().sourceIdOf(d, i);
  }

  static String school(Decision d) {
    return get().schoolIdOf(d);
  }

  static String classroom(Decision d) {
    return get().classroomIdOf(d);
  }

  static String target(Decision d) {
    return get().targetIdOf(d);
  }

  static String related(Decision d) {
    return get().relatedIdOf(d);
  }
}
