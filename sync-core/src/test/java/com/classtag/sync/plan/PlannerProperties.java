package com.classtag.sync.plan;

import static org.assertj.core.api.Assertions.assertThat;

import com.classtag.sync.plan.Worlds.World;
import com.classtag.sync.settings.DeletionThreshold;
import com.classtag.sync.source.PersonRole;
import com.classtag.sync.source.Phone;
import com.classtag.sync.source.SourcePerson;
import com.classtag.sync.state.Actor;
import com.classtag.sync.state.AppSchool;
import com.classtag.sync.state.AppState;
import com.classtag.sync.state.Classroom;
import com.classtag.sync.state.ContactAccount;
import com.classtag.sync.state.ContactLink;
import com.classtag.sync.state.SchoolAccess;
import com.classtag.sync.state.StaffAccount;
import com.classtag.sync.state.StudentMembership;
import com.classtag.sync.state.TeacherMembership;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/** Planner invariants over generated rosters, states and settings. */
class PlannerProperties {
  @Provide
  Arbitrary<World> worlds() {
    return Arbitraries.longs().map(Worlds::generate);
  }

  private static Plan plan(World w) {
    return Planner.create(w.settings()).plan(w.roster(), w.state(), w.now());
  }

  @Property(tries = 300)
  void theSameInputsGiveAnIdenticalPlan(@ForAll("worlds") World w) {
    Plan first = plan(w);
    Plan second = plan(w);

    assertThat(second).isEqualTo(first);
    assertThat(PlanJson.toJson(second)).isEqualTo(PlanJson.toJson(first));
    assertThat(PlanText.render(second)).isEqualTo(PlanText.render(first));
  }

  @Property(tries = 300)
  void applyingThePlanThenPlanningAgainChangesNothing(@ForAll("worlds") World w) {
    Plan first = plan(w);
    AppState after = Planner.apply(first, w.state());

    Plan again = Planner.create(w.settings()).plan(w.roster(), after, w.now());

    assertThat(again.changes()).isEmpty();
    assertThat(again.baselineChange().isEmpty()).isTrue();
    assertThat(again.held()).hasSameSizeAs(first.held());
  }

  @Property(tries = 300)
  void manualObjectsAndWhatPeopleDidAreUntouched(@ForAll("worlds") World w) {
    Plan plan = plan(w);
    AppState before = w.state();
    AppState after = Planner.apply(plan, before);
    Map<String, Classroom> afterById =
        after.classrooms().stream().collect(Collectors.toMap(Classroom::id, c -> c));

    Set<String> manual =
        before.classrooms().stream()
            .filter(Classroom::isManual)
            .map(Classroom::id)
            .collect(Collectors.toSet());
    assertThat(plan.decisions())
        .noneMatch(d -> d.classroomId().isPresent() && manual.contains(d.classroomId().get()));
    for (Classroom c : before.classrooms()) {
      Classroom now = afterById.get(c.id());
      assertThat(now).isNotNull();
      if (c.isManual()) {
        assertThat(now).isEqualTo(c);
        continue;
      }
      for (TeacherMembership t : c.teachers()) {
        if (t.addedBy() == Actor.PERSON) {
          assertThat(now.teachers()).contains(t);
        }
      }
      if (!w.settings().removePersonAddedMembers()) {
        for (StudentMembership s : c.students()) {
          if (s.addedBy() == Actor.PERSON) {
            assertThat(now.students()).contains(s);
          }
        }
      }
      if (c.archive().isPresent()
          && c.archive().get().by() == Actor.PERSON
          && !w.settings().unarchiveReappearing()) {
        assertThat(now.archive()).isEqualTo(c.archive());
      }
      if (!c.isArchived()
          && c.nameEdited()
          && w.settings().classroomNames()
              == com.classtag.sync.settings.ClassroomNamePolicy.KEEP_EDITED) {
        assertThat(now.name()).isEqualTo(c.name());
      }
    }
    Map<String, ContactAccount> contactsAfter =
        after.contacts().stream().collect(Collectors.toMap(ContactAccount::id, c -> c));
    for (ContactAccount c : before.contacts()) {
      for (ContactLink l : c.links()) {
        if (l.addedBy() == Actor.PERSON) {
          assertThat(contactsAfter.get(c.id()).links()).contains(l);
        }
      }
    }
    Map<String, StaffAccount> staffAfter =
        after.staff().stream().collect(Collectors.toMap(StaffAccount::id, c -> c));
    for (StaffAccount a : before.staff()) {
      for (SchoolAccess s : a.schoolAccess()) {
        if (s.addedBy() == Actor.PERSON) {
          assertThat(staffAfter.get(a.id()).schoolAccess()).contains(s);
        }
      }
    }
    assertThat(after.students().size()).isGreaterThanOrEqualTo(before.students().size());
    assertThat(after.contacts().size()).isGreaterThanOrEqualTo(before.contacts().size());
  }

