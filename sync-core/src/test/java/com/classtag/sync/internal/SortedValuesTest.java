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
  void copiesWithTheSameNamesShareTheirNamesButNotTheirChanges() {
    SortedValues source = of("email", "a@x", "sisId", "1");
    SortedValues[] recent = new SortedValues[2];
    SortedValues first = SortedValues.copyOf(source, recent);
    source.set("sisId", "2");
    SortedValues second = SortedValues.copyOf(source, recent);

    // Each changes after sharing: an insert, a clear, a replace.
    first.set("grade", "5");
    second.set("sisId", "3");
    SortedValues third = SortedValues.copyOf(source, new SortedValues[] {second});
    second.clear();

    assertThat(first)
        .containsExactly(
            Map.entry("email", "a@x"), Map.entry("grade", "5"), Map.entry("sisId", "1"));
    assertThat(second).isEmpty();
    assertThat(third).containsExactly(Map.entry("email", "a@x"), Map.entry("sisId", "2"));
    assertThat(SortedValues.copyOf(of("email", "b@x"), new SortedValues[] {third}))
        .containsExactly(Map.entry("email", "b@x"));
  }

  @Test
  void aFrozenMapRefusesChanges() {
    SortedValues frozen = of("email", "a@x").freeze();

    assertThatThrownBy(() -> frozen.set("email", "b@x")).isInstanceOf(IllegalStateException.class);
    assertThatThrownBy(frozen::clear).isInstanceOf(UnsupportedOperationException.class);
    assertThat(frozen).containsExactly(Map.entry("email", "a@x"));
  }
}
