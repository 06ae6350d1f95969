package com.classtag.clever.model.baseline;

import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The first line of a baseline: which API version and district the roster is from, when it was
 * taken, and the events cursor to read on from.
 *
 * <pre>{@code
 * BaselineHeader header = BaselineHeader.builder()
 *     .apiVersion("v3.0")
 *     .districtId(roster.district().id())
 *     .takenAt(clock.instant())
 *     .eventsCursor(client.events().latestId())
 *     .build();
 * }</pre>
 */
@Value.Immutable
public abstract class BaselineHeader {
  /**
   * {@return the API version the roster was read with, such as {@code v3.0}} Events are scoped to a
   * version, so they must be read with the same one.
   */
  public abstract String apiVersion();

  /** {@return the id of the roster's district} */
  public abstract String districtId();

  /**
   * {@return when the baseline was taken: for a full read, the time just before its cursor was
   * taken; after events were applied, the time just before they were read} Clever keeps events for
   * 30 days, so a baseline older than that cannot be brought up to date by events.
   */
  public abstract Instant takenAt();

  /**
   * {@return the id of the last event the roster reflects, taken just before the full read, or
   * advanced to the last event applied; read events {@code starting_after} it} Empty when there
   * were no events to take a cursor from (none in 30 days, or events not enabled), in which case
   * the baseline cannot be updated by events.
   */
  public abstract Optional<String> eventsCursor();

  /**
   * Rejects empty values, which the format could not tell from absent ones.
   *
   * @throws IllegalStateException if the API version, the district id or a present cursor is empty
   */
  @Value.Check
  final void check() {
    if (apiVersion().isEmpty()) {
      throw new IllegalStateException("baseline header apiVersion is empty");
    }
    if (districtId().isEmpty()) {
      throw new IllegalStateException("baseline header districtId is empty");
    }
    if (eventsCursor().map(String::isEmpty).orElse(false)) {
      throw new IllegalStateException(
          "baseline header eventsCursor is empty; leave it unset instead");
    }
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds a {@link BaselineHeader}. {@code build()} throws {@link IllegalStateException} when the
   * API version, district id or taken-at time is missing, or a value is empty.
   */
  public static final class Builder extends ImmutableBaselineHeader.Builder {}

  /** Returns every field; none is personal data. */
  @Override
  public String toString() {
    return "BaselineHeader{apiVersion="
        + apiVersion()
        + ", district="
        + districtId()
        + ", takenAt="
        + takenAt()
        + ", eventsCursor="
        + eventsCursor().orElse("none")
        + "}";
  }
}
