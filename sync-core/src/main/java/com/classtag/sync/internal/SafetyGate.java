package com.classtag.sync.internal;

import com.classtag.sync.plan.BaselineChange;
import com.classtag.sync.plan.DecisionKind;
import com.classtag.sync.plan.Field;
import com.classtag.sync.plan.Hold;
import com.classtag.sync.plan.HoldReason;
import com.classtag.sync.plan.ReasonCode;
import com.classtag.sync.plan.WarningCode;
import com.classtag.sync.settings.DeletionThreshold;
import com.classtag.sync.source.SourceSection;
import com.classtag.sync.state.AppSchool;
import com.classtag.sync.state.Actor;
import com.classtag.sync.state.Classroom;
import com.classtag.sync.state.ContactAccount;
import com.classtag.sync.state.ContactLink;
import com.classtag.sync.state.SectionRef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The circuit breakers. Destructive decisions are held, in this order of precedence: all of them when the
 * feed is empty; those touching a school (before or after the plan) when one of its source schools is not
 * in the roster or it has no or nearly no sections, together with the moves of its classrooms to other
 * schools; then, per destructive kind, all of that kind when their count exceeds the deletion threshold over
 * the district, else those of each school whose own count exceeds it. Other creates and updates always go
 * through.
 */
final class SafetyGate {
  private final Context cx;
  private final boolean emptyFeed;
  private final Map<String, HoldReason> schoolHolds = new LinkedHashMap<>();
  private final Map<String, List<String>> holdSources = new HashMap<>();
  private final Map<String, String> holdWhy = new HashMap<>();
  private Map<String, String> movedTo = Map.of();
  /** The synced classrooms of the state by id; built on first use. */
  private Map<String, Classroom> classrooms;
  /** Applied student removals, as classroom id and student id; built when unlinks are weighed. */
  private Set<String> removed;
  /** The plan's decisions, once {@link #apply} has them. */
  private List<Draft> drafts = List.of();
  /** The plan's additions of each student to classrooms; built on first use. */
  private Map<String, List<Draft>> addedTo;

  SafetyGate(Context cx, boolean emptyFeed) {
    this.cx = cx;
    this.emptyFeed = emptyFeed;
    for (AppSchool s : cx.state.schools.values()) {
      List<String> missing = new ArrayList<>();
      for (String src : s.sourceSchoolIds()) {
        if (!cx.roster.schools.containsKey(src) && !missing.contains(src)) {
          missing.add(src);
        }
      }
      if (!missing.isEmpty()) {
        cx.sink.warn(WarningCode.MAPPED_SCHOOL_MISSING, missing, "Source school(s) "
            + String.join(", ", missing) + " linked to " + cx.state.schoolLabel(s.id())
            + " are not in the roster.");
        hold(s.id(), HoldReason.SCHOOL_NOT_FOUND, missing, "source school(s) " + String.join(", ", missing)
            + " linked to it are not in the roster");
      }
    }
  }

  /**
   * Holds the destructive decisions of mapped schools with no or nearly no sections in the roster. A
   * school's active classrooms are counted as they will be once the plan's creates, unarchives and moves
   * land, so applying the plan never turns a held decision into an applied one on the next run.
   */
  private void nearEmptySchools(ClassroomPass classrooms) {
    Map<String, Integer> feedSections = new HashMap<>();
    for (SourceSection s : cx.roster.sections.values()) {
      String app = cx.state.appSchool(s.schoolId());
      if (app != null) {
        feedSections.merge(app, 1, Integer::sum);
      }
    }
    int percent = cx.settings.nearEmptySchoolPercent();
    int floor = cx.settings.deletionThreshold().floor();
    for (AppSchool s : cx.state.schools.values()) {
      if (s.sourceSchoolIds().isEmpty() || schoolHolds.containsKey(s.id())) {
        continue;
      }
      int active = classrooms.activeAfter.getOrDefault(s.id(), 0);
      int feed = feedSections.getOrDefault(s.id(), 0);
      if (active > 0 && feed == 0) {
        hold(s.id(), HoldReason.NEAR_EMPTY_SCHOOL, s.sourceSchoolIds(),
            "the roster has no sections for it but it has " + active + " active synced classrooms");
      } else if (percent > 0 && active > floor && (long) feed * 100 < (long) percent * active) {
        hold(s.id(), HoldReason.NEAR_EMPTY_SCHOOL, s.sourceSchoolIds(), "the roster has only " + feed
            + " sections for its " + active + " active synced classrooms (under " + percent + "%)");
      }
    }
  }

