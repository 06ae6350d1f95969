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
 * The circuit breakers. Destructive decisions are held, in this order of precedence: all of them when the
 * feed is empty; a school's when one of its source schools is not in the roster or it has no or nearly no
 * sections; then, per destructive kind, all of that kind when their count exceeds the deletion threshold.
 * Creates and updates always go through.
 */
final class SafetyGate {
  private final Context cx;
  private final boolean emptyFeed;
  private final Map<String, HoldReason> schoolHolds = new LinkedHashMap<>();
  private final Map<String, List<String>> holdSources = new HashMap<>();
  private final Map<String, String> holdWhy = new HashMap<>();
  private Map<String, String> movedTo = Map.of();

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
    List<Hold> holds = new ArrayList<>();
    int emptyHeld = 0;
    Map<String, Integer> heldBySchool = new HashMap<>();
    for (Draft d : drafts) {
      if (!d.kind.isDestructive()) {
        continue;
      }
      if (emptyFeed) {
        d.heldBy = HoldReason.EMPTY_FEED;
        emptyHeld++;
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
          .explanation("Holding " + n + " destructive change" + (n == 1 ? "" : "s") + " for "
              + cx.state.schoolLabel(e.getKey()) + ": " + holdWhy.get(e.getKey()) + ".")
          .build());
    }
    threshold(drafts, holds);
    return holds;
  }

  private String heldSchool(Draft d) {
    if (d.schoolId != null && schoolHolds.containsKey(d.schoolId)) {
      return d.schoolId;
    }
    if (d.kind == DecisionKind.UNLINK_CONTACT && !schoolHolds.isEmpty()) {
      // An unlink belongs to no school, but a school's bad feed must not cost its students their guardians.
      for (String s : cx.state.schoolsOfStudent(d.relatedId, movedTo)) {
        if (schoolHolds.containsKey(s)) {
          return s;
        }
      }
    }
    return null;
  }

  private void threshold(List<Draft> drafts, List<Hold> holds) {
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
      if (!k.isDestructive()) {
        continue;
      }
      long n = count[k.ordinal()];
      long total = cx.sink.synced(k) + added[k.ordinal()];
      if (!t.exceeded(n, total)) {
        continue;
      }
      for (Draft d : drafts) {
        if (d.kind == k && d.heldBy == null) {
          d.heldBy = HoldReason.DELETION_THRESHOLD;
        }
      }
      holds.add(Hold.builder().reason(HoldReason.DELETION_THRESHOLD).kind(k).heldCount((int) n)
          .explanation(n + " " + noun(k, n) + (n == 1 ? " exceeds" : " exceed")
              + " the deletion threshold (more than " + t.floor()
              + " and more than " + t.percent() + "% of " + total + " synced " + records(k)
              + "); they are not applied.")
          .build());
    }
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
