package com.classtag.clever.testing.standin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FaultsTest {
  @Test
  void parsesBurstsAtRequestNumbers() {
    Faults faults = Faults.parse("429x3@2, 503@6,drop@9,cut@10");

    assertThat(faults.at(1)).isEmpty();
    assertThat(faults.at(2)).contains(FaultKind.RATE_LIMITED);
    assertThat(faults.at(4)).contains(FaultKind.RATE_LIMITED);
    assertThat(faults.at(5)).isEmpty();
    assertThat(faults.at(6)).contains(FaultKind.SERVICE_UNAVAILABLE);
    assertThat(faults.at(9)).contains(FaultKind.DROPPED_CONNECTION);
    assertThat(faults.at(10)).contains(FaultKind.TRUNCATED_BODY);
    assertThat(faults.size()).isEqualTo(6);
    assertThat(faults).hasToString("429@2,429@3,429@4,503@6,drop@9,cut@10");
  }

  @Test
  void startsAtTheFirstRequestWithoutAnAt() {
    assertThat(Faults.parse("503x2").at(1)).contains(FaultKind.SERVICE_UNAVAILABLE);
    assertThat(Faults.parse("").size()).isZero();
  }

  @Test
  void rejectsMalformedItemsNamingThem() {
    assertThatThrownBy(() -> Faults.parse("418@1")).hasMessageContaining("'418@1'").hasMessageContaining("429");
    assertThatThrownBy(() -> Faults.parse("429x0@1")).hasMessageContaining("'429x0@1'");
    assertThatThrownBy(() -> Faults.parse("503@soon")).hasMessageContaining("'soon'");
    assertThatThrownBy(() -> Faults.parse("503x2@1,drop@2")).hasMessageContaining("overlaps");
  }
}
