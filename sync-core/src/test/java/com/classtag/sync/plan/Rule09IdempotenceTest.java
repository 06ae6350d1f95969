package com.classtag.sync.plan;

import static com.classtag.sync.plan.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.classtag.sync.settings.SyncSettings;
import com.classtag.sync.source.Roster;
import com.classtag.sync.source.SourceSection;
import com.classtag.sync.state.AppState;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Rule 9: apply a plan to the state, plan again, and the new plan is empty. */
class Rule09IdempotenceTest {
  @Test
  void applyingAPlanThenPlanningAgainGivesAnEmptyPlan() {
    Roster first = district().build();
    Roster second =
        Roster.builder()
            .from(without(first, "s-1", "c-2"))
            .sections(
                List.of(
                    SourceSection.builder()
                        .from(sec1())
                        .name("Homeroom 4B (Ms. Er)")
                        .studentIds(List.of("s-2", "s-4"))
                        .build(),
                    SourceSection.builder()
                        .from(sec2())
                        .teacherIds(List.of("t-2", "t-1"))
                        .studentIds(List.of("s-2"))
                        .build(),
                    section("sec-3", "sch-1")
                        .addTeacherIds("t-3")
                        .addStudentIds("s-4", "s-3")
                        .build()))
            .addPeople(teacher("t-3", "sch-1"), student("s-4", "sch-1"), contact("c-3"))
            .addGuardianLinks(parent("c-3", "s-4"), parent("c-1", "s-3"))
            .build();
    SyncSettings settings = SyncSettings.defaults();

    AppState state = emptyApp();
    for (Roster roster : List.of(first, second, first)) {
      Plan plan = plan(roster, state, settings);
      assertThat(plan.hasNoChanges()).isFalse();
      state = Planner.apply(plan, state);
      Plan again = plan(roster, state, settings);
      assertThat(again.changes()).isEmpty();
      assertThat(again.baselineChange().isEmpty()).isTrue();
      assertThat(PlanText.summary(again)).isEqualTo("No changes. The app matches the roster.");
    }
  }
}