  @Property(tries = 300)
  void noDestructiveDecisionGoesBeyondTheThresholdUnlessHeld(@ForAll("worlds") World w) {
    Plan plan = plan(w);
    Map<DecisionKind, Long> total = syncedRecords(w.state(), plan);
    Map<DecisionKind, Long> applied = new EnumMap<>(DecisionKind.class);
    for (Decision d : plan.changes()) {
      if (d.kind().isDestructive()) {
        applied.merge(d.kind(), 1L, Long::sum);
      }
    }
    DeletionThreshold t = w.settings().deletionThreshold();
    for (Map.Entry<DecisionKind, Long> e : applied.entrySet()) {
      long n = e.getValue();
      assertThat(
              n <= t.floor() || n * 100 <= (long) t.percent() * total.getOrDefault(e.getKey(), 0L))
          .as("%s: %d applied of %d synced", e.getKey(), n, total.get(e.getKey()))
          .isTrue();
    }
    if (w.roster().isEmpty()) {
      assertThat(plan.decisions())
          .filteredOn(d -> d.kind().isDestructive())
          .allMatch(Decision::isHeld);
    }
  }

  /**
   * Counts, independently of the planner, the synced records each destructive kind could act on.
   */
  private static Map<DecisionKind, Long> syncedRecords(AppState state, Plan plan) {
    Map<DecisionKind, Long> n = new EnumMap<>(DecisionKind.class);
    Set<String> unarchived = new HashSet<>();
    for (Decision d : plan.decisions()) {
      switch (d.kind()) {
        case CREATE_CLASSROOM -> n.merge(DecisionKind.ARCHIVE_CLASSROOM, 1L, Long::sum);
        case UNARCHIVE_CLASSROOM -> {
          n.merge(DecisionKind.ARCHIVE_CLASSROOM, 1L, Long::sum);
          unarchived.add(d.classroomId().orElseThrow());
        }
        case ADD_TEACHER -> {
          if (d.reason() == ReasonCode.IN_SECTION) {
            n.merge(DecisionKind.REMOVE_TEACHER, 1L, Long::sum);
          }
        }
        case ADD_STUDENT -> n.merge(DecisionKind.REMOVE_STUDENT, 1L, Long::sum);
        case ADD_SCHOOL_ACCESS -> {
          if (d.reason() == ReasonCode.AT_SCHOOL) {
            n.merge(DecisionKind.REMOVE_SCHOOL_ACCESS, 1L, Long::sum);
          }
        }
        case ADD_DISTRICT_ACCESS -> n.merge(DecisionKind.REMOVE_DISTRICT_ACCESS, 1L, Long::sum);
        case LINK_CONTACT -> {
          if (d.reason() == ReasonCode.GUARDIAN_OF_STUDENT) {
            n.merge(DecisionKind.UNLINK_CONTACT, 1L, Long::sum);
          }
        }
        default -> {}
      }
    }
    for (Classroom c : state.classrooms()) {
      if (c.isManual()) {
        continue;
      }
      if (!c.isArchived()) {
        n.merge(DecisionKind.ARCHIVE_CLASSROOM, 1L, Long::sum);
      }
      if (!c.isArchived() || unarchived.contains(c.id())) {
        n.merge(DecisionKind.REMOVE_TEACHER, (long) c.teachers().size(), Long::sum);
        n.merge(DecisionKind.REMOVE_STUDENT, (long) c.students().size(), Long::sum);
      }
    }
    Set<String> mapped =
        state.schools().stream()
            .filter(s -> !s.sourceSchoolIds().isEmpty())
            .map(AppSchool::id)
            .collect(Collectors.toSet());
    for (StaffAccount a : state.staff()) {
      a.schoolAccess().stream()
          .filter(s -> s.addedBy() == Actor.SYNC && mapped.contains(s.schoolId()))
          .forEach(s -> n.merge(DecisionKind.REMOVE_SCHOOL_ACCESS, 1L, Long::sum));
      if (a.districtAccess().orElse(null) == Actor.SYNC) {
        n.merge(DecisionKind.REMOVE_DISTRICT_ACCESS, 1L, Long::sum);
      }
    }
    for (ContactAccount c : state.contacts()) {
      c.links().stream()
          .filter(l -> l.addedBy() == Actor.SYNC)
          .forEach(l -> n.merge(DecisionKind.UNLINK_CONTACT, 1L, Long::sum));
    }
    return n;
  }