  private void hold(String school, HoldReason reason, List<String> sources, String why) {
    schoolHolds.put(school, reason);
    holdSources.put(school, sources);
    holdWhy.put(school, why);
  }

  /** Marks held decisions and returns the holds, in a stable order. */
  List<Hold> apply(List<Draft> drafts, ClassroomPass classrooms) {
    nearEmptySchools(classrooms);
    this.movedTo = classrooms.movedTo;
    this.drafts = drafts;
    List<Hold> holds = new ArrayList<>();
    int emptyHeld = 0;
    Map<String, Integer> heldBySchool = new HashMap<>();
    for (Draft d : drafts) {
      if (!d.kind.isDestructive() && !isMove(d)) {
        continue;
      }
      if (emptyFeed) {
        if (d.kind.isDestructive()) {
          d.heldBy = HoldReason.EMPTY_FEED;
          emptyHeld++;
        }
        continue;
      }
      String school = heldSchool(d);
      if (school != null) {
        d.heldBy = schoolHolds.get(school);
        heldBySchool.merge(school, 1, Integer::sum);
      }
    }
    if (emptyFeed) {
      holds.add(Hold.builder().reason(HoldReason.EMPTY_FEED).heldCount(emptyHeld)
          .explanation("The roster has no sections and no people: " + emptyHeld + " destructive change"
              + (emptyHeld == 1 ? " is" : "s are") + " held and the baseline is kept.")
          .build());
    }
    for (Map.Entry<String, HoldReason> e : schoolHolds.entrySet()) {
      int n = heldBySchool.getOrDefault(e.getKey(), 0);
      holds.add(Hold.builder().reason(e.getValue()).schoolId(e.getKey()).heldCount(n)
          .addAllSourceIds(holdSources.get(e.getKey()))
          .explanation("Holding " + n + " change" + (n == 1 ? "" : "s") + " for "
              + cx.state.schoolLabel(e.getKey()) + ": " + holdWhy.get(e.getKey()) + ".")
          .build());
    }
    threshold(drafts, holds, classrooms);
    return holds;
  }

  /**
   * Returns whether a decision moves an existing classroom to another school. A move out of a held school is
   * held with the school's destructive decisions: it takes the classroom out of the school, and once applied
   * the next plan would file the classroom's held removals under its new school and apply them.
   */
  private static boolean isMove(Draft d) {
    return d.kind == DecisionKind.UPDATE_CLASSROOM && d.values != null && d.values.containsKey(Field.SCHOOL_ID);
  }

  /**
   * Returns the held school a decision touches, or null. A decision touches the school its classroom (or a
   * removed access) is in before the plan and the school the plan files it under, so a classroom that leaves
   * a held school stays covered by the hold; an unlink touches every school its student has a classroom in,
   * before and after the plan's moves.
   */
  private String heldSchool(Draft d) {
    if (schoolHolds.isEmpty()) {
      return null;
    }
    if (d.schoolId != null && schoolHolds.containsKey(d.schoolId) && !isMove(d)) {
      return d.schoolId;
    }
    String before = schoolBefore(d.classroomId);
    if (before != null && schoolHolds.containsKey(before)) {
      return before;
    }
    if (d.kind == DecisionKind.UNLINK_CONTACT) {
      // An unlink belongs to no school, but a school's bad feed must not cost its students their guardians:
      // every classroom the student is in, or that the plan adds them to, counts, before and after moves.
      for (Classroom c : cx.state.classroomsOfStudent(d.relatedId)) {
        if (schoolHolds.containsKey(c.schoolId())) {
          return c.schoolId();
        }
        String after = movedTo.get(c.id());
        if (after != null && schoolHolds.containsKey(after)) {
          return after;
        }
      }
      for (Draft add : additions(d.relatedId)) {
        String from = schoolBefore(add.classroomId);
        if (from != null && schoolHolds.containsKey(from)) {
          return from;
        }
        if (schoolHolds.containsKey(add.schoolId)) {
          return add.schoolId;
        }
      }
    }
    return null;
  }

  /** Returns the app school a state classroom is in before the plan, or null for none or a new classroom. */
  private String schoolBefore(String classroomId) {
    Classroom c = classroomId == null ? null : classroom(classroomId);
    return c == null ? null : c.schoolId();
  }

