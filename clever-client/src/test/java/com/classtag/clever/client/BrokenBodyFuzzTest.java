package com.classtag.clever.client;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/**
 * A bounded fuzz of broken bodies through the real client over HTTP: whatever a server sends in a
 * 200, every public method either returns or throws a {@link CleverException}; no {@code Error}, no
 * JDK exception, no wrapper. The seeds are fixed, so a failure reproduces.
 */
class BrokenBodyFuzzTest extends ClientTestSupport {
  private static final int CASES = 200;

  private static final String USERS =
      "{\"data\":[{\"data\":{\"id\":\"u1\",\"district\":\"d1\","
          + "\"name\":{\"first\":\"Ada\",\"last\":\"Moss\"},\"email\":\"a@x.org\",\"created\":\"2024-01-01T00:00:00.000Z\","
          + "\"roles\":{\"student\":{\"school\":\"s1\",\"schools\":[\"s1\",\"s2\"],\"grade\":\"5\",\"dob\":\"1/2/2014\","
          + "\"enrollments\":[{\"school\":\"s1\",\"start_date\":\"2023-08-01\"}],\"ext\":{\"k\":[1,2.5,true,null]}},"
          + "\"contact\":{\"phone\":\"555\",\"student_relationships\":[{\"student\":\"u2\",\"relationship\":\"Parent\"}]}}},"
          + "\"uri\":\"/v3.0/users/u1\"},{\"data\":{\"id\":\"u2\",\"roles\":{\"teacher\":{\"school\":\"s1\"}}}}],"
          + "\"links\":[{\"rel\":\"self\",\"uri\":\"/v3.0/users\"}]}";

  private static final String EVENTS =
      "{\"data\":[{\"data\":{\"id\":\"e1\",\"type\":\"users.updated\","
          + "\"created\":\"2024-01-15T10:00:00.000Z\",\"data\":{\"object\":{\"id\":\"u1\",\"name\":{\"first\":\"A\"}},"
          + "\"previous_attributes\":{\"email\":\"b@x.org\"}}},\"uri\":\"/v3.0/events/e1\"}],\"links\":[]}";

  @Test
  void everyBrokenBodyEndsInTheDocumentedHierarchy() {
    assertTimeoutPreemptively(
        Duration.ofMinutes(2),
        () -> {
          CleverClient client =
              client(
                  b ->
                      b.retryPolicy(RetryPolicy.none())
                          .responseLimits(ResponseLimits.builder().maxStringChars(4096).build()));
          for (int seed = 0; seed < CASES; seed++) {
            Random random = new Random(seed);
            byte[] body =
                mutate((seed % 2 == 0 ? USERS : EVENTS).getBytes(StandardCharsets.UTF_8), random);
            wm.resetAll();
            wm.stubFor(any(anyUrl()).willReturn(aResponse().withStatus(200).withBody(body)));
            int s = seed;
            expectOnlyCleverExceptions(s, c -> c.users().list().stream().count(), client);
            expectOnlyCleverExceptions(s, c -> c.users().list().firstPage().items(), client);
            expectOnlyCleverExceptions(s, c -> c.users().get("u1"), client);
            expectOnlyCleverExceptions(
                s, c -> c.events().list(EventsQuery.all()).forEach(e -> e.toString()), client);
            expectOnlyCleverExceptions(s, c -> c.events().latestId(), client);
            if (seed % 25 == 0) {
              expectOnlyCleverExceptions(s, CleverClient::snapshot, client);
            }
          }
          assertThat(client.openResponses()).isZero();
        });
  }

  private static void expectOnlyCleverExceptions(
      int seed, Consumer<CleverClient> call, CleverClient client) {
    try {
      call.accept(client);
    } catch (Throwable t) {
      assertThat(t).as("seed %d: %s", seed, t).isInstanceOf(CleverException.class);
    }
  }

  /**
   * Breaks a body in one to three ways: cuts, flips, inserts, deletes, repeats, deep nesting, odd
   * numbers.
   */
  private static byte[] mutate(byte[] body, Random random) {
    byte[] out = body;
    int mutations = 1 + random.nextInt(3);
    for (int m = 0; m < mutations; m++) {
      int at = random.nextInt(out.length + 1);
      ByteArrayOutputStream b = new ByteArrayOutputStream();
      switch (random.nextInt(8)) {
        case 0 -> b.write(out, 0, at);
        case 1 -> {
          b.write(out, 0, out.length);
          byte[] flipped = b.toByteArray();
          if (flipped.length > 0) {
            flipped[random.nextInt(flipped.length)] ^= (byte) (1 << random.nextInt(8));
          }
          out = flipped;
          continue;
        }
        case 2 -> {
          b.write(out, 0, at);
          byte[] noise = new byte[1 + random.nextInt(8)];
          random.nextBytes(noise);
          b.write(noise, 0, noise.length);
          b.write(out, at, out.length - at);
        }
        case 3 -> {
          int end = Math.min(out.length, at + random.nextInt(40));
          b.write(out, 0, at);
          b.write(out, end, out.length - end);
        }
        case 4 -> {
          int end = Math.min(out.length, at + random.nextInt(60));
          b.write(out, 0, end);
          b.write(out, at, out.length - at);
        }
        case 5 -> {
          b.write(out, 0, at);
          String deep = "[".repeat(20_000);
          b.write(deep.getBytes(StandardCharsets.US_ASCII), 0, deep.length());
          b.write(out, at, out.length - at);
        }
        case 6 -> {
          b.write(out, 0, at);
          String number =
              List.of(
                      "1e999999",
                      "-0.0e-99999",
                      "123456789012345678901234567890",
                      "NaN",
                      "0x1F",
                      "\"\\ud800\"",
                      "\"\\u00\"",
                      "\"x".repeat(3),
                      "\"" + "y".repeat(5000) + "\"")
                  .get(random.nextInt(9));
          b.write(
              number.getBytes(StandardCharsets.UTF_8),
              0,
              number.getBytes(StandardCharsets.UTF_8).length);
          b.write(out, at, out.length - at);
        }
        default -> {
          b.write(out, 0, at);
          byte[] invalid = {(byte) 0xC3, (byte) 0xFF, 0x00, 0x1B};
          b.write(invalid, 0, 1 + random.nextInt(invalid.length));
          b.write(out, at, out.length - at);
        }
      }
      out = b.toByteArray();
    }
    return out;
  }
}
