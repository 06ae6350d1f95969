package com.classtag.sync.plan;

import static com.classtag.sync.plan.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A plan and everything in it refuse changes: every collection they hand out is immutable. */
class ImmutableCollectionsTest {
  private static final Decision DECISION =
      Decision.builder()
          .kind(DecisionKind.UPDATE_STUDENT)
          .reason(ReasonCode.ROSTER_CHANGED)
          .targetId("s-1")
          .putValues(Field.GRADE, "5")
          .putExtensionValue("house", "Red")
          .addSourceIds("s-1")
          .explanation("Update student s-1.")
          .build();
  private static final Warning WARNING =
      Warning.builder().code(WarningCode.DUPLICATE_ID).addSourceIds("s-1").explanation("x").build();
  private static final Hold HOLD =
      Hold.builder()
          .reason(HoldReason.EMPTY_FEED)
          .heldCount(1)
          .addSourceIds("sch-1")
          .explanation("x")
          .build();
  private static final Plan PLAN =
      Plan.builder()
          .generatedAt(NOW)
          .addDecisions(
              DECISION, Decision.builder().from(DECISION).heldBy(HoldReason.EMPTY_FEED).build())
          .addWarnings(WARNING)
          .addHolds(HOLD)
          .baselineChange(
              BaselineChange.builder()
                  .addAddedSectionIds("sec-1")
                  .addRemovedSectionIds("sec-0")
                  .build())
          .build();

  @Test
  void aPlansListsRefuseChanges() {
    refuses(PLAN.decisions(), DECISION);
    refuses(PLAN.warnings(), WARNING);
    refuses(PLAN.holds(), HOLD);
    refuses(PLAN.changes(), DECISION);
    refuses(PLAN.held(), DECISION);
    refuses(PLAN.baselineChange().addedSectionIds(), "sec-1");
    refuses(PLAN.baselineChange().removedSectionIds(), "sec-1");
  }

  @Test
  void aPlannedPlansListsRefuseChanges() {
    Plan planned = plan(district().build(), emptyApp());

    refuses(planned.decisions(), DECISION);
    refuses(planned.changes(), DECISION);
    refuses(planned.decisions().get(0).sourceIds(), "x");
  }

  @Test
  void aDecisionsCollectionsRefuseChanges() {
    refuses(DECISION.sourceIds(), "x");
    refuses(DECISION.values(), "grade", "6");
    refuses(DECISION.fields(), Field.GRADE, "6");
    refuses(DECISION.extensionValues(), "bus", "12");
  }

  @Test
  void aPlannedDecisionsValuesRefuseChanges() {
    Decision create =
        plan(district().build(), emptyApp()).decisions().stream()
            .filter(d -> d.kind() == DecisionKind.CREATE_STUDENT)
            .findFirst()
            .orElseThrow();

    refuses(create.values(), "grade", "6");
    assertThatThrownBy(() -> create.values().values().clear())
        .isInstanceOf(UnsupportedOperationException.class);
  }

  @Test
  void aBuilderChangedAfterBuildLeavesTheBuiltDecisionAlone() {
    Decision.Builder b = Decision.builder().from(DECISION);
    Decision first = b.build();

    Decision second = b.putValues(Field.GRADE, "6").putValues(Field.EMAIL, "x@example.org").build();

    assertThat(first).isEqualTo(DECISION);
    assertThat(first.value(Field.GRADE)).contains("5");
    assertThat(second.value(Field.GRADE)).contains("6");
    assertThat(second.values().keySet()).containsExactly("email", "ext.house", "grade");
    assertThat(DECISION.values().keySet()).containsExactly("ext.house", "grade");
  }

  @Test
  void aWarningsAndAHoldsSourceIdsRefuseChanges() {
    refuses(WARNING.sourceIds(), "x");
    refuses(HOLD.sourceIds(), "x");
  }

  private static <T> void refuses(Collection<T> c, T element) {
    assertThatThrownBy(() -> c.add(element)).isInstanceOf(UnsupportedOperationException.class);
    if (c.isEmpty()) {
      return; // clear() on an empty immutable list is a no-op, not an error; add() above already
      // failed
    }
    assertThatThrownBy(c::clear).isInstanceOf(UnsupportedOperationException.class);
    if (c instanceof List) {
      List<T> list = (List<T>) c;
      assertThatThrownBy(() -> list.set(0, element))
          .isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> list.remove(0)).isInstanceOf(UnsupportedOperationException.class);
    }
  }

  private static <K, V> void refuses(Map<K, V> m, K key, V value) {
    assertThatThrownBy(() -> m.put(key, value)).isInstanceOf(UnsupportedOperationException.class);
    if (!m.isEmpty()) {
      K first = m.keySet().iterator().next();
      assertThatThrownBy(() -> m.remove(first)).isInstanceOf(UnsupportedOperationException.class);
      assertThatThrownBy(() -> m.entrySet().iterator().next().setValue(value))
          .isInstanceOf(UnsupportedOperationException.class);
    }
  }
}
