package com.classtag.sync.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A decision's values: sorted by name, frozen once built, and copies that share a names array never
 * see each other's changes.
 */
class SortedValuesTest {
  private static SortedValues of(String... namesAndValues) {
    SortedValues values = new SortedValues(2);
    for (int i = 0; i < namesAndValues.length; i += 2) {
      values.set(namesAndValues[i], namesAndValues[i + 1]);
    }
    return values;
  }

  @Test
  void keepsValuesSortedByNameAndReplacesBySameName() {
    SortedValues values = of("sisId", "1", "email", "a@x", "sisId", "2");

    assertThat(values).containsExactly(Map.entry("email", "a@x"), Map.entry("sisId", "2"));
    assertThat(values.firstKey()).isEqualTo("email");
  }

  @Test
  void copiesWithTheSameNamesShareTheirNamesArrayAndKeepTheirOwnValues() {
    SortedValues source = of("email", "a@x", "sisId", "1");
    String[][] recent = new String[2][];
    String[] firstNames = source.namesSharedWith(recent);
    String[] firstValues = source.valuesCopy();
    source.set("sisId", "2");
    String[] secondNames = source.namesSharedWith(recent);
    String[] secondValues = source.valuesCopy();
    source.set("grade", "5");

    assertThat(secondNames).isSameAs(firstNames).containsExactly("email", "sisId");
    assertThat(firstValues).containsExactly("a@x", "1");
    assertThat(secondValues).containsExactly("a@x", "2");
    assertThat(source.namesSharedWith(recent))
        .isNotSameAs(firstNames)
        .containsExactly("email", "grade", "sisId");
  }

  @Test
  void aHandoffMapShowsTheArraysItIsPointedAtAndRefusesChanges() {
    SortedValues handoff = SortedValues.handoff();
    handoff.repoint(new String[] {"email", "sisId"}, new String[] {"a@x", "1"});

    assertThat(handoff).containsExactly(Map.entry("email", "a@x"), Map.entry("sisId", "1"));
    assertThatThrownBy(() -> handoff.set("email", "b@x")).isInstanceOf(IllegalStateException.class);
    handoff.repoint(new String[] {"grade"}, new String[] {"5"});
    assertThat(handoff).containsExactly(Map.entry("grade", "5"));
  }

  @Test
  void aFrozenMapRefusesChanges() {
    SortedValues frozen = of("email", "a@x").freeze();

    assertThatThrownBy(() -> frozen.set("email", "b@x")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(frozen::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThat(frozen).containsExactly(Map.entry("email", "a@x"));
  }
}
