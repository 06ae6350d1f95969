package com.classtag.sync.internal;

import static com.classtag.sync.internal.DecisionAccess.classroom;
import static com.classtag.sync.internal.DecisionAccess.related;
import static com.classtag.sync.internal.DecisionAccess.school;
import static com.classtag.sync.internal.DecisionAccess.target;

import com.classtag.sync.plan.Decision;
import com.classtag.sync.plan.DecisionKind;
import com.classtag.sync.plan.Hold;
import com.classtag.sync.plan.HoldReason;
import com.classtag.sync.plan.ReasonCode;
import com.classtag.sync.settings.DeletionThreshold;
import com.classtag.sync.state.Actor;
import com.classtag.sync.state.Classroom;
import com.classtag.sync.state.ContactAccount;
import com.classtag.sync.state.ContactLink;
import com.classtag.sync.state.StudentMembership;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The deletion threshold, over the district and then per app school. Both count the destructive
 * decisions of a kind that no other hold holds, against the synced records of that kind as they
 * will be once the plan's other changes land (creates, grants, links, moves, and for memberships
 * the archives): that is the state the next plan starts from, so a held decision is judged the same
 * way again after the plan is applied and stays held until a person acts. A kind that trips the
 * district rule is held everywhere; otherwise it is held in each school whose own count trips the
 * rule against that school's records. Kinds are weighed in {@link DecisionKind} order, so archives
 * and student removals are final when memberships and unlinks are.
 *
 * <p>A quiet night pays nothing: a kind at or under the floor over the district is not looked at
 * per school, and the per-school reading of unlinks touches the contact links only for schools over
 * the floor.
 */
final class ThresholdRule {
  private final Context cx;
  private final List<Decision> decisions;
  private final HoldMarks marks;
  private final Map<String, String> movedTo;
  private final Map<String, Integer> activeAfter;
  private final DeletionThreshold t;

  ThresholdRule(Context cx, List<Decision> decisions, HoldMarks marks, ClassroomPass classrooms) {
    this.cx = cx;
    this.decisions = decisions;
    this.marks = marks;
    this.movedTo = classrooms.movedTo;
    this.activeAfter = classrooms.activeAfter;
    this.t = cx.settings.deletionThreshold();
  }

  /**
   * Returns whether the plan has more decisions of a destructive kind than the floor, held or not.
   */
  private boolean anyOverFloor() {
    for (DecisionKind k : DecisionKind.values()) {
      if (k.isDestructive() && cx.sink.decided(k) > t.floor()) {
        return true;
      }
    }
    return false;
  }

  /** Marks the decisions the threshold holds and adds its holds. */
  void apply(List<Hold> holds) {
    if (!anyOverFloor()) {
      // A first sync destroys nothing: its millions of decisions need not be read.
      return;
    }
    int kinds = DecisionKind.values().length;
    long[] count = new long[kinds];
    long[] added = new long[kinds];
    for (int i = 0; i < decisions.size(); i++) {
      Decision d = decisions.get(i);
      if (d.kind().isDestructive() && !marks.isHeld(i)) {
        count[d.kind().ordinal()]++;
      }
      DecisionKind grows = grows(d);
      if (grows != null) {
        added[grows.ordinal()]++;
      }
    }
    for (DecisionKind k : DecisionKind.values()) {
      long n = count[k.ordinal()];
      if (!k.isDestructive() || n <= t.floor()) {
        // Under the floor over the district, no school can be over it.
        continue;
      }
      Map<String, Long> archived = archivedMembers(k);
      long total = cx.sink.synced(k) + added[k.ordinal()] - sum(archived);
      if (t.exceeded(n, total)) {
        for (int i = 0; i < decisions.size(); i++) {
          Decision d = decisions.get(i);
          if (d.kind() == k && !marks.isHeld(i)) {
            marks.hold(i, HoldReason.DELETION_THRESHOLD);
          }
        }
        holds.add(
            Hold.builder()
                .reason(HoldReason.DELETION_THRESHOLD)
                .kind(k)
                .heldCount((int) n)
                .explanation(
                    n
                        + " "
                        + noun(k, n)
                        + (n == 1 ? " exceeds" : " exceed")
                        + " the district's deletion threshold (more than "
                        + t.floor()
                        + " and more than "
                        + t.percent()
                        + "% of the district's "
                        + total
                        + " synced "
                        + records(k)
                        + "); they are not"
                        + " applied.")
                .build());
      } else if (k == DecisionKind.UNLINK_CONTACT) {
        unlinksPerSchool(holds);
      } else if (k != DecisionKind.REMOVE_DISTRICT_ACCESS) {
        perSchool(k, archived, holds);
      }
    }
  }

