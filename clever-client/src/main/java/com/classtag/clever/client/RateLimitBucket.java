package com.classtag.clever.client;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * One rate-limit bucket a response matched, from the {@code X-RateLimit-*} headers. Clever sends
 * one value per bucket in each header (repeated, or comma-joined), so a response can report
 * several; values are paired by position. Immutable.
 */
public final class RateLimitBucket {
  private final String name;
  private final Long limit;
  private final Long remaining;
  private final Instant reset;

  private RateLimitBucket(Builder b) {
    this.name = b.name;
    this.limit = b.limit;
    this.remaining = b.remaining;
    this.reset = b.reset;
  }

  /** {@return a builder with every field unset} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return the bucket's name ({@code X-RateLimit-Bucket}), if sent} */
  public Optional<String> name() {
    return Optional.ofNullable(name);
  }

  /** {@return the requests allowed per window ({@code X-RateLimit-Limit}), if sent} */
  public OptionalLong limit() {
    return limit == null ? OptionalLong.empty() : OptionalLong.of(limit);
  }

  /** {@return the requests left in the window ({@code X-RateLimit-Remaining}), if sent} */
  public OptionalLong remaining() {
    return remaining == null ? OptionalLong.empty() : OptionalLong.of(remaining);
  }

  /** {@return when the window resets ({@code X-RateLimit-Reset}, Unix seconds), if sent} */
  public Optional<Instant> reset() {
    return Optional.ofNullable(reset);
  }

  /** {@return whether the bucket has no requests left} */
  public boolean isExhausted() {
    return remaining != null && remaining <= 0;
  }

  @Override
  public boolean equals(Object o) {
    if (!(o instanceof RateLimitBucket)) {
      return false;
    }
    RateLimitBucket b = (RateLimitBucket) o;
    return Objects.equals(name, b.name)
        && Objects.equals(limit, b.limit)
        && Objects.equals(remaining, b.remaining)
        && Objects.equals(reset, b.reset);
  }

  @Override
  public int hashCode() {
    return Objects.hash(name, limit, remaining, reset);
  }

  @Override
  public String toString() {
    return "RateLimitBucket{name="
        + name
        + ", limit="
        + limit
        + ", remaining="
        + remaining
        + ", reset="
        + reset
        + "}";
  }

  /** Builds a {@link RateLimitBucket}. */
  public static final class Builder {
    private String name;
    private Long limit;
    private Long remaining;
    private Instant reset;

    private Builder() {}

    /**
     * Sets the bucket's name.
     *
     * @param name the name, or null
     * @return this builder
     */
    public Builder name(String name) {
      this.name = name;
      return this;
    }

    /**
     * Sets the requests allowed per window.
     *
     * @param limit the limit
     * @return this builder
     */
    public Builder limit(long limit) {
      this.limit = limit;
      return this;
    }

    /**
     * Sets the requests left in the window.
     *
     * @param remaining the remaining requests
     * @return this builder
     */
    public Builder remaining(long remaining) {
      this.remaining = remaining;
      return this;
    }

    /**
     * Sets when the window resets.
     *
     * @param reset the reset time, or null
     * @return this builder
     */
    public Builder reset(Instant reset) {
      this.reset = reset;
      return this;
    }

    /** {@return the bucket} */
    public RateLimitBucket build() {
      return new RateLimitBucket(this);
    }
  }
}
