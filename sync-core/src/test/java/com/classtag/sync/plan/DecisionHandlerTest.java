package com.classtag.sync.plan;

import static com.classtag.sync.plan.Fixtures.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.classtag.sync.state.TeacherRole;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@link Plan#applyTo} hands a handler what applies, creations first, and {@link ProvisionalIds}
 * maps ids.
 */
class DecisionHandlerTest {
  private static Decision.Builder decision(DecisionKind kind) {
    return Decision.builder()
        .kind(kind)
        .reason(ReasonCode.ROSTER_CHANGED)
        .addSourceIds("src")
        .explanation("x");
  }

  @Test
  void everyKindButSkipHasItsOwnAbstractMethodSoANewKindBreaksEveryHandlersCompile() {
    List<String> expected =
        Arrays.stream(DecisionKind.values())
            .filter(k -> k != DecisionKind.SKIP)
            .map(DecisionHandlerTest::methodName)
            .collect(Collectors.toList());
    List<Method> methods =
        Arrays.stream(DecisionHandler.class.getDeclaredMethods())
            .filter(
                m ->
                    m.getParameterTypes().length == 1 && m.getParameterTypes()[0] == Decision.class)
            .collect(Collectors.toList());

    assertThat(methods).extracting(Method::getName).containsExactlyInAnyOrderElementsOf(expected);
    assertThat(DecisionHandler.class.getDeclaredMethods())
        .allSatisfy(
            m -> assertThat(Modifier.isAbstract(m.getModifiers())).as(m.getName()).isTrue());
  }

  @Test
  void eachDecisionReachesTheMethodOfItsKind() {
    Plan plan = plan(district().build(), emptyApp());
    Recorder recorder = new Recorder(ProvisionalIds.of(plan));

    plan.applyTo(recorder);

    assertThat(recorder.calls).hasSize(plan.changes().size() + 1);
    for (int i = 0; i < plan.changes().size(); i++) {
      Decision d = recorder.decisions.get(i);
      assertThat(recorder.calls.get(i)).isEqualTo(methodName(d.kind()));
    }
    assertThat(recorder.calls.get(recorder.calls.size() - 1)).isEqualTo("moveSectionBaseline");
    assertThat(recorder.baseline).isEqualTo(plan.baselineChange());
  }

  @Test
  void creationsComeFirstThenEverythingElseInPlanOrderAndHeldDecisionsAndSkipsNever() {
    Decision add =
        decision(DecisionKind.ADD_STUDENT)
            .schoolId("app-1")
            .classroomId("c-1")
            .targetId("new:student:s-9")
            .build();
    Decision held =
        decision(DecisionKind.REMOVE_STUDENT)
            .schoolId("app-1")
            .classroomId("c-1")
            .targetId("s-2")
            .heldBy(HoldReason.DELETION_THRESHOLD)
            .build();
    Decision skip = decision(DecisionKind.SKIP).targetId("c-7").build();
    Decision create =
        decision(DecisionKind.CREATE_STUDENT)
            .schoolId("app-2")
            .targetId("new:student:s-9")
            .putValues(Field.SOURCE_ID, "s-9")
            .build();
    Decision update =
        decision(DecisionKind.UPDATE_STUDENT)
            .schoolId("app-2")
            .targetId("s-3")
            .putValues(Field.GRADE, "5")
            .build();
    Plan plan =
        Plan.builder().generatedAt(NOW).addDecisions(add, held, skip, create, update).build();
    Recorder recorder = new Recorder(ProvisionalIds.of(plan));

    plan.applyTo(recorder);

    assertThat(recorder.decisions).containsExactly(create, add, update);
  }

  @Test
  void aHandlerAssignsItsOwnIdsToCreatedObjectsAndLaterDecisionsResolveToThem() {
    Plan plan = plan(district().build(), emptyApp());
    Recorder recorder = new Recorder(ProvisionalIds.of(plan));

    plan.applyTo(recorder);

    // Every id a decision named that the plan creates came back as the store's own row id.
    assertThat(recorder.resolved).isNotEmpty().allSatisfy(id -> assertThat(id).startsWith("row-"));
    assertThat(recorder.resolved).containsAll(recorder.rows.values());
    assertThat(recorder.rows.keySet()).allSatisfy(id -> assertThat(id).startsWith("new:"));
  }

