package com.classtag.clever.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The Gson check: silent with a new Gson, and naming both versions with an old one. */
class GsonVersionTest {
  @Test
  void theGsonOfTheBuildIsNewEnough() {
    GsonVersion.require();
    assertThat(GsonVersion.problem(true, "2.13.2")).isNull();
  }

  @Test
  void anOldGsonIsNamedWithTheVersionNeeded() {
    assertThat(GsonVersion.problem(false, "2.8.9"))
        .contains("Gson 2.8.9 is on the classpath")
        .contains("needs Gson 2.11.0 or later")
        .contains("gson.version");
    assertThat(GsonVersion.problem(false, null)).contains("(version unknown)");
  }
}
