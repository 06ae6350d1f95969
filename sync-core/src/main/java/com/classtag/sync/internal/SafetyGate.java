package com.classtag.sync.internal;

import static com.classtag.sync.internal.DecisionAccess.classroom;
import static com.classtag.sync.internal.DecisionAccess.related;
import static com.classtag.sync.internal.DecisionAccess.school;
import static com.classtag.sync.internal.DecisionAccess.target;

import com.classtag.sync.plan.BaselineChange;
import com.classtag.sync.plan.Decision;
import com.classtag.sync.plan.DecisionKind;
import com.classtag.sync.plan.Field;
import com.classtag.sync.plan.Hold;
import com.classtag.sync.plan.HoldReason;
import com.classtag.sync.plan.ReasonCode;
import com.classtag.sync.plan.WarningCode;
import com.classtag.sync.source.SourceSection;
import com.classtag.sync.state.AppSchool;
import com.classtag.sync.state.Classroom;
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
 * The circuit breakers. Destructive decisions are held, in this order of precedence: all of them
 * when the feed is empty; those touching a school (before or after the plan) when one of its source
 * schools is not in the roster or it has no or nearly no sections, together with the moves of its
 * classrooms to other schools; then, per destructive kind, all of that kind when their count
 * exceeds the deletion threshold over the district, else those of each school whose own count
 * exceeds it. Other creates and updates always go through.
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

  /** The plan's decisions, once {@link #apply} has them. */
  private List<Decision> decisions = List.of();

  /** The plan's additions of each student to classrooms; built on first use. */
  private Map<String, List<Decision>> addedTo;

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
        cx.sink.warn(
            WarningCode.MAPPED_SCHOOL_MISSING,
            missing,
            "Source school(s) "
                + String.join(", ", missing)
                + " linked to "
                + cx.state.schoolLabel(s.id())
                + " are not in the roster.");
        hold(
            s.id(),
            HoldReason.SCHOOL_NOT_FOUND,
            missing,
            "source school(s) "
                + String.join(", ", missing)
                + " linked to it are not in the roster");
      }
    }
  }

  /**
   * Holds the destructive decisions of mapped schools with no or nearly no sections in the roster.
   * A school's active classrooms are counted as they will be once the plan's creates, unarchives
   * and moves land, so applying the plan never turns a held decision into an applied one on the
   * next run.
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
        hold(
            s.id(),
            HoldReason.NEAR_EMPTY_SCHOOL,
            s.sourceSchoolIds(),
            "the roster has no sections for it but it has " + active + " active synced classrooms");
      } else if (percent > 0 && active > floor && (long) feed * 100 < (long) percent * active) {
        hold(
            s.id(),
            HoldReason.NEAR_EMPTY_SCHOOL,
            s.sourceSchoolIds(),
            "the roster has only "
                + feed
                + " sections for its "
                + active
                + " active synced classrooms (under "
                + percent
                + "%)");
      }
    }
  }

  private void hold(String school, HoldReason reason, List<String> sources, String why) {
    schoolHolds.put(school, reason);
    holdSources.put(school, sources);
    holdWhy.put(school, why);
  }

  /** Replaces the held decisions with held ones and returns the holds, in a stable order. */
  List<Hold> apply(List<Decision> decisions, ClassroomPass classrooms) {
    nearEmptySchools(classrooms);
    this.movedTo = classrooms.movedTo;
    this.decisions = decisions;
    HoldMarks marks = new HoldMarks(decisions.size());
    List<Hold> holds = new ArrayList<>();
    int emptyHeld = 0;
    Map<String, Integer> heldBySchool = new HashMap<>();
    // A first sync destroys and moves nothing: its millions of decisions need not be read.
    int candidates = cx.sink.decided(DecisionKind.UPDATE_CLASSROOM);
    for (DecisionKind k : DecisionKind.values()) {
      candidates += k.isDestructive() ? cx.sink.decided(k) : 0;
    }
    for (int i = 0; candidates > 0 && i < decisions.size(); i++) {
      Decision d = decisions.get(i);
      if (!d.kind().isDestructive() && !isMove(d)) {
        continue;
      }
      if (emptyFeed) {
        if (d.kind().isDestructive()) {
          marks.hold(i, HoldReason.EMPTY_FEED);
          emptyHeld++;
        }
        continue;
      }
      String school = heldSchool(d);
      if (school != null) {
        marks.hold(i, schoolHolds.get(school));
        heldBySchool.merge(school, 1, Integer::sum);
      }
    }
    if (emptyFeed) {
      holds.add(
          Hold.builder()
              .reason(HoldReason.EMPTY_FEED)
              .heldCount(emptyHeld)
              .explanation(
                  "The roster has no sections and no people: "
                      + emptyHeld
                      + " destructive change"
                      + (emptyHeld == 1 ? " is" : "s are")
                      + " held and the baseline is kept.")
              .build());
    }
    for (Map.Entry<String, HoldReason> e : schoolHolds.entrySet()) {
      int n = heldBySchool.getOrDefault(e.getKey(), 0);
      holds.add(
          Hold.builder()
              .reason(e.getValue())
              .schoolId(e.getKey())
              .heldCount(n)
              .addAllSourceIds(holdSources.get(e.getKey()))
              .explanation(
                  "Holding "
                      + n
                      + " change"
                      + (n == 1 ? "" : "s")
                      + " for "
                      + cx.state.schoolLabel(e.getKey())
                      + ": "
                      + holdWhy.get(e.getKey())
                      + ".")
              .build());
    }
    new ThresholdRule(cx, decisions, marks, classrooms).apply(holds);
    marks.applyTo(decisions);
    return holds;
  }

  /**
   * Returns whether a decision moves an existing classroom to another school. A move out of a held
   * school is held with the school's destructive decisions: it takes the classroom out of the
   * school, and once applied the next plan would file the classroom's held removals under its new
   * school and apply them.
   */
  private static boolean isMove(Decision d) {
    return d.kind() == DecisionKind.UPDATE_CLASSROOM
        && d.values().containsKey(Field.SCHOOL_ID.jsonName());
  }

  /**
   * Returns the held school a decision touches, or null. A decision touches the school its
   * classroom (or a removed access) is in before the plan and the school the plan files it under,
   * so a classroom that leaves a held school stays covered by the hold; an unlink touches every
   * school its student has a classroom in, before and after the plan's moves.
   */
  private String heldSchool(Decision d) {
    if (schoolHolds.isEmpty()) {
      return null;
    }
    if (school(d) != null && schoolHolds.containsKey(school(d)) && !isMove(d)) {
      return school(d);
    }
    String before = schoolBefore(classroom(d));
    if (before != null && schoolHolds.containsKey(before)) {
      return before;
    }
    if (d.kind() == DecisionKind.UNLINK_CONTACT) {
      // An unlink belongs to no school, but a school's bad feed must not cost its students their
      // guardians: every classroom the student is in, or that the plan adds them to, counts, before
      // and after moves.
      for (Classroom c : cx.state.classroomsOfStudent(related(d))) {
        if (schoolHolds.containsKey(c.schoolId())) {
          return c.schoolId();
        }
        String after = movedTo.get(c.id());
        if (after != null && schoolHolds.containsKey(after)) {
          return after;
        }
      }
      for (Decision add : additions(related(d))) {
        String from = schoolBefore(classroom(add));
        if (from != null && schoolHolds.containsKey(from)) {
          return from;
        }
        if (schoolHolds.containsKey(school(add))) {
          return school(add);
        }
      }
    }
    return null;
  }

  /** Returns the plan's additions of a student to classrooms. */
  private List<Decision> additions(String studentId) {
    if (addedTo == null) {
      addedTo = new HashMap<>();
      for (Decision d : decisions) {
        if (d.kind() == DecisionKind.ADD_STUDENT && school(d) != null) {
          addedTo.computeIfAbsent(target(d), id -> new ArrayList<>(1)).add(d);
        }
      }
    }
    return addedTo.getOrDefault(studentId, List.of());
  }

  /**
   * Returns the app school a state classroom is in before the plan, or null for none or a new
   * classroom.
   */
  private String schoolBefore(String classroomId) {
    if (classroomId == null) {
      return null;
    }
    if (classrooms == null) {
      classrooms = new HashMap<>();
      for (Classroom c : cx.state.syncedClassrooms) {
        classrooms.put(c.id(), c);
      }
    }
    Classroom c = classrooms.get(classroomId);
    return c == null ? null : c.schoolId();
  }

  /**
   * Returns how the baseline moves: the roster's section ids join it; ids the roster dropped leave
   * it, except those a held decision refers to (so the held change is planned again) and those
   * still linked to a classroom that stays active (so a merged classroom that lost one section does
   * not later warn about an "unknown" section). An empty feed teaches the baseline nothing.
   */
  BaselineChange baselineChange(List<Decision> decisions) {
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
    // Only ids the roster dropped can leave; most nights there are none, and the classrooms go
    // unread.
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
    for (Decision d : decisions) {
      if (d.isHeld()) {
        for (String id : d.sourceIds()) {
          dropped.remove(id);
        }
      } else if (d.kind() == DecisionKind.ARCHIVE_CLASSROOM) {
        archivedNow.add(classroom(d));
      } else if (d.kind() == DecisionKind.UNARCHIVE_CLASSROOM) {
        unarchivedNow.add(classroom(d));
      } else if (d.kind() == DecisionKind.UPDATE_CLASSROOM
          && d.reason() == ReasonCode.REIDENTIFIED) {
        relinkedAway.add(d.values().get(Field.PREVIOUS_SECTION.jsonName()));
      }
    }
    for (Classroom c : cx.state.syncedClassrooms) {
      boolean activeAfter =
          c.isArchived() ? unarchivedNow.contains(c.id()) : !archivedNow.contains(c.id());
      if (activeAfter) {
        for (SectionRef ref : c.sections()) {
          if (!relinkedAway.contains(ref.id())) {
            dropped.remove(ref.id());
          }
        }
      }
    }
    return BaselineChange.builder()
        .addAllAddedSectionIds(added)
        .addAllRemovedSectionIds(new TreeSet<>(dropped))
        .build();
  }
}
