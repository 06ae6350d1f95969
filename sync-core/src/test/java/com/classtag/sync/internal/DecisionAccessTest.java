package com.classtag.sync.internal;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.classtag.sync.internal.DecisionAccess.SourcePart;
import com.classtag.sync.plan.Decision;
import com.classtag.sync.plan.DecisionKind;
import com.classtag.sync.plan.ReasonCode;
import org.junit.jupiter.api.Test;

/** The planner's door into {@code Decision} opens for {@code Decision} alone. */
class DecisionAccessTest {
  @Test
  void onlyDecisionInstallsTheAccess() {
    DecisionAccess foreign =
        new DecisionAccess() {
          @Override
          protected Decision create(
              DecisionKind kind,
              ReasonCode reason,
              Ids ids,
              SortedValues values,
              Object explanation) {
            throw new AssertionError();
          }

          @Override
          protected int code(String kind, boolean first) {
            throw new AssertionError();
          }

          @Override
          protected Object explanationOf(Decision d) {
            throw new AssertionError();
          }

          @Override
          protected String sourceOf(Decision d, SourcePart part) {
            throw new AssertionError();
          }

          @Override
          protected String schoolIdOf(Decision d) {
            throw new AssertionError();
          }

          @Override
          protected String classroomIdOf(Decision d) {
            throw new AssertionError();
          }

          @Override
          protected String targetIdOf(Decision d) {
            throw new AssertionError();
          }

          @Override
          protected String relatedIdOf(Decision d) {
            throw new AssertionError();
          }

          @Override
          protected Object idPartsOf(Decision d, boolean target) {
            throw new AssertionError();
          }

          @Override
          protected String[] valueNamesOf(Decision d) {
            throw new AssertionError();
          }

          @Override
          protected String[] valueDataOf(Decision d) {
            throw new AssertionError();
          }

          @Override
          protected int sourceCountOf(Decision d) {
            throw new AssertionError();
          }

          @Override
          protected String sourceIdOf(Decision d, int i) {
            throw new AssertionError();
          }
        };

    assertThatThrownBy(() -> DecisionAccess.install(foreign))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("only Decision");
  }
}