  /**
   * The deletion threshold, over the district and then per app school. Both count the destructive decisions
   * of a kind that no other hold holds, against the synced records of that kind as they will be once the
   * plan's creates, grants, links and moves land (see {@link #grows}): that is the state the next plan
   * starts from, so a held decision is judged the same way again after the plan is applied and stays held
   * until a person acts. A kind that trips the district rule is held everywhere; otherwise it is held in
   * each school whose own count trips the rule against that school's records.
   */
  private void threshold(List<Draft> drafts, List<Hold> holds, ClassroomPass classrooms) {
    int kinds = DecisionKind.values().length;
    long[] count = new long[kinds];
    long[] added = new long[kinds];
    for (Draft d : drafts) {
      if (d.kind.isDestructive() && d.heldBy == null) {
        count[d.kind.ordinal()]++;
      }
      DecisionKind grows = grows(d);
      if (grows != null) {
        added[grows.ordinal()]++;
      }
    }
    DeletionThreshold t = cx.settings.deletionThreshold();
    for (DecisionKind k : DecisionKind.values()) {
      long n = count[k.ordinal()];
      if (!k.isDestructive() || n <= t.floor()) {
        // Under the floor over the district, no school can be over it.
        continue;
      }
      long total = isMembership(k) ? sum(memberships(k)) + added[k.ordinal()] - archivedMembers(k, null)
          : cx.sink.synced(k) + added[k.ordinal()];
      if (t.exceeded(n, total)) {
        for (Draft d : drafts) {
          if (d.kind == k && d.heldBy == null) {
            d.heldBy = HoldReason.DELETION_THRESHOLD;
          }
        }
        holds.add(Hold.builder().reason(HoldReason.DELETION_THRESHOLD).kind(k).heldCount((int) n)
            .explanation(n + " " + noun(k, n) + (n == 1 ? " exceeds" : " exceed")
                + " the district's deletion threshold (more than " + t.floor() + " and more than "
                + t.percent() + "% of the district's " + total + " synced " + records(k) + "); they are not"
                + " applied.")
            .build());
      } else if (k != DecisionKind.REMOVE_DISTRICT_ACCESS) {
        schoolThreshold(k, drafts, holds, classrooms);
      }
    }
  }

  /** Holds a destructive kind in each school whose count of it exceeds the threshold for that school. */
  private void schoolThreshold(DecisionKind k, List<Draft> drafts, List<Hold> holds, ClassroomPass classrooms) {
    Map<String, Long> count = new HashMap<>();
    for (Draft d : drafts) {
      if (d.kind == k && d.heldBy == null) {
        for (String school : schoolsOf(d)) {
          count.merge(school, 1L, Long::sum);
        }
      }
    }
    Map<String, Long> base = schoolBase(k, drafts, classrooms);
    DeletionThreshold t = cx.settings.deletionThreshold();
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
    for (Draft d : drafts) {
      if (d.kind == k && d.heldBy == null) {
        for (String school : schoolsOf(d)) {
          if (tripped.contains(school)) {
            d.heldBy = HoldReason.SCHOOL_DELETION_THRESHOLD;
            held.merge(school, 1, Integer::sum);
            break;
          }
        }
      }
    }
    for (String school : tripped) {
      long n = count.get(school);
      holds.add(Hold.builder().reason(HoldReason.SCHOOL_DELETION_THRESHOLD).kind(k).schoolId(school)
          .heldCount(held.getOrDefault(school, 0))
          .explanation(n + " " + noun(k, n) + " in " + cx.state.schoolLabel(school)
              + (n == 1 ? " exceeds" : " exceed") + " the school's deletion threshold (more than " + t.floor()
              + " and more than " + t.percent() + "% of the school's " + base.getOrDefault(school, 0L)
              + " synced " + records(k) + "); they are not applied.")
          .build());
    }
  }

  /**
   * Returns the app schools a destructive decision counts in: the school the plan files it under (where
   * its classroom or access is once the plan's moves land), or for an unlink every school where its student
   * has a classroom then.
   */
  private List<String> schoolsOf(Draft d) {
    if (d.kind == DecisionKind.UNLINK_CONTACT || d.kind == DecisionKind.LINK_CONTACT) {
      return schoolsOfStudentAfter(d.relatedId);
    }
    return d.schoolId == null ? List.of() : List.of(d.schoolId);
  }

