package com.classtag.sync.plan;

import static com.classtag.sync.plan.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.classtag.sync.source.Roster;
import com.classtag.sync.source.SourceSection;
import com.classtag.sync.state.AppState;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rule 8: a student in many sections is one student with many memberships; moving is a remove plus
 * an add.
 */
class Rule08StudentsTest {
  @Test
  void aStudentInManySectionsIsOneRecordWithManyMemberships() {
    Plan plan = plan(district().build(), emptyApp());

    assertThat(
            only(
                plan,
                d ->
                    d.kind() == DecisionKind.CREATE_STUDENT
                        && d.sourceIds().equals(List.of("s-2"))))
        .hasSize(1);
    assertThat(
            only(plan, d -> d.kind() == DecisionKind.ADD_STUDENT && d.sourceIds().contains("s-2")))
        .hasSize(2)
        .extracting(d -> d.classroomId().orElseThrow())
        .doesNotHaveDuplicates();
  }

  @Test
  void movingToAnotherSectionIsARemovePlusAnAdd() {
    AppState synced = syncedDistrict();
    Roster moved =
        Roster.builder()
            .from(district().build())
            .sections(
                List.of(
                    SourceSection.builder().from(sec1()).studentIds(List.of("s-2")).build(),
                    SourceSection.builder()
                        .from(sec2())
                        .studentIds(List.of("s-2", "s-3", "s-1"))
                        .build()))
            .build();

    Plan plan = plan(moved, synced);
    String s1 = studentRecord(synced, "s-1").id();

    assertThat(plan.changes())
        .extracting(
            Decision::kind, d -> d.classroomId().orElseThrow(), d -> d.targetId().orElseThrow())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(
                DecisionKind.REMOVE_STUDENT, classroom(synced, "sec-1").id(), s1),
            org.assertj.core.groups.Tuple.tuple(
                DecisionKind.ADD_STUDENT, classroom(synced, "sec-2").id(), s1));
    assertThat(of(plan, DecisionKind.REMOVE_STUDENT))
        .singleElement()
        .satisfies(d -> assertThat(d.reason()).isEqualTo(ReasonCode.NOT_IN_SECTION));
  }
}
