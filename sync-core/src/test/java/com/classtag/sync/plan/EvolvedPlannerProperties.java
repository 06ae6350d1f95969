package com.classtag.sync.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.classtag.sync.plan.Worlds.World;
import com.classtag.sync.settings.DeletionThreshold;
import com.classtag.sync.state.Actor;
import com.classtag.sync.state.AppSchool;
import com.classtag.sync.state.AppState;
import com.classtag.sync.state.Classroom;
import com.classtag.sync.state.ContactAccount;
import com.classtag.sync.state.ContactLink;
import com.classtag.sync.state.SchoolAccess;
import com.classtag.sync.state.StaffAccount;
import com.classtag.sync.state.StudentMembership;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Planner invariants on realistic states ({@link Evolutions}): synced for several nights, edited in
 * the app, then planned against a roster that changed. The number of tries is jqwik's default, set
 * in {@code junit-platform.properties} for {@code mvn verify} and raised to 10,000 by the {@code
 * nightly} Maven profile.
 */
class EvolvedPlannerProperties {
  @Provide
  Arbitrary<World> evolved() {
    return Arbitraries.longs().map(Evolutions::generate);
  }

  private static Plan plan(World w, AppState state) {
    return Planner.create(w.settings()).plan(w.roster(), state, w.now());
  }

  @Property
  void theSameInputsGiveAnIdenticalPlan(@ForAll("evolved") World w) {
    Plan first = plan(w, w.state());

    assertThat(plan(w, w.state())).isEqualTo(first);
    assertThat(PlanJson.fromJson(PlanJson.toJson(first))).isEqualTo(first);
  }

  @Property
  void planApplyPlanAppliesNothingAndHoldsTheSame(@ForAll("evolved") World w) {
    Plan first = plan(w, w.state());
    Plan again = plan(w, Planner.apply(first, w.state()));

    assertThat(again.changes()).isEmpty();
    assertThat(again.held()).isEqualTo(first.held());
    assertThat(again.holds()).isEqualTo(first.holds());
    assertThat(again.baselineChange().isEmpty()).isTrue();
  }

  @Property
  void noDestructiveKindIsAppliedBeyondEitherThreshold(@ForAll("evolved") World w) {
    Plan plan = plan(w, w.state());
    DeletionThreshold t = w.settings().deletionThreshold();
    for (DecisionKind k : DecisionKind.values()) {
      if (!k.isDestructive()) {
        continue;
      }
      // The base, read independently: the state once every other change of the plan lands (held
      // moves too), nothing of this kind removed.
      AppState grown = Planner.apply(without(plan, k), w.state());
      Map<String, Long> base = new HashMap<>();
      long total = base(k, grown, base);
      Map<String, Long> applied = new HashMap<>();
      long all = 0;
      for (Decision d : plan.changes()) {
        if (d.kind() == k) {
          all++;
          for (String school : schools(d, grown)) {
            applied.merge(school, 1L, Long::sum);
          }
        }
      }
      assertThat(t.exceeded(all, total))
          .as("%s over the district: %s of %s", k, all, total)
          .isFalse();
      for (Map.Entry<String, Long> e : applied.entrySet()) {
        long n = e.getValue();
        long b = base.getOrDefault(e.getKey(), 0L);
        assertThat(t.exceeded(n, b)).as("%s in %s: %s of %s", k, e.getKey(), n, b).isFalse();
      }
    }
  }

  @Property
  void nothingInAHeldSchoolsScopeIsApplied(@ForAll("evolved") World w) {
    Plan plan = plan(w, w.state());
    if (plan.holds().stream().anyMatch(h -> h.reason() == HoldReason.EMPTY_FEED)) {
      assertThat(plan.changes()).noneMatch(d -> d.kind().isDestructive());
      return;
    }
    Set<String> held = new HashSet<>();
    for (Hold h : plan.holds()) {
      if (h.reason() == HoldReason.SCHOOL_NOT_FOUND || h.reason() == HoldReason.NEAR_EMPTY_SCHOOL) {
        held.add(h.schoolId().orElseThrow());
      }
    }
    Map<String, String> schoolBefore = new HashMap<>();
    Map<String, Set<String>> studentSchools = new HashMap<>();
    for (Classroom c : w.state().classrooms()) {
      schoolBefore.put(c.id(), c.schoolId());
      for (StudentMembership m : c.students()) {
        studentSchools.computeIfAbsent(m.studentId(), k -> new HashSet<>()).add(c.schoolId());
      }
    }
    for (Decision d : plan.changes()) {
      String before = d.classroomId().map(schoolBefore::get).orElse(null);
      boolean move =
          d.kind() == DecisionKind.UPDATE_CLASSROOM && d.value(Field.SCHOOL_ID).isPresent();
      if (move) {
        assertThat(held).as("a move out of a held school: %s", d).doesNotContain(before);
      }
      if (!d.kind().isDestructive()) {
        continue;
      }
      assertThat(held).as("%s", d).doesNotContain(before);
      assertThat(held).as("%s", d).doesNotContain(d.schoolId().orElse(null));
      if (d.kind() == DecisionKind.UNLINK_CONTACT && !held.isEmpty()) {
        assertThat(studentSchools.getOrDefault(d.relatedId().orElseThrow(), Set.of()))
            .as("%s", d)
            .doesNotContainAnyElementsOf(held);
      }
    }
  }

