package com.classtag.sync.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.classtag.sync.internal.DecisionAccess.SourcePart;
import com.classtag.sync.plan.Decision;
import com.classtag.sync.plan.DecisionKind;
import com.classtag.sync.plan.Field;
import com.classtag.sync.plan.HoldReason;
import com.classtag.sync.plan.ReasonCode;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The sink's one reused draft: each decision keeps only what was set for it, and explanation
 * templates shared between decisions read as if each decision had its own.
 */
class SinkTest {
  private static final Object[] ADDED = {
    "Add student ", SourcePart.LAST, " to Room 4: enrolled in section ", SourcePart.FIRST, "."
  };

  @Test
  void eachDecisionKeepsOnlyWhatWasSetForIt() {
    Sink sink = new Sink();
    sink.decide(DecisionKind.CREATE_STUDENT, ReasonCode.NEW_PERSON)
        .target("new:student:s1")
        .value(Field.GRADE, "5")
        .source("s1")
        .source("s9")
        .source("s8")
        .explain("first");
    sink.decide(DecisionKind.ADD_STUDENT, ReasonCode.IN_SECTION)
        .school("sch1")
        .classroom("c1")
        .source("sec1")
        .explain("second");

    List<Decision> decisions = sink.decisions();

    assertThat(decisions).hasSize(2);
    Decision first = decisions.get(0);
    assertThat(first.targetId()).contains("new:student:s1");
    assertThat(first.value(Field.GRADE)).contains("5");
    assertThat(first.sourceIds()).containsExactly("s1", "s9", "s8");
    Decision second = decisions.get(1);
    assertThat(second.targetId()).isEmpty();
    assertThat(second.values()).isEmpty();
    assertThat(second.sourceIds()).containsExactly("sec1");
    assertThat(second.explanation()).isEqualTo("second");
    assertThat(sink.decisions()).as("asking again makes nothing new").hasSize(2);
  }

  @Test
  void decisionsMadeFromOneDiffEachKeepTheirOwnValues() {
    Sink sink = new Sink();
    Diff diff = new Diff();
    for (String grade : List.of("4", "5")) {
      diff.clear();
      diff.set(Field.GRADE, null, grade);
      sink.decide(DecisionKind.CREATE_STUDENT, ReasonCode.NEW_PERSON)
          .values(diff)
          .source("s" + grade)
          .explain("create");
    }
    diff.clear();
    sink.decide(DecisionKind.CREATE_STUDENT, ReasonCode.NEW_PERSON)
        .values(diff)
        .source("s6")
        .explain("create");

    assertThat(sink.decisions())
        .extracting(d -> d.value(Field.GRADE).orElse(null))
        .containsExactly("4", "5", null);
  }

  @Test
  void aPersonsSourceIdThatRepeatsAnEqualIdIsAddedOnce() {
    Sink sink = new Sink();
    sink.decide(DecisionKind.ADD_STUDENT, ReasonCode.IN_SECTION)
        .sources(List.of("sec1", "s1"))
        .personSource(new String("s1"))
        .personSource("s2")
        .explain("add");

    assertThat(sink.decisions().get(0).sourceIds()).containsExactly("sec1", "s1", "s2");
  }

  @Test
  void aSharedTemplateNamesEachDecisionsOwnSourceIds() {
    Sink sink = new Sink();
    for (String student : List.of("s1", "s2")) {
      sink.decide(DecisionKind.ADD_STUDENT, ReasonCode.IN_SECTION)
          .sources(List.of("sec1", "sec2"))
          .source(student)
          .explainShared(ADDED, "sec1", student);
    }

    assertThat(sink.decisions())
        .extracting(Decision::explanation)
        .containsExactly(
            "Add student s1 to Room 4: enrolled in section sec1.",
            "Add student s2 to Room 4: enrolled in section sec1.");
  }

  @Test
  void aNewPersonsIdIsTheProvisionalIdOfItsSourceIdWhereverThatStands() {
    Sink sink = new Sink();
    String contact = "c1";
    String student = "s1";
    sink.decide(DecisionKind.LINK_CONTACT, ReasonCode.GUARDIAN_OF_STUDENT)
        .newTarget(ContactPass.KIND, contact)
        .newRelated(StudentPass.KIND, student)
        .source(contact)
        .source(student)
        .explain("link");
    // The student's source id repeats a section id, so it is not the last source id: the target
    // is made as a string instead.
    sink.decide(DecisionKind.ADD_STUDENT, ReasonCode.IN_SECTION)
        .newTarget(StudentPass.KIND, student)
        .sources(List.of(new String(student), "sec2"))
        .source(student)
        .explain("add");
    sink.decide(DecisionKind.CREATE_STUDENT, ReasonCode.NEW_PERSON)
        .newTarget(StudentPass.KIND, student)
        .explain("no source ids");

    List<Decision> decisions = sink.decisions();

    assertThat(decisions.get(0).targetId()).contains("new:contact:c1");
    assertThat(decisions.get(0).relatedId()).contains("new:student:s1");
    assertThat(decisions.get(0))
        .isEqualTo(
            Decision.builder()
                .kind(DecisionKind.LINK_CONTACT)
                .reason(ReasonCode.GUARDIAN_OF_STUDENT)
                .targetId("new:contact:c1")
                .relatedId("new:student:s1")
                .addSourceIds("c1", "s1")
                .explanation("link")
                .build());
    assertThat(decisions.get(1).targetId()).contains("new:student:s1");
    assertThat(decisions.get(1).sourceIds()).containsExactly("s1", "sec2");
    assertThat(decisions.get(2).targetId()).contains("new:student:s1");
  }

  @Test
  void aTemplateWhoseSourceIdWasDroppedAsARepeatIsFilledIn() {
    Sink sink = new Sink();
    // The student's source id repeats a section id, so it is not the last source id.
    sink.decide(DecisionKind.ADD_STUDENT, ReasonCode.IN_SECTION)
        .sources(List.of("x", "sec2"))
        .source("x")
        .explainShared(ADDED, "x", "x");

    Decision d = sink.decisions().get(0);

    assertThat(d.sourceIds()).containsExactly("x", "sec2");
    assertThat(d.explanation()).isEqualTo("Add student x to Room 4: enrolled in section x.");
  }

  @Test
  void aCopyOfATemplatedDecisionKeepsItsExplanationWhenItsSourceIdsChange() {
    Sink sink = new Sink();
    sink.decide(DecisionKind.ADD_STUDENT, ReasonCode.IN_SECTION)
        .source("sec1")
        .source("s1")
        .explainShared(ADDED, "sec1", "s1");
    Decision d = sink.decisions().get(0);

    Decision copy =
        Decision.builder().from(d).addSourceIds("s2").heldBy(HoldReason.EMPTY_FEED).build();

    assertThat(copy.explanation()).isEqualTo(d.explanation());
    assertThat(copy.sourceIds()).containsExactly("sec1", "s1", "s2");
  }

  @Test
  void aDecisionWithoutExplanationIsRefused() {
    Sink sink = new Sink();
    sink.decide(DecisionKind.SKIP, ReasonCode.ROSTER_CHANGED);

    assertThatThrownBy(sink::decisions)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("explanation");
  }
}
