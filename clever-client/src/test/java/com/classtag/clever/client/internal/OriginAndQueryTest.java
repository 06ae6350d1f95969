package com.classtag.clever.client.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import org.junit.jupiter.api.Test;

class OriginAndQueryTest {
  private final Origin origin = Origin.parse("https://api.clever.com");

  @Test
  void resolvesLinksAgainstTheOriginNotTheVersionedBase() {
    assertThat(origin.resolve("/v3.0/users?starting_after=a"))
        .isEqualTo(URI.create("https://api.clever.com/v3.0/users?starting_after=a"));
    assertThat(origin.resolve("https://api.clever.com:443/v3.0/x")).isNotNull();
  }

  @Test
  void refusesLinksToAnotherOrigin() {
    assertThatThrownBy(() -> origin.resolve("https://evil.example/v3.0/users"))
        .hasMessageContaining("evil.example");
    assertThatThrownBy(() -> origin.resolve("//evil.example/v3.0/users"))
        .hasMessageContaining("evil.example");
    assertThatThrownBy(() -> origin.resolve("http://api.clever.com/v3.0/users"))
        .hasMessageContaining("uses scheme http, not https");
    assertThatThrownBy(() -> origin.resolve("https://api.clever.com:8443/v3.0/users"))
        .hasMessageContaining("points to port 8443 of api.clever.com, not port 443");
    assertThatThrownBy(() -> origin.resolve("https://user:pw@api.clever.com/v3.0/users"))
        .hasMessageContaining("carries user info")
        .hasMessageNotContaining("pw");
    assertThatThrownBy(() -> origin.resolve("/v3.0/users?x=a b"))
        .hasMessageContaining("not a valid URI");
  }

  @Test
  void aLinkToAnotherPortOfTheSameLoopbackHostSaysThePortDiffers() {
    Origin loopback = Origin.parse("http://127.0.0.1:9000");
    assertThatThrownBy(() -> loopback.resolve("http://127.0.0.1:9001/v3.0/users"))
        .hasMessageStartingWith("the link points to port 9001 of 127.0.0.1, not port 9000")
        .hasMessageNotContaining("host 127.0.0.1, not 127.0.0.1");
  }

  @Test
  void loopbackIsTheOnlyPlainHttp() {
    assertThat(Origin.parse("http://127.0.0.1:9000").isPlainHttp()).isTrue();
    assertThat(Origin.parse("http://[::1]:9000").uri("/v3.0/x", ""))
        .hasToString("http://[::1]:9000/v3.0/x");
    assertThatThrownBy(() -> Origin.parse("http://10.0.0.1")).hasMessageContaining("loopback");
  }

  @Test
  void resumingReplacesTheCursorAndKeepsTheRest() {
    URI page =
        URI.create(
            "https://api.clever.com/v3.0/users?limit=10&role=student&starting_after=a&ending_before=z");
    assertThat(Query.startingAfter(page, "b c"))
        .hasToString(
            "https://api.clever.com/v3.0/users?limit=10&role=student&starting_after=b%20c");
    assertThat(Query.cursor(URI.create("https://h/v3.0/u?limit=1&starting_after=x9")))
        .isEqualTo("x9");
    assertThat(Query.cursor(URI.create("https://h/v3.0/u"))).isNull();
  }

  @Test
  void encodesEverythingButUnreservedCharacters() {
    assertThat(Query.encode("a/b?c=d&e f~é")).isEqualTo("a%2Fb%3Fc%3Dd%26e%20f~%C3%A9");
  }
}
