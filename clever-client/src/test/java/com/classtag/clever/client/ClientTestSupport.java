package com.classtag.clever.client;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * A WireMock server on 127.0.0.1 and clients pointed at it with fake time; every client is closed
 * after each test.
 */
abstract class ClientTestSupport {
  static final String TOKEN = "tok3n-Secret-0123456789abcdef";

  @RegisterExtension
  static WireMockExtension wm =
      WireMockExtension.newInstance()
          .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1"))
          .build();

  final FakeTime time = new FakeTime();
  final RecordingListener listener = new RecordingListener();
  private final List<CleverClient> clients = new ArrayList<>();

  /** Returns a random source whose {@code nextDouble()} is always {@code fraction}. */
  static RandomGenerator fixedJitter(double fraction) {
    long bits = (long) (fraction * (1L << 53));
    return () -> bits << 11;
  }

  String baseUrl() {
    return "http://127.0.0.1:" + wm.getPort();
  }

  CleverClient client() {
    return client(b -> {});
  }

  CleverClient client(Consumer<CleverClient.Builder> customize) {
    CleverClient.Builder b =
        CleverClient.builder()
            .token(TOKEN)
            .baseUrl(baseUrl())
            .clock(time)
            .sleeper(time)
            .random(fixedJitter(0.5))
            .listener(listener)
            .rateLimit(RateLimit.unlimited());
    customize.accept(b);
    CleverClient c = b.build();
    clients.add(c);
    return c;
  }

  @AfterEach
  void closeClients() {
    for (CleverClient c : clients) {
      c.close();
    }
  }
}
