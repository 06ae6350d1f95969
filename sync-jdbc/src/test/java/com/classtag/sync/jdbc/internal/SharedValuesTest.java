package com.classtag.sync.jdbc.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The per-read table of repeated values: shared while it has room, handed back as given after. */
class SharedValuesTest {
  private static String copy(String s) {
    return new String(s.toCharArray());
  }

  @Test
  void equalValuesComeBackAsTheFirstInstance() {
    SharedValues values = new SharedValues();
    String first = copy("Parent");

    assertThat(values.share(first)).isSameAs(first);
    assertThat(values.share(copy("Parent"))).isSameAs(first);
    assertThat(values.share(null)).isNull();
  }

  @Test
  void pastItsBoundAValueIsKeptAsGivenAndEarlierOnesStayShared() {
    SharedValues values = new SharedValues();
    String grade = copy("5");
    values.share(grade);
    for (int i = 0; i < SharedValues.MAX; i++) {
      values.share("value-" + i);
    }
    String late = copy("late");

    assertThat(values.share(late)).isSameAs(late);
    assertThat(values.share(copy("late"))).isNotSameAs(late).isEqualTo("late");
    assertThat(values.share(copy("5"))).isSameAs(grade);
  }
}