  /**
   * The per-school rule for a kind whose decisions are filed under the school their records are in.
   */
  private void perSchool(DecisionKind k, Map<String, Long> archived, List<Hold> holds) {
    Map<String, Long> count = new HashMap<>();
    for (int i = 0; i < decisions.size(); i++) {
      Decision d = decisions.get(i);
      if (d.kind() == k && !marks.isHeld(i) && school(d) != null) {
        count.merge(school(d), 1L, Long::sum);
      }
    }
    Map<String, Long> base = new HashMap<>();
    if (k == DecisionKind.ARCHIVE_CLASSROOM) {
      // The classroom pass counts active classrooms after creates, unarchives and moves already.
      activeAfter.forEach((school, n) -> base.put(school, (long) n));
    } else {
      base.putAll(cx.sink.syncedBySchool(k));
      archived.forEach((school, n) -> base.merge(school, -n, Long::sum));
      for (Decision d : decisions) {
        if (grows(d) == k && school(d) != null) {
          base.merge(school(d), 1L, Long::sum);
        }
      }
    }
    hold(k, count, base, d -> school(d) == null ? List.of() : List.of(school(d)), holds);
  }

  /**
   * The per-school rule for unlinks: an unlink counts in every school where its student has a
   * classroom once the plan's moves, additions and (applied) removals land, and so does a link in
   * the base.
   */
  private void unlinksPerSchool(List<Hold> holds) {
    Set<String> students = new HashSet<>();
    for (int i = 0; i < decisions.size(); i++) {
      Decision d = decisions.get(i);
      if (d.kind() == DecisionKind.UNLINK_CONTACT && !marks.isHeld(i)) {
        students.add(related(d));
      }
    }
    Map<String, List<String>> schoolsOf = schoolsAfter(students);
    Map<String, Long> count = new HashMap<>();
    for (int i = 0; i < decisions.size(); i++) {
      Decision d = decisions.get(i);
      if (d.kind() == DecisionKind.UNLINK_CONTACT && !marks.isHeld(i)) {
        for (String school : schoolsOf.getOrDefault(related(d), List.of())) {
          count.merge(school, 1L, Long::sum);
        }
      }
    }
    count.values().removeIf(n -> n <= t.floor());
    if (count.isEmpty()) {
      return;
    }
    // Only the schools over the floor need a base: the links of the students with a classroom
    // there. Up to 64 schools are weighed in one sweep, each a bit of a student's mask.
    List<String> candidates = new ArrayList<>(count.keySet());
    Map<String, Long> base = new HashMap<>();
    for (int from = 0; from < candidates.size(); from += Long.SIZE) {
      linkBase(candidates.subList(from, Math.min(candidates.size(), from + Long.SIZE)), base);
    }
    hold(
        DecisionKind.UNLINK_CONTACT,
        count,
        base,
        d -> schoolsOf.getOrDefault(related(d), List.of()),
        holds);
  }

  /** What schools a decision counts in. */
  private interface Schools {
    List<String> of(Decision d);
  }

