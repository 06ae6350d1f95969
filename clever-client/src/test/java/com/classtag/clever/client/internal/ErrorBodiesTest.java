package com.classtag.clever.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ErrorBodiesTest {
  @Test
  void findsTheMessageInEveryShape() {
    assertThat(ErrorBodies.message("{\"message\":\"m\",\"error\":\"e\"}")).isEqualTo("m");
    assertThat(ErrorBodies.message("{\"error\":\"e\"}")).isEqualTo("e");
    assertThat(ErrorBodies.message("{\"error\":{\"message\":\"nested\"}}")).isEqualTo("nested");
    assertThat(ErrorBodies.message("{\"message\":\"cut here\",\"other\":[1,"))
        .isEqualTo("cut here");
    assertThat(ErrorBodies.message("{\"data\":null}")).isEqualTo("{\"data\":null}");
    assertThat(ErrorBodies.message("")).isNull();
    assertThat(ErrorBodies.message("  \n")).isNull();
    assertThat(ErrorBodies.message("<html><head><title> Bad\n Gateway </title></head></html>"))
        .isEqualTo("Bad Gateway");
    assertThat(ErrorBodies.message("<p>Not <b>here</b></p>")).isEqualTo("Not here");
    assertThat(ErrorBodies.message("plain\ttext")).isEqualTo("plain text");
    assertThat(ErrorBodies.message("y".repeat(500)))
        .hasSize(com.classtag.clever.client.ErrorDetails.MAX_SERVER_MESSAGE)
        .endsWith("...");
  }
}