  /** Returns, per app school, the records of a destructive kind once the plan's growing decisions land. */
  private Map<String, Long> schoolBase(DecisionKind k, List<Draft> drafts, ClassroomPass classrooms) {
    Map<String, Long> base = new HashMap<>();
    if (k == DecisionKind.ARCHIVE_CLASSROOM) {
      // The classroom pass counts active classrooms after creates, unarchives and moves already.
      classrooms.activeAfter.forEach((school, n) -> base.put(school, (long) n));
      return base;
    }
    if (k == DecisionKind.UNLINK_CONTACT) {
      for (ContactAccount a : cx.state.state.contacts()) {
        for (ContactLink l : a.links()) {
          if (l.addedBy() == Actor.SYNC) {
            for (String school : schoolsOfStudentAfter(l.studentId())) {
              base.merge(school, 1L, Long::sum);
            }
          }
        }
      }
    } else if (isMembership(k)) {
      base.putAll(memberships(k));
      for (Map.Entry<String, Long> e : base.entrySet()) {
        e.setValue(e.getValue() - archivedMembers(k, e.getKey()));
      }
    } else {
      base.putAll(cx.sink.syncedBySchool(k));
    }
    for (Draft d : drafts) {
      if (grows(d) == k) {
        for (String school : schoolsOf(d)) {
          base.merge(school, 1L, Long::sum);
        }
      }
    }
    return base;
  }

  /**
   * Returns the app schools where a student has a classroom once the plan's moves and additions land: the
   * schools of the classrooms the state has them in (a moved classroom in its new school) and of the
   * classrooms the plan adds them to.
   */
  private List<String> schoolsOfStudentAfter(String studentId) {
    if (removed == null) {
      // Unlinks are weighed after student removals, whose verdicts are final by then.
      removed = new HashSet<>();
      for (Draft d : drafts) {
        if (d.kind == DecisionKind.REMOVE_STUDENT && d.heldBy == null) {
          removed.add(d.classroomId + '\n' + d.targetId);
        }
      }
    }
    List<String> schools = new ArrayList<>(2);
    for (Classroom c : cx.state.classroomsOfStudent(studentId)) {
      if (removed.contains(c.id() + '\n' + studentId)) {
        continue;
      }
      String school = movedTo.getOrDefault(c.id(), c.schoolId());
      if (!schools.contains(school)) {
        schools.add(school);
      }
    }
    for (Draft add : additions(studentId)) {
      if (!schools.contains(add.schoolId)) {
        schools.add(add.schoolId);
      }
    }
    return schools;
  }

  /** Returns the plan's additions of a student to classrooms. */
  private List<Draft> additions(String studentId) {
    if (addedTo == null) {
      addedTo = new HashMap<>();
      for (Draft d : drafts) {
        if (d.kind == DecisionKind.ADD_STUDENT && d.schoolId != null) {
          addedTo.computeIfAbsent(d.targetId, id -> new ArrayList<>(1)).add(d);
        }
      }
    }
    return addedTo.getOrDefault(studentId, List.of());
  }

  private static boolean isMembership(DecisionKind k) {
    return k == DecisionKind.REMOVE_TEACHER || k == DecisionKind.REMOVE_STUDENT;
  }

  private static long sum(Map<String, Long> counts) {
    long n = 0;
    for (long v : counts.values()) {
      n += v;
    }
    return n;
  }

  /**
   * Returns, per app school, the distinct teachers or students of the synced classrooms active once the
   * plan's unarchives and moves land (each in the school it is then in). Read only when a kind's removals
   * pass the floor, so a quiet night never pays for it; distinct, because applying the plan merges a member
   * listed twice in a classroom it touches.
   */
  private Map<String, Long> memberships(DecisionKind k) {
    Set<String> unarchived = new HashSet<>();
    for (Draft d : drafts) {
      if (d.kind == DecisionKind.UNARCHIVE_CLASSROOM) {
        unarchived.add(d.classroomId);
      }
    }
    Map<String, Long> out = new HashMap<>();
    Set<String> members = new HashSet<>();
    for (Classroom c : cx.state.syncedClassrooms) {
      if (c.isArchived() && !unarchived.contains(c.id())) {
        continue;
      }
      members.clear();
      if (k == DecisionKind.REMOVE_TEACHER) {
        c.teachers().forEach(m -> members.add(m.staffId()));
      } else {
        c.students().forEach(m -> members.add(m.studentId()));
      }
      out.merge(movedTo.getOrDefault(c.id(), c.schoolId()), (long) members.size(), Long::sum);
    }
    return out;
  }