  @Test
  void anIdThePlanDoesNotCreateResolvesToItselfEvenIfItLooksProvisional() {
    Plan plan =
        Plan.builder()
            .generatedAt(NOW)
            .addDecisions(decision(DecisionKind.CREATE_STAFF).targetId("new:staff:t-1~2").build())
            .build();
    ProvisionalIds ids = ProvisionalIds.of(plan);

    assertThat(ids.resolve("new:staff:t-1")).isEqualTo("new:staff:t-1");
    assertThat(ids.isProvisional("new:staff:t-1")).isFalse();
    assertThat(ids.isProvisional("new:staff:t-1~2")).isTrue();
    assertThatThrownBy(() -> ids.resolve("new:staff:t-1~2"))
        .isInstanceOf(IllegalStateException.class)
        .hasMessageContaining("new:staff:t-1~2")
        .hasMessageContaining("assign");
    ids.assign("new:staff:t-1~2", "42");
    assertThat(ids.resolve("new:staff:t-1~2")).isEqualTo("42");
    assertThatThrownBy(() -> ids.assign("new:staff:t-1~2", "43"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("the plan creates new:staff:t-1~2 twice");
    assertThatThrownBy(() -> ids.assign("new:staff:t-9", "44"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("new:staff:t-9 is not an id this plan creates");
  }

  @Test
  void aHeldCreationIsNotProvisional() {
    Plan plan =
        Plan.builder()
            .generatedAt(NOW)
            .addDecisions(
                decision(DecisionKind.INVITE_CONTACT)
                    .targetId("new:contact:c-1")
                    .heldBy(HoldReason.EMPTY_FEED)
                    .build())
            .build();

    assertThat(ProvisionalIds.of(plan).isProvisional("new:contact:c-1")).isFalse();
  }

  @Test
  void aHandlerFailureStopsTheWalkNamingTheDecisionsIndexAndKind() {
    Decision create = decision(DecisionKind.CREATE_STAFF).targetId("new:staff:t-1").build();
    Decision teacher =
        decision(DecisionKind.ADD_TEACHER)
            .classroomId("c-1")
            .targetId("new:staff:t-1")
            .putValues(Field.ROLE, "PRIMARY")
            .build();
    Decision later =
        decision(DecisionKind.REMOVE_TEACHER).classroomId("c-2").targetId("t-2").build();
    Plan plan = Plan.builder().generatedAt(NOW).addDecisions(teacher, later, create).build();
    IllegalStateException boom = new IllegalStateException("the classroom table is locked");
    Recorder recorder =
        new Recorder(ProvisionalIds.of(plan)) {
          @Override
          public void addTeacher(Decision d) {
            throw boom;
          }
        };

    assertThatThrownBy(() -> plan.applyTo(recorder))
        .isInstanceOfSatisfying(
            PlanApplyException.class,
            e -> {
              assertThat(e.decisionIndex()).isZero();
              assertThat(e.decision()).isSameAs(teacher);
              assertThat(e)
                  .hasCause(boom)
                  .hasMessage("decision #0 (ADD_TEACHER): the classroom table is locked");
            });
    assertThat(recorder.decisions).containsExactly(create);
    assertThat(recorder.baseline).isNull();
  }

  @Test
  void aPausedPlanHandsOverNothing() {
    Recorder recorder = new Recorder(ProvisionalIds.of(Plan.builder().generatedAt(NOW).build()));

    Plan.builder().generatedAt(NOW).paused(true).build().applyTo(recorder);

    assertThat(recorder.calls).isEmpty();
  }

  @Test
  void typedValuesReadTheDecisionsFields() {
    Decision add = decision(DecisionKind.ADD_TEACHER).putValues(Field.ROLE, "CO_TEACHER").build();
    Decision bad = decision(DecisionKind.ADD_TEACHER).putValues(Field.ROLE, "HEAD").build();

    assertThat(add.teacherRole()).contains(TeacherRole.CO_TEACHER);
    assertThat(add.archiveReason()).isEmpty();
    assertThatThrownBy(bad::teacherRole)
        .isInstanceOf(IllegalStateException.class)
        .hasMessageStartingWith("values.role of a ADD_TEACHER decision is HEAD, not one of [");
  }

  static String methodName(DecisionKind kind) {
    String[] words = kind.name().toLowerCase(Locale.ROOT).split("_");
    StringBuilder out = new StringBuilder(words[0]);
    for (int i = 1; i < words.length; i++) {
      out.append(Character.toUpperCase(words[i].charAt(0))).append(words[i].substring(1));
    }
    return out.toString();
  }

  /**
   * A store with ids of its own: each created object gets the next row id, and every id a later
   * decision names is resolved, as a handler of a real database would.
   */
  private static class Recorder implements DecisionHandler {
    final ProvisionalIds ids;
    final List<String> calls = new ArrayList<>();
    final List<Decision> decisions = new ArrayList<>();
    final Map<String, String> rows = new HashMap<>();
    final List<String> resolved = new ArrayList<>();
    BaselineChange baseline;

    Recorder(ProvisionalIds ids) {
      this.ids = ids;
    }

    private void record(String method, Decision d) {
      calls.add(method);
      decisions.add(d);
      if (d.kind().isCreation()) {
        String row = "row-" + (rows.size() + 1);
        rows.put(d.createdId().orElseThrow(), row);
        ids.assign(d.createdId().orElseThrow(), row);
        return;
      }
      for (String id :
          List.of(d.classroomId(), d.targetId(), d.relatedId()).stream()
              .flatMap(java.util.Optional::stream)
              .collect(Collectors.toList())) {
        if (ids.isProvisional(id)) {
          resolved.add(ids.resolve(id));
        }
      }
    }

    @Override
    public void createClassroom(Decision d) {
      record("createClassroom", d);
    }

    @Override
    public void updateClassroom(Decision d) {
      record("updateClassroom", d);
    }

    @Override
    public void unarchiveClassroom(Decision d) {
      record("unarchiveClassroom", d);
    }

    @Override
    public void archiveClassroom(Decision d) {
      record("archiveClassroom", d);
    }

    @Override
    public void addTeacher(Decision d) {
      record("addTeacher", d);
    }

    @Override
    public void removeTeacher(Decision d) {
      record("removeTeacher", d);
    }

    @Override
    public void addStudent(Decision d) {
      record("addStudent", d);
    }

    @Override
    public void removeStudent(Decision d) {
      record("removeStudent", d);
    }

    @Override
    public void createStudent(Decision d) {
      record("createStudent", d);
    }

    @Override
    public void updateStudent(Decision d) {
      record("updateStudent", d);
    }

    @Override
    public void createStaff(Decision d) {
      record("createStaff", d);
    }

    @Override
    public void updateStaff(Decision d) {
      record("updateStaff", d);
    }

    @Override
    public void addSchoolAccess(Decision d) {
      record("addSchoolAccess", d);
    }

    @Override
    public void removeSchoolAccess(Decision d) {
      record("removeSchoolAccess", d);
    }

    @Override
    public void addDistrictAccess(Decision d) {
      record("addDistrictAccess", d);
    }

    @Override
    public void removeDistrictAccess(Decision d) {
      record("removeDistrictAccess", d);
    }

    @Override
    public void inviteContact(Decision d) {
      record("inviteContact", d);
    }

    @Override
    public void updateContact(Decision d) {
      record("updateContact", d);
    }

    @Override
    public void linkContact(Decision d) {
      record("linkContact", d);
    }

    @Override
    public void unlinkContact(Decision d) {
      record("unlinkContact", d);
    }

    @Override
    public void moveSectionBaseline(BaselineChange change) {
      calls.add("moveSectionBaseline");
      baseline = change;
    }
  }
}
