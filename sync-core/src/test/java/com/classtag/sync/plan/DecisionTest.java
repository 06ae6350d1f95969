package com.classtag.sync.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A decision keeps some things compactly (provisional ids made again from its source ids, values in
 * two arrays, kind and hold as ordinals); what it returns is exactly what it was given.
 */
class DecisionTest {
  private static Decision.Builder link() {
    return Decision.builder()
        .kind(DecisionKind.LINK_CONTACT)
        .reason(ReasonCode.GUARDIAN_OF_STUDENT)
        .explanation("Link.");
  }

  @Test
  void provisionalIdsOfItsFirstAndLastSourceIdsReadAsGiven() {
    Decision d =
        link()
            .targetId("new:contact:c1")
            .relatedId("new:student:s1")
            .addSourceIds("c1", "s1")
            .build();

    assertThat(d.targetId()).contains("new:contact:c1");
    assertThat(d.relatedId()).contains("new:student:s1");
    assertThat(d.toString()).contains("new:contact:c1", "new:student:s1");
  }

  @Test
  void idsThatAreNotAProvisionalIdOfASourceIdAreKept() {
    Decision d =
        link()
            .targetId("new:contact:c9")
            .relatedId("new:classroom:s1")
            .addSourceIds("c1", "s1")
            .build();

    assertThat(d.targetId()).contains("new:contact:c9");
    assertThat(d.relatedId()).contains("new:classroom:s1");
  }

  @Test
  void aCopyWithOtherSourceIdsKeepsItsIds() {
    Decision d = link().targetId("new:staff:t1").addSourceIds("sec1", "t1").build();

    Decision copy = Decision.builder().from(d).addSourceIds("t2").build();

    assertThat(copy.targetId()).contains("new:staff:t1");
    assertThat(copy.sourceIds()).containsExactly("sec1", "t1", "t2");
    assertThat(copy).isNotEqualTo(d);
    assertThat(Decision.builder().from(d).build()).isEqualTo(d).hasSameHashCodeAs(d);
  }

  @Test
  void valuesKindAndHoldReadAsGiven() {
    Decision d =
        Decision.builder()
            .kind(DecisionKind.ADD_TEACHER)
            .reason(ReasonCode.IN_SECTION)
            .putValues(Field.ROLE, "PRIMARY")
            .putExtensionValue("lunch", "A")
            .heldBy(HoldReason.DELETION_THRESHOLD)
            .explanation("Add.")
            .build();

    assertThat(d.kind()).isEqualTo(DecisionKind.ADD_TEACHER);
    assertThat(d.reason()).isEqualTo(ReasonCode.IN_SECTION);
    assertThat(d.heldBy()).contains(HoldReason.DELETION_THRESHOLD);
    assertThat(d.isHeld()).isTrue();
    assertThat(d.values())
        .containsExactly(Map.entry("ext.lunch", "A"), Map.entry("role", "PRIMARY"));
    assertThat(d.value(Field.ROLE)).contains("PRIMARY");
    assertThat(d.value(Field.GRADE)).isEmpty();
    assertThat(d.extensionValues()).containsExactly(Map.entry("lunch", "A"));
    assertThat(d.fields()).containsExactly(Map.entry(Field.ROLE, "PRIMARY"));
  }
}