  /**
   * Holds the kind's decisions in every school whose count exceeds the threshold against its base.
   */
  private void hold(
      DecisionKind k,
      Map<String, Long> count,
      Map<String, Long> base,
      Schools schools,
      List<Hold> holds) {
    Set<String> tripped = new TreeSet<>();
    for (Map.Entry<String, Long> e : count.entrySet()) {
      if (t.exceeded(e.getValue(), base.getOrDefault(e.getKey(), 0L))) {
        tripped.add(e.getKey());
      }
    }
    if (tripped.isEmpty()) {
      return;
    }
    Map<String, Integer> held = new HashMap<>();
    for (int i = 0; i < decisions.size(); i++) {
      Decision d = decisions.get(i);
      if (d.kind() == k && !marks.isHeld(i)) {
        for (String school : schools.of(d)) {
          if (tripped.contains(school)) {
            marks.hold(i, HoldReason.SCHOOL_DELETION_THRESHOLD);
            held.merge(school, 1, Integer::sum);
            break;
          }
        }
      }
    }
    for (String school : tripped) {
      long n = count.get(school);
      holds.add(
          Hold.builder()
              .reason(HoldReason.SCHOOL_DELETION_THRESHOLD)
              .kind(k)
              .schoolId(school)
              .heldCount(held.getOrDefault(school, 0))
              .explanation(
                  n
                      + " "
                      + noun(k, n)
                      + " in "
                      + cx.state.schoolLabel(school)
                      + (n == 1 ? " exceeds" : " exceed")
                      + " the school's deletion threshold (more than "
                      + t.floor()
                      + " and more than "
                      + t.percent()
                      + "% of the school's "
                      + base.getOrDefault(school, 0L)
                      + " synced "
                      + records(k)
                      + "); they are not applied.")
              .build());
    }
  }

  /**
   * Puts into {@code base}, for each of at most 64 schools, the synced contact links (as the plan
   * leaves them) of the students with a classroom there once the plan's moves, additions and
   * applied removals land: a link counts once in each such school of its student.
   */
  private void linkBase(List<String> schools, Map<String, Long> base) {
    StudentMasks in = studentsIn(schools);
    for (ContactAccount a : cx.state.state.contacts()) {
      for (ContactLink l : a.links()) {
        if (l.addedBy() == Actor.SYNC) {
          in.countLink(l.studentId());
        }
      }
    }
    for (Decision d : decisions) {
      if (grows(d) == DecisionKind.UNLINK_CONTACT) {
        in.countLink(related(d));
      }
    }
    long[] links = in.links(schools.size());
    for (int i = 0; i < links.length; i++) {
      base.put(schools.get(i), links[i]);
    }
  }

  /**
   * Returns the students with a classroom in one of the given schools (at most 64) once the plan's
   * moves, additions and applied removals land, each with a mask of those schools: bit {@code i}
   * stands for {@code schools.get(i)}. A district-wide unlink reads every membership and every
   * contact link, so both go through an {@link IdIndex} a batch at a time, with no object per
   * student.
   */
  private StudentMasks studentsIn(List<String> schools) {
    Map<String, Long> bitOf = new HashMap<>();
    for (int i = 0; i < schools.size(); i++) {
      bitOf.put(schools.get(i), 1L << i);
    }
    Map<String, Set<String>> removed = appliedRemovals();
    List<Classroom> classrooms = new ArrayList<>();
    List<Long> bits = new ArrayList<>();
    int memberships = 0;
    for (Classroom c : cx.state.state.classrooms()) {
      Long bit = bitOf.get(movedTo.getOrDefault(c.id(), c.schoolId()));
      if (bit != null) {
        classrooms.add(c);
        bits.add(bit);
        memberships += c.students().size();
      }
    }
    List<Decision> added = new ArrayList<>();
    for (Decision d : decisions) {
      if (d.kind() == DecisionKind.ADD_STUDENT
          && school(d) != null
          && bitOf.containsKey(school(d))) {
        added.add(d);
      }
    }
    StudentMasks out = new StudentMasks(memberships + added.size());
    for (int k = 0; k < classrooms.size(); k++) {
      Classroom c = classrooms.get(k);
      Set<String> gone = removed.getOrDefault(c.id(), Set.of());
      long bit = bits.get(k);
      for (StudentMembership m : c.students()) {
        if (!gone.contains(m.studentId())) {
          out.add(m.studentId(), bit);
        }
      }
    }
    for (Decision d : added) {
      out.add(target(d), bitOf.get(school(d)));
    }
    out.flush();
    return out;
  }

