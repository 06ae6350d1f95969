package com.classtag.clever.client;

/**
 * Bounds on what the client accepts from a response, so that a broken or hostile server (or a proxy
 * in front of Clever) cannot make it hold unbounded memory or hand out records without end. Any
 * real Clever response stays far below the defaults; exceeding one fails the call with a {@link
 * ResponseLimitException} that names the limit. Immutable; build with {@link #builder()} or take
 * {@link #defaults()}.
 *
 * <ul>
 *   <li>{@link #pageRecordsMargin()}: a page may hold at most its requested {@code limit} (the
 *       client's page size) plus this many records. Default 100. Clever never sends more than the
 *       limit, so a page that does, such as one that never ends, is stopped after at most limit +
 *       margin records.
 *   <li>{@link #maxResponseBytes()}: the most bytes of one response body. Default 256 MiB; a page
 *       of 10,000 users is typically 10 to 30 MB.
 *   <li>{@link #maxStringChars()}: the longest string value or name in a body, in characters as
 *       decoded (an escape such as {@code \u00e9} is the one character it stands for). Default 1 Mi
 *       (1,048,576) characters; Clever's longest fields are a few hundred.
 * </ul>
 *
 * <pre>{@code
 * CleverClient client = CleverClient.builder().token(token)
 *     .responseLimits(ResponseLimits.builder().maxResponseBytes(1L << 30).build())
 *     .build();
 * }</pre>
 */
public final class ResponseLimits {
  private static final ResponseLimits DEFAULTS = builder().build();

  private final int pageRecordsMargin;
  private final long maxResponseBytes;
  private final int maxStringChars;

  private ResponseLimits(Builder b) {
    this.pageRecordsMargin = b.pageRecordsMargin;
    this.maxResponseBytes = b.maxResponseBytes;
    this.maxStringChars = b.maxStringChars;
  }

  /** {@return the default limits (see the class description)} */
  public static ResponseLimits defaults() {
    return DEFAULTS;
  }

  /** {@return a builder holding the defaults} */
  public static Builder builder() {
    return new Builder();
  }

  /** {@return how many records a page may hold beyond its requested {@code limit}} */
  public int pageRecordsMargin() {
    return pageRecordsMargin;
  }

  /** {@return the most bytes of one response body} */
  public long maxResponseBytes() {
    return maxResponseBytes;
  }

  /** {@return the longest string value in a body, in characters} */
  public int maxStringChars() {
    return maxStringChars;
  }

  @Override
  public String toString() {
    return "ResponseLimits{pageRecordsMargin="
        + pageRecordsMargin
        + ", maxResponseBytes="
        + maxResponseBytes
        + ", maxStringChars="
        + maxStringChars
        + "}";
  }

  /** Builds {@link ResponseLimits}; every limit has a default. */
  public static final class Builder {
    private int pageRecordsMargin = 100;
    private long maxResponseBytes = 256L << 20;
    private int maxStringChars = 1 << 20;

    private Builder() {}

    /**
     * Sets how many records a page may hold beyond its requested {@code limit}.
     *
     * @param records zero or more
     * @return this builder
     * @throws IllegalArgumentException if negative
     */
    public Builder pageRecordsMargin(int records) {
      if (records < 0) {
        throw new IllegalArgumentException(
            "pageRecordsMargin must not be negative, was " + records);
      }
      this.pageRecordsMargin = records;
      return this;
    }

    /**
     * Sets the most bytes of one response body.
     *
     * @param bytes at least 1 KiB (1024)
     * @return this builder
     * @throws IllegalArgumentException if below 1024
     */
    public Builder maxResponseBytes(long bytes) {
      if (bytes < 1024) {
        throw new IllegalArgumentException("maxResponseBytes must be at least 1024, was " + bytes);
      }
      this.maxResponseBytes = bytes;
      return this;
    }

    /**
     * Sets the longest string value in a body, in characters.
     *
     * @param chars at least 64
     * @return this builder
     * @throws IllegalArgumentException if below 64
     */
    public Builder maxStringChars(int chars) {
      if (chars < 64) {
        throw new IllegalArgumentException("maxStringChars must be at least 64, was " + chars);
      }
      this.maxStringChars = chars;
      return this;
    }

    /** {@return the limits} */
    public ResponseLimits build() {
      return new ResponseLimits(this);
    }
  }
}
