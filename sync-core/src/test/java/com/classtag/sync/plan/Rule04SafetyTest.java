package com.classtag.sync.plan;

import static com.classtag.sync.plan.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.classtag.sync.settings.SyncSettings;
import com.classtag.sync.source.Roster;
import com.classtag.sync.source.SourceSection;
import com.classtag.sync.state.AppSchool;
import com.classtag.sync.state.AppState;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/**
 * Rule 4: an empty or near-empty roster for a mapped school holds every destructive decision for
 * that school; destructive counts above the threshold are held, not applied, while creates and
 * updates go through.
 */
class Rule04SafetyTest {
  /**
   * A school {@code sch-x} (app {@code app-x}) with {@code n} one-teacher, one-student sections.
   */
  private static Roster.Builder school(String x, int n) {
    Roster.Builder r = Roster.builder().addSchools(Fixtures.school("sch-" + x));
    for (int i = 0; i < n; i++) {
      r.addSections(section(x + "-sec-" + i, i));
      r.addPeople(teacher(x + "-t-" + i, "sch-" + x), student(x + "-s-" + i, "sch-" + x));
    }
    return r;
  }

  private static SourceSection section(String id, int i) {
    String x = id.substring(0, id.indexOf('-'));
    return Fixtures.section(id, "sch-" + x)
        .addTeacherIds(x + "-t-" + i)
        .addStudentIds(x + "-s-" + i)
        .build();
  }

  private static AppState app(String... schools) {
    AppState.Builder b = AppState.builder();
    for (String x : schools) {
      b.addSchools(appSchool("app-" + x, "sch-" + x));
    }
    return b.build();
  }

  private static Roster keepSections(Roster roster, int from, int to, String x) {
    List<SourceSection> kept = new ArrayList<>();
    for (SourceSection s : roster.sections()) {
      int i = Integer.parseInt(s.id().substring(s.id().lastIndexOf('-') + 1));
      if (!s.id().startsWith(x + "-") || (i >= from && i < to)) {
        kept.add(s);
      }
    }
    return Roster.builder().from(roster).sections(kept).build();
  }

  @Test
  void anEmptyFeedHoldsEveryDestructiveDecisionAndKeepsTheBaseline() {
    AppState synced = syncedDistrict();

    Plan plan = plan(Roster.builder().build(), synced);

    assertThat(plan.decisions())
        .isNotEmpty()
        .allSatisfy(
            d -> {
              assertThat(d.kind().isDestructive()).isTrue();
              assertThat(d.heldBy()).contains(HoldReason.EMPTY_FEED);
            });
    assertThat(plan.holds())
        .anySatisfy(
            h -> {
              assertThat(h.reason()).isEqualTo(HoldReason.EMPTY_FEED);
              assertThat(h.heldCount()).isEqualTo(plan.decisions().size());
            });
    assertThat(plan.baselineChange().isEmpty()).isTrue();
    assertThat(Planner.apply(plan, synced)).isEqualTo(synced);
  }

  @Test
  void aNearEmptySchoolHoldsItsDestructiveDecisionsButNotOtherSchools() {
    Roster full =
        school("a", 12)
            .addAllSchools(school("b", 3).build().schools())
            .addAllSections(school("b", 3).build().sections())
            .addAllPeople(school("b", 3).build().people())
            .build();
    AppState synced = synced(full, app("a", "b"), SyncSettings.defaults());
    Roster roster = keepSections(keepSections(full, 0, 1, "a"), 0, 2, "b");

    Plan plan = plan(roster, synced);

    assertThat(
            only(
                plan,
                d ->
                    d.kind() == DecisionKind.ARCHIVE_CLASSROOM
                        && d.schoolId().orElseThrow().equals("app-a")))
        .hasSize(11)
        .allSatisfy(d -> assertThat(d.heldBy()).contains(HoldReason.NEAR_EMPTY_SCHOOL));
    assertThat(
            only(
                plan,
                d ->
                    d.kind() == DecisionKind.ARCHIVE_CLASSROOM
                        && d.schoolId().orElseThrow().equals("app-b")))
        .singleElement()
        .satisfies(d -> assertThat(d.isHeld()).isFalse());
    assertThat(plan.holds())
        .singleElement()
        .satisfies(
            h -> {
              assertThat(h.reason()).isEqualTo(HoldReason.NEAR_EMPTY_SCHOOL);
              assertThat(h.schoolId()).contains("app-a");
              assertThat(h.heldCount()).isEqualTo(11);
            });
  }

  @Test
  void aSchoolWithNoSectionsLeftHoldsItsDestructiveDecisions() {
    Roster full = school("a", 3).build();
    AppState synced = synced(full, app("a"), SyncSettings.defaults());

    Plan plan = plan(Roster.builder().from(full).sections(List.of()).build(), synced);

    assertThat(of(plan, DecisionKind.ARCHIVE_CLASSROOM))
        .hasSize(3)
        .allSatisfy(d -> assertThat(d.heldBy()).contains(HoldReason.NEAR_EMPTY_SCHOOL));
  }