  /**
   * Returns the members (of the kind a membership removal removes) of the classrooms this plan archives, in
   * one app school or, for null, in all: an applied archive takes them out of the next plan's base, so they
   * are not in this plan's either. Archives are weighed first, so their verdicts are final here.
   */
  private long archivedMembers(DecisionKind k, String school) {
    if (!isMembership(k)) {
      return 0;
    }
    long n = 0;
    for (Draft d : drafts) {
      if (d.kind == DecisionKind.ARCHIVE_CLASSROOM && d.heldBy == null
          && (school == null || school.equals(d.schoolId))) {
        Classroom c = classroom(d.classroomId);
        n += k == DecisionKind.REMOVE_TEACHER ? c.teachers().stream().map(m -> m.staffId()).distinct().count()
            : c.students().stream().map(m -> m.studentId()).distinct().count();
      }
    }
    return n;
  }

  /** Returns a synced classroom of the state by id. */
  private Classroom classroom(String id) {
    if (classrooms == null) {
      classrooms = new HashMap<>();
      for (Classroom c : cx.state.syncedClassrooms) {
        classrooms.put(c.id(), c);
      }
    }
    return classrooms.get(id);
  }

  /** Returns the destructive kind whose synced records a decision adds to, if any. */
  private static DecisionKind grows(Draft d) {
    switch (d.kind) {
      case CREATE_CLASSROOM:
      case UNARCHIVE_CLASSROOM:
        return DecisionKind.ARCHIVE_CLASSROOM;
      case ADD_TEACHER:
        return d.reason == ReasonCode.IN_SECTION ? DecisionKind.REMOVE_TEACHER : null;
      case ADD_STUDENT:
        return DecisionKind.REMOVE_STUDENT;
      case ADD_SCHOOL_ACCESS:
        return d.reason == ReasonCode.AT_SCHOOL ? DecisionKind.REMOVE_SCHOOL_ACCESS : null;
      case ADD_DISTRICT_ACCESS:
        return DecisionKind.REMOVE_DISTRICT_ACCESS;
      case LINK_CONTACT:
        return d.reason == ReasonCode.GUARDIAN_OF_STUDENT ? DecisionKind.UNLINK_CONTACT : null;
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

  /**
   * Returns how the baseline moves: the roster's section ids join it; ids the roster dropped leave it,
   * except those a held decision refers to (so the held change is planned again) and those still linked
   * to a classroom that stays active (so a merged classroom that lost one section does not later warn
   * about an "unknown" section). An empty feed teaches the baseline nothing.
   */
  BaselineChange baselineChange(List<Draft> drafts) {
    if (emptyFeed) {
      return BaselineChange.none();
    }
    Set<String> baseline = cx.state.baseline;
    TreeSet<String> added = new TreeSet<>();
    for (String id : cx.roster.sections.keySet()) {
      if (!baseline.contains(id)) {
        added.add(id);
      }
    }
    // Only ids the roster dropped can leave; most nights there are none, and the classrooms go unread.
    Set<String> dropped = new HashSet<>();
    for (String id : baseline) {
      if (!cx.roster.sections.containsKey(id)) {
        dropped.add(id);
      }
    }
    if (dropped.isEmpty()) {
      return BaselineChange.builder().addAllAddedSectionIds(added).build();
    }
    Set<String> archivedNow = new HashSet<>();
    Set<String> unarchivedNow = new HashSet<>();
    Set<String> relinkedAway = new HashSet<>();
    for (Draft d : drafts) {
      if (d.heldBy != null) {
        for (String id : d.sourceIds()) {
          dropped.remove(id);
        }
      } else if (d.kind == DecisionKind.ARCHIVE_CLASSROOM) {
        archivedNow.add(d.classroomId);
      } else if (d.kind == DecisionKind.UNARCHIVE_CLASSROOM) {
        unarchivedNow.add(d.classroomId);
      } else if (d.kind == DecisionKind.UPDATE_CLASSROOM && d.reason == ReasonCode.REIDENTIFIED) {
        relinkedAway.add(d.values.get(Field.PREVIOUS_SECTION));
      }
    }
    for (Classroom c : cx.state.syncedClassrooms) {
      boolean activeAfter = c.isArchived() ? unarchivedNow.contains(c.id()) : !archivedNow.contains(c.id());
      if (activeAfter) {
        for (SectionRef ref : c.sections()) {
          if (!relinkedAway.contains(ref.id())) {
            dropped.remove(ref.id());
          }
        }
      }
    }
    return BaselineChange.builder().addAllAddedSectionIds(added).addAllRemovedSectionIds(new TreeSet<>(dropped))
        .build();
  }
}