  /**
   * Students, each with a mask of schools (see {@link #studentsIn}), then the links counted per
   * school. Ids are added and looked up {@link IdIndex#BATCH} at a time.
   */
  private static final class StudentMasks {
    private final IdIndex students;
    private final long[] masks;
    private final String[] pending = new String[IdIndex.BATCH];
    private final long[] pendingBits = new long[IdIndex.BATCH];
    private final int[] positions = new int[IdIndex.BATCH];
    private int n;
    private final long[] links = new long[Long.SIZE];

    StudentMasks(int capacity) {
      students = new IdIndex(capacity);
      masks = new long[capacity];
    }

    /** Adds a school's bit to a student's mask; takes effect by the next {@link #flush}. */
    void add(String student, long bit) {
      pending[n] = student;
      pendingBits[n++] = bit;
      if (n == pending.length) {
        flush();
      }
    }

    /** Applies the bits added since the last flush; call once after the last {@link #add}. */
    void flush() {
      students.addAll(pending, n, positions);
      for (int i = 0; i < n; i++) {
        // A null id (none in a valid state) has no position and no mask.
        if (positions[i] >= 0) {
          masks[positions[i]] |= pendingBits[i];
        }
      }
      n = 0;
    }

    /** Counts a link of a student in each school of its mask, if it has one. */
    void countLink(String student) {
      pending[n++] = student;
      if (n == pending.length) {
        count();
      }
    }

    /** Returns the links counted, by school bit, for the first {@code schools} bits. */
    long[] links(int schools) {
      count();
      return Arrays.copyOf(links, schools);
    }

    private void count() {
      students.getAll(pending, n, positions);
      for (int i = 0; i < n; i++) {
        if (positions[i] >= 0) {
          for (long m = masks[positions[i]]; m != 0; m &= m - 1) {
            links[Long.numberOfTrailingZeros(m)]++;
          }
        }
      }
      n = 0;
    }
  }

  /** Returns the students each classroom loses to the plan's applied removals, by classroom id. */
  private Map<String, Set<String>> appliedRemovals() {
    Map<String, Set<String>> removed = new HashMap<>();
    for (int i = 0; i < decisions.size(); i++) {
      Decision d = decisions.get(i);
      if (d.kind() == DecisionKind.REMOVE_STUDENT && !marks.isHeld(i)) {
        removed.computeIfAbsent(classroom(d), id -> new HashSet<>()).add(target(d));
      }
    }
    return removed;
  }

  /**
   * Returns the app schools where each chosen student has a classroom once the plan's moves,
   * additions and applied removals land (archived and manual classrooms included: an archive keeps
   * its members).
   */
  private Map<String, List<String>> schoolsAfter(Set<String> chosen) {
    Map<String, Set<String>> removed = appliedRemovals();
    Map<String, List<String>> out = new HashMap<>();
    for (Classroom c : cx.state.state.classrooms()) {
      String school = movedTo.getOrDefault(c.id(), c.schoolId());
      Set<String> gone = removed.getOrDefault(c.id(), Set.of());
      for (StudentMembership m : c.students()) {
        String student = m.studentId();
        if (chosen.contains(student) && !gone.contains(student)) {
          add(out, student, school);
        }
      }
    }
    for (Decision d : decisions) {
      if (d.kind() == DecisionKind.ADD_STUDENT && school(d) != null && chosen.contains(target(d))) {
        add(out, target(d), school(d));
      }
    }
    return out;
  }