  @Test
  void destructiveDecisionsOverTheThresholdAreHeldWhileCreatesGoThrough() {
    Roster full = school("a", 60).build();
    AppState synced = synced(full, app("a"), SyncSettings.defaults());
    Roster roster =
        Roster.builder()
            .from(keepSections(full, 15, 60, "a"))
            .addSections(section("a-sec-60", 60))
            .addPeople(teacher("a-t-60", "sch-a"), student("a-s-60", "sch-a"))
            .build();

    Plan plan = plan(roster, synced);
    AppState after = Planner.apply(plan, synced);

    assertThat(of(plan, DecisionKind.ARCHIVE_CLASSROOM))
        .hasSize(15)
        .allSatisfy(d -> assertThat(d.heldBy()).contains(HoldReason.DELETION_THRESHOLD));
    assertThat(plan.holds())
        .singleElement()
        .satisfies(
            h -> {
              assertThat(h.kind()).contains(DecisionKind.ARCHIVE_CLASSROOM);
              assertThat(h.heldCount()).isEqualTo(15);
            });
    assertThat(of(plan, DecisionKind.CREATE_CLASSROOM))
        .singleElement()
        .satisfies(d -> assertThat(d.isHeld()).isFalse());
    assertThat(after.classrooms()).hasSize(61).noneMatch(c -> c.isArchived());
    assertThat(PlanText.summary(plan))
        .contains("1 classroom to create, 15 to archive (15 held by the deletion threshold)");
  }

  @Test
  void countsWithinThePercentageOrTheFloorAreApplied() {
    Roster full = school("a", 60).build();
    AppState synced = synced(full, app("a"), SyncSettings.defaults());
    Roster small = school("a", 12).build();
    AppState syncedSmall = synced(small, app("a"), SyncSettings.defaults());

    Plan withinPercent = plan(keepSections(full, 12, 60, "a"), synced);
    Plan withinFloor = plan(keepSections(small, 10, 12, "a"), syncedSmall);

    assertThat(of(withinPercent, DecisionKind.ARCHIVE_CLASSROOM))
        .hasSize(12)
        .noneMatch(Decision::isHeld);
    assertThat(of(withinFloor, DecisionKind.ARCHIVE_CLASSROOM))
        .hasSize(10)
        .noneMatch(Decision::isHeld);
  }

  @Test
  void theThresholdIsSeparatePerKind() {
    Roster full = school("a", 60).build();
    AppState synced = synced(full, app("a"), SyncSettings.defaults());
    List<SourceSection> sections = new ArrayList<>();
    for (SourceSection s : full.sections()) {
      int i = Integer.parseInt(s.id().substring(s.id().lastIndexOf('-') + 1));
      sections.add(i < 15 ? SourceSection.builder().from(s).studentIds(List.of()).build() : s);
    }

    Plan plan = plan(Roster.builder().from(full).sections(sections).build(), synced);

    assertThat(of(plan, DecisionKind.REMOVE_STUDENT))
        .hasSize(15)
        .allSatisfy(d -> assertThat(d.heldBy()).contains(HoldReason.DELETION_THRESHOLD));
    assertThat(plan.holds())
        .singleElement()
        .satisfies(h -> assertThat(h.kind()).contains(DecisionKind.REMOVE_STUDENT));
  }

  @Test
  void aMappedSchoolMissingFromTheFeedHoldsThatSchoolAndWarns() {
    AppState synced = syncedDistrict();
    AppState state =
        AppState.builder()
            .from(synced)
            .schools(
                List.of(
                    AppSchool.builder()
                        .from(synced.schools().get(0))
                        .addSourceSchoolIds("sch-9")
                        .build()))
            .build();
    Roster roster =
        replacing(
            district().build(),
            Fixtures.section("sec-2", "sch-1")
                .name("Math 4")
                .subject("math")
                .grade("4")
                .addTeacherIds("t-2")
                .addStudentIds("s-2")
                .build());

    Plan plan = plan(roster, state);

    assertThat(of(plan, DecisionKind.REMOVE_STUDENT))
        .singleElement()
        .satisfies(d -> assertThat(d.heldBy()).contains(HoldReason.SCHOOL_NOT_FOUND));
    assertThat(plan.holds())
        .singleElement()
        .satisfies(
            h -> {
              assertThat(h.reason()).isEqualTo(HoldReason.SCHOOL_NOT_FOUND);
              assertThat(h.schoolId()).contains("app-1");
              assertThat(h.sourceIds()).containsExactly("sch-9");
            });
    assertThat(warnings(plan, WarningCode.MAPPED_SCHOOL_MISSING))
        .singleElement()
        .satisfies(w -> assertThat(w.sourceIds()).containsExactly("sch-9"));
  }

  @Test
  void theHeldDecisionsStayInTheNextPlan() {
    Roster full = school("a", 60).build();
    AppState synced = synced(full, app("a"), SyncSettings.defaults());
    Roster roster = keepSections(full, 20, 60, "a");

    Plan first = plan(roster, synced);
    Plan second = plan(roster, Planner.apply(first, synced));

    assertThat(second.held()).isEqualTo(first.held()).hasSize(20);
    assertThat(IntStream.range(0, 20).mapToObj(i -> "a-sec-" + i))
        .allMatch(id -> !first.baselineChange().removedSectionIds().contains(id));
  }
}
