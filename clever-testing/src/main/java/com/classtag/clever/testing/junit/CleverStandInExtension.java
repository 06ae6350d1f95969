package com.classtag.clever.testing.junit;

import com.classtag.clever.client.CleverClient;
import com.classtag.clever.testing.district.TestDistrict;
import com.classtag.clever.testing.junit.internal.Clients;
import com.classtag.clever.testing.standin.CleverData;
import com.classtag.clever.testing.standin.CleverStandIn;
import com.classtag.clever.testing.time.FakeClock;
import java.time.Instant;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * A JUnit 5 extension that runs one Clever stand-in per test class, resets its faults and journal
 * before each test, and injects it, its {@link FakeClock}, or a {@code CleverClient} already
 * pointed at it (built with that clock and sleeping on it, so retries take no wall time) as test
 * parameters.
 *
 * <pre>{@code
 * class RosterImportTest {
 *   @RegisterExtension
 *   static final CleverStandInExtension CLEVER = CleverStandInExtension.serving(TestDistrict.generate(7, 300));
 *
 *   @Test
 *   void ridesOutAnOutage(CleverStandIn clever, CleverClient client) {
 *     clever.inject(Fault.serverError(503).times(2));
 *     // ... run the import with client, assert on its result and on clever.journal() ...
 *   }
 * }
 * }</pre>
 *
 * <p>With {@code @ExtendWith(CleverStandInExtension.class)} it serves a generated district of 90
 * students (seed 1). Nested test classes share their outer class's stand-in. The client parameter
 * needs {@code clever-client} on the test class path; each test gets its own, closed after the
 * test.
 */
public final class CleverStandInExtension
    implements BeforeAllCallback,
        AfterAllCallback,
        BeforeEachCallback,
        AfterEachCallback,
        ParameterResolver {
  /** Where the extension's default clock starts: a school-day morning. */
  public static final Instant START = Instant.parse("2026-10-01T06:00:00Z");

  private static final String CLIENT_CLASS = "com.classtag.clever.client.CleverClient";
  private static final String STAND_IN = "stand-in";
  private static final String CLIENT = "client";

  private final CleverData data;
  private final FakeClock clock;
  private final UnaryOperator<CleverClient.Builder> clientTuning;
  private volatile CleverStandIn running;

  /**
   * Creates the extension serving a generated district of 90 students (seed 1), for
   * {@code @ExtendWith}.
   */
  public CleverStandInExtension() {
    this(TestDistrict.generate(1, 90), FakeClock.at(START), UnaryOperator.identity());
  }

  private CleverStandInExtension(
      CleverData data, FakeClock clock, UnaryOperator<CleverClient.Builder> tuning) {
    this.data = data;
    this.clock = clock;
    this.clientTuning = tuning;
  }

  /**
   * Returns an extension serving {@code data}, for {@code @RegisterExtension}.
   *
   * @param data the district, such as a {@link TestDistrict} or a {@code ChangingDistrict}
   * @return the extension
   * @throws NullPointerException if {@code data} is null
   */
  public static CleverStandInExtension serving(CleverData data) {
    return new CleverStandInExtension(
        Objects.requireNonNull(data, "data"), FakeClock.at(START), UnaryOperator.identity());
  }

  /**
   * Returns a copy whose injected clients are adjusted before they are built, for example with a
   * smaller page size or a listener. The base URL, token, clock and sleeper are set before {@code
   * tuning} runs.
   *
   * @param tuning adjusts each client's builder
   * @return the extension
   */
  public CleverStandInExtension withClients(UnaryOperator<CleverClient.Builder> tuning) {
    return new CleverStandInExtension(data, clock, Objects.requireNonNull(tuning, "tuning"));
  }

  /**
   * Returns the stand-in of the test class running now, for tests that take no parameters.
   *
   * @return the running stand-in
   * @throws IllegalStateException outside a test class's run
   */
  public CleverStandIn standIn() {
    CleverStandIn standIn = running;
    if (standIn == null) {
      throw new IllegalStateException("the stand-in runs only while its test class runs");
    }
    return standIn;
  }

  /** {@return the clock the stand-in and injected clients share; tests may advance it} */
  public FakeClock clock() {
    return clock;
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    running =
        store(context)
            .getOrComputeIfAbsent(
                STAND_IN,
                key -> CleverStandIn.builder(data).clock(clock).start(),
                CleverStandIn.class);
  }

  @Override
  public void afterAll(ExtensionContext context) {
    // remove() sees only this class's own store, so a nested class leaves its outer class's
    // stand-in running.
    CleverStandIn owned = store(context).remove(STAND_IN, CleverStandIn.class);
    if (owned != null) {
      owned.close();
      running = null;
    }
  }

  /**
   * Resets the stand-in's faults, journal and request numbers, and the clock's recorded sleeps.
   *
   * @throws IllegalStateException if the stand-in was not started for the class, as when the
   *     extension is registered on an instance field
   */
  @Override
  public void beforeEach(ExtensionContext context) {
    CleverStandIn standIn = store(context).get(STAND_IN, CleverStandIn.class);
    if (standIn == null) {
      throw new IllegalStateException(
          "the stand-in starts before the test class: register "
              + "CleverStandInExtension on a static @RegisterExtension field or with @ExtendWith");
    }
    standIn.reset();
    clock.clearSleeps();
  }

  @Override
  public void afterEach(ExtensionContext context) throws Exception {
    AutoCloseable client = store(context).remove(CLIENT, AutoCloseable.class);
    if (client != null) {
      client.close();
    }
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    // Compared by name: loading CleverClient would fail for a user without clever-client.
    return type == CleverStandIn.class
        || type == FakeClock.class
        || type.getName().equals(CLIENT_CLASS);
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    Class<?> type = parameter.getParameter().getType();
    CleverStandIn standIn = store(context).get(STAND_IN, CleverStandIn.class);
    if (standIn == null) {
      throw new ParameterResolutionException(
          "the stand-in runs only while its test class runs; register the "
              + "extension on the class (a static @RegisterExtension field, or @ExtendWith)");
    }
    if (type == CleverStandIn.class) {
      return standIn;
    }
    if (type == FakeClock.class) {
      return clock;
    }
    if (context.getTestMethod().isEmpty()) {
      throw new ParameterResolutionException(
          "a client is injected into test methods only; build one in "
              + "@BeforeAll from the CleverStandIn parameter instead");
    }
    return store(context)
        .getOrComputeIfAbsent(
            CLIENT, key -> Clients.pointedAt(standIn, clock, clientTuning), AutoCloseable.class);
  }

  private ExtensionContext.Store store(ExtensionContext context) {
    return context.getStore(ExtensionContext.Namespace.create(CleverStandInExtension.class, this));
  }
}
