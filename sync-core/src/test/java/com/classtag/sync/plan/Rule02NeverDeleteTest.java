package com.classtag.sync.plan;

import static com.classtag.sync.plan.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;

import com.classtag.sync.source.Roster;
import com.classtag.sync.state.AppState;
import com.classtag.sync.state.ArchiveReason;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Rule 2: never delete; the only destructive kinds are archive, remove a membership, and unlink.
 */
class Rule02NeverDeleteTest {
  @Test
  void theOnlyDestructiveKindsAreArchiveRemoveAMembershipAndUnlink() {
    assertThat(Arrays.stream(DecisionKind.values()).filter(DecisionKind::isDestructive))
        .containsExactlyInAnyOrder(
            DecisionKind.ARCHIVE_CLASSROOM,
            DecisionKind.REMOVE_TEACHER,
            DecisionKind.REMOVE_STUDENT,
            DecisionKind.REMOVE_SCHOOL_ACCESS,
            DecisionKind.REMOVE_DISTRICT_ACCESS,
            DecisionKind.UNLINK_CONTACT);
  }

  @Test
  void whatLeavesTheRosterIsArchivedOrUnlinkedAndNothingIsDeleted() {
    AppState before = syncedDistrict();
    Roster roster =
        without(
            Roster.builder().from(district().build()).sections(List.of(sec1())).build(),
            "s-3",
            "c-2");

    Plan plan = plan(roster, before);
    AppState after = Planner.apply(plan, before);

    assertThat(of(plan, DecisionKind.ARCHIVE_CLASSROOM))
        .singleElement()
        .satisfies(d -> assertThat(d.reason()).isEqualTo(ReasonCode.SECTION_LEFT_ROSTER));
    assertThat(of(plan, DecisionKind.UNLINK_CONTACT))
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.sourceIds()).containsExactly("c-2");
              assertThat(d.relatedId()).contains(studentRecord(before, "s-3").id());
            });
    assertThat(classroom(after, "sec-2").archive())
        .hasValueSatisfying(a -> assertThat(a.reason()).contains(ArchiveReason.LEFT_ROSTER));
    assertThat(after.classrooms()).hasSameSizeAs(before.classrooms());
    assertThat(after.students()).hasSameSizeAs(before.students());
    assertThat(after.staff()).hasSameSizeAs(before.staff());
    assertThat(after.contacts()).hasSameSizeAs(before.contacts());
    assertThat(contactAccount(after, "c-2").links()).isEmpty();
  }
}