  private static void add(Map<String, List<String>> schoolsOf, String student, String school) {
    List<String> schools = schoolsOf.computeIfAbsent(student, k -> new ArrayList<>(1));
    if (!schools.contains(school)) {
      schools.add(school);
    }
  }

  /**
   * Returns, per app school, the distinct members of the kind a membership removal removes in the
   * classrooms this plan archives (applied): an applied archive takes them out of the next plan's
   * base, so they are not in this plan's either. Empty for other kinds.
   */
  private Map<String, Long> archivedMembers(DecisionKind k) {
    if (k != DecisionKind.REMOVE_TEACHER && k != DecisionKind.REMOVE_STUDENT) {
      return Map.of();
    }
    Set<String> archived = new HashSet<>();
    for (int i = 0; i < decisions.size(); i++) {
      Decision d = decisions.get(i);
      if (d.kind() == DecisionKind.ARCHIVE_CLASSROOM && !marks.isHeld(i)) {
        archived.add(classroom(d));
      }
    }
    Map<String, Long> out = new HashMap<>();
    if (archived.isEmpty()) {
      return out;
    }
    for (Classroom c : cx.state.syncedClassrooms) {
      if (archived.contains(c.id())) {
        long n =
            k == DecisionKind.REMOVE_TEACHER
                ? ClassroomPass.distinctTeachers(c)
                : ClassroomPass.distinctStudents(c);
        out.merge(c.schoolId(), n, Long::sum);
      }
    }
    return out;
  }

  private static long sum(Map<String, Long> counts) {
    long n = 0;
    for (long v : counts.values()) {
      n += v;
    }
    return n;
  }

  /** Returns the destructive kind whose synced records a decision adds to, if any. */
  private static DecisionKind grows(Decision d) {
    switch (d.kind()) {
      case CREATE_CLASSROOM:
      case UNARCHIVE_CLASSROOM:
        return DecisionKind.ARCHIVE_CLASSROOM;
      case ADD_TEACHER:
        return d.reason() == ReasonCode.IN_SECTION ? DecisionKind.REMOVE_TEACHER : null;
      case ADD_STUDENT:
        return DecisionKind.REMOVE_STUDENT;
      case ADD_SCHOOL_ACCESS:
        return d.reason() == ReasonCode.AT_SCHOOL ? DecisionKind.REMOVE_SCHOOL_ACCESS : null;
      case ADD_DISTRICT_ACCESS:
        return DecisionKind.REMOVE_DISTRICT_ACCESS;
      case LINK_CONTACT:
        return d.reason() == ReasonCode.GUARDIAN_OF_STUDENT ? DecisionKind.UNLINK_CONTACT : null;
      default:
        return null;
    }
  }

  private static String noun(DecisionKind k, long n) {
    String noun;
    switch (k) {
      case ARCHIVE_CLASSROOM:
        noun = "classroom archive";
        break;
      case REMOVE_TEACHER:
        noun = "teacher removal";
        break;
      case REMOVE_STUDENT:
        noun = "student removal";
        break;
      case REMOVE_SCHOOL_ACCESS:
        noun = "school access removal";
        break;
      case REMOVE_DISTRICT_ACCESS:
        noun = "district access removal";
        break;
      default:
        noun = "contact unlink";
    }
    return n == 1 ? noun : noun + "s";
  }

  private static String records(DecisionKind k) {
    switch (k) {
      case ARCHIVE_CLASSROOM:
        return "active classrooms";
      case REMOVE_TEACHER:
        return "teacher memberships";
      case REMOVE_STUDENT:
        return "student memberships";
      case REMOVE_SCHOOL_ACCESS:
        return "school accesses";
      case REMOVE_DISTRICT_ACCESS:
        return "district accesses";
      default:
        return "contact links";
    }
  }
}