  /**
   * The plan without its decisions of one destructive kind, and with its non-destructive ones
   * un-held.
   */
  private static Plan without(Plan plan, DecisionKind removed) {
    List<Decision> kept = new ArrayList<>();
    for (Decision d : plan.decisions()) {
      if (d.kind() == removed) {
        continue;
      }
      if (d.kind().isDestructive()) {
        kept.add(d);
        continue;
      }
      Decision.Builder b =
          Decision.builder()
              .kind(d.kind())
              .reason(d.reason())
              .explanation(d.explanation())
              .putAllValues(d.values())
              .addAllSourceIds(d.sourceIds());
      d.schoolId().ifPresent(b::schoolId);
      d.classroomId().ifPresent(b::classroomId);
      d.targetId().ifPresent(b::targetId);
      d.relatedId().ifPresent(b::relatedId);
      kept.add(b.build());
    }
    return Plan.builder().from(plan).decisions(kept).build();
  }

  /**
   * Counts the records of a destructive kind in a state, over the district (returned) and per
   * school.
   */
  private static long base(DecisionKind k, AppState s, Map<String, Long> bySchool) {
    long total = 0;
    switch (k) {
      case ARCHIVE_CLASSROOM:
      case REMOVE_TEACHER:
      case REMOVE_STUDENT:
        for (Classroom c : s.classrooms()) {
          if (c.isManual() || c.isArchived()) {
            continue;
          }
          long n =
              k == DecisionKind.ARCHIVE_CLASSROOM
                  ? 1
                  : k == DecisionKind.REMOVE_TEACHER
                      ? c.teachers().stream().map(m -> m.staffId()).distinct().count()
                      : c.students().stream().map(m -> m.studentId()).distinct().count();
          total += n;
          bySchool.merge(c.schoolId(), n, Long::sum);
        }
        return total;
      case REMOVE_SCHOOL_ACCESS:
        Set<String> mapped = new HashSet<>();
        for (AppSchool school : s.schools()) {
          if (!school.sourceSchoolIds().isEmpty()) {
            mapped.add(school.id());
          }
        }
        for (StaffAccount a : s.staff()) {
          for (SchoolAccess sa : a.schoolAccess()) {
            if (sa.addedBy() == Actor.SYNC && mapped.contains(sa.schoolId())) {
              total++;
              bySchool.merge(sa.schoolId(), 1L, Long::sum);
            }
          }
        }
        return total;
      case REMOVE_DISTRICT_ACCESS:
        return s.staff().stream()
            .filter(a -> a.districtAccess().orElse(null) == Actor.SYNC)
            .count();
      default:
        Map<String, Set<String>> studentSchools = studentSchools(s);
        for (ContactAccount a : s.contacts()) {
          for (ContactLink l : a.links()) {
            if (l.addedBy() == Actor.SYNC) {
              total++;
              for (String school : studentSchools.getOrDefault(l.studentId(), Set.of())) {
                bySchool.merge(school, 1L, Long::sum);
              }
            }
          }
        }
        return total;
    }
  }

  private static Map<String, Set<String>> studentSchools(AppState s) {
    Map<String, Set<String>> out = new HashMap<>();
    for (Classroom c : s.classrooms()) {
      for (StudentMembership m : c.students()) {
        out.computeIfAbsent(m.studentId(), k -> new HashSet<>()).add(c.schoolId());
      }
    }
    return out;
  }

  /** The schools a destructive decision counts in, read from the grown state. */
  private static Set<String> schools(Decision d, AppState grown) {
    if (d.kind() == DecisionKind.UNLINK_CONTACT) {
      return studentSchools(grown).getOrDefault(d.relatedId().orElseThrow(), Set.of());
    }
    if (d.kind() == DecisionKind.REMOVE_DISTRICT_ACCESS) {
      return Set.of();
    }
    if (d.classroomId().isPresent()) {
      for (Classroom c : grown.classrooms()) {
        if (c.id().equals(d.classroomId().get())) {
          return Set.of(c.schoolId());
        }
      }
    }
    return d.schoolId().map(Set::of).orElse(Set.of());
  }
}