  @Property(tries = 300)
  void everyDecisionWarningAndHoldIsExplained(@ForAll("worlds") World w) {
    Plan plan = plan(w);

    assertThat(plan.decisions())
        .allSatisfy(
            d -> {
              assertThat(d.reason()).isNotNull();
              assertThat(d.sourceIds()).isNotEmpty();
              assertThat(d.explanation()).isNotBlank().doesNotContain("\n").doesNotContain("null");
            });
    assertThat(plan.warnings())
        .allSatisfy(x -> assertThat(x.explanation()).isNotBlank().doesNotContain("\n"));
    assertThat(plan.holds())
        .allSatisfy(h -> assertThat(h.explanation()).isNotBlank().doesNotContain("\n"));
  }

  @Property(tries = 200)
  void noStudentOrParentDetailsReachTheExplanationsOrTheText(@ForAll("worlds") World w) {
    Plan plan = plan(w);
    Set<String> secrets = new HashSet<>();
    for (SourcePerson p : w.roster().people()) {
      if (p.hasRole(PersonRole.STUDENT) || p.hasRole(PersonRole.CONTACT)) {
        p.firstName().ifPresent(secrets::add);
        p.lastName().ifPresent(secrets::add);
        p.email().ifPresent(secrets::add);
        p.phones().stream().map(Phone::number).forEach(secrets::add);
      }
    }
    String text = PlanText.render(plan) + plan.decisions() + plan.warnings() + plan.holds();

    assertThat(secrets).allSatisfy(s -> assertThat(text).doesNotContain(s));
  }

  @Property(tries = 200)
  void theJsonReadsBackIntoAnEqualPlan(@ForAll("worlds") World w) {
    Plan plan = plan(w);

    assertThat(PlanJson.fromJson(PlanJson.toJson(plan))).isEqualTo(plan);
  }

  @Property(tries = 100)
  void decisionsAreInSchoolClassroomKindOrder(@ForAll("worlds") World w) {
    List<Decision> ds = plan(w).decisions();
    Map<String, Integer> unused = new HashMap<>();
    for (int i = 1; i < ds.size(); i++) {
      Decision a = ds.get(i - 1);
      Decision b = ds.get(i);
      int c = a.schoolId().orElse("").compareTo(b.schoolId().orElse(""));
      if (c == 0) {
        c = a.classroomId().orElse("").compareTo(b.classroomId().orElse(""));
      }
      if (c == 0) {
        c = Integer.compare(a.kind().ordinal(), b.kind().ordinal());
      }
      assertThat(c).as("%s before %s", a, b).isLessThanOrEqualTo(0);
    }
    assertThat(unused).isEmpty();
  }
}
