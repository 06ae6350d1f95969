package com.classtag.sync.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@link Field} names a decision's values, and a decision holds only values it names. */
class FieldTest {
  private static Decision.Builder decision(DecisionKind kind) {
    return Decision.builder().kind(kind).reason(ReasonCode.ROSTER_CHANGED).explanation("x");
  }

  @Test
  void everyFieldHasItsOwnJsonNameAndIsFoundByIt() {
    assertThat(Arrays.stream(Field.values()).map(Field::jsonName).collect(Collectors.toSet()))
        .hasSize(Field.values().length);
    for (Field f : Field.values()) {
      assertThat(Field.fromJsonName(f.jsonName())).contains(f);
    }
    assertThat(Field.fromJsonName("ext.house")).isEmpty();
    assertThat(Field.extensionJsonName("house")).isEqualTo("ext.house");
  }

  @Test
  void valuesAreKeptByJsonNameAndReadByFieldOrExtensionName() {
    Decision d =
        decision(DecisionKind.UPDATE_STUDENT)
            .putValues(Field.GRADE, "5")
            .putValues(Field.EMAIL, "")
            .putExtensionValue("house", "Red")
            .build();

    assertThat(d.values())
        .containsExactly(
            Map.entry("email", ""), Map.entry("ext.house", "Red"), Map.entry("grade", "5"));
    assertThat(d.fields()).containsExactly(Map.entry(Field.GRADE, "5"), Map.entry(Field.EMAIL, ""));
    assertThat(d.extensionValues()).containsExactly(Map.entry("house", "Red"));
    assertThat(d.value(Field.GRADE)).contains("5");
    assertThat(d.value(Field.NAME)).isEmpty();
    assertThat(decision(DecisionKind.UPDATE_STUDENT).putAllValues(d.values()).build()).isEqualTo(d);
  }

  @Test
  void aValueNameThatIsNeitherAFieldNorAnExtensionIsRefusedNamingIt() {
    assertThatThrownBy(
            () -> decision(DecisionKind.UPDATE_STUDENT).putAllValues(Map.of("colour", "red")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unknown decision value colour:");
    assertThatThrownBy(
            () -> decision(DecisionKind.UPDATE_STUDENT).putAllValues(Map.of("ext.", "red")))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("unknown decision value ext.:");
    assertThatThrownBy(() -> decision(DecisionKind.UPDATE_STUDENT).putExtensionValue("", "red"))
        .isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void aCreationNamesTheProvisionalIdOfWhatItCreates() {
    assertThat(
            decision(DecisionKind.CREATE_CLASSROOM)
                .classroomId("new:classroom:sec-1")
                .schoolId("app-1")
                .build()
                .createdId())
        .contains("new:classroom:sec-1");
    assertThat(
            decision(DecisionKind.INVITE_CONTACT).targetId("new:contact:c-1").build().createdId())
        .contains("new:contact:c-1");
    assertThat(
            decision(DecisionKind.ADD_STUDENT)
                .classroomId("c-1")
                .targetId("s-1")
                .build()
                .createdId())
        .isEmpty();
  }
}
