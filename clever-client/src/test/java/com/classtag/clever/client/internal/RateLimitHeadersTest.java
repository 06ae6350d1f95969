package com.classtag.clever.client.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.classtag.clever.client.RateLimitBucket;
import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RateLimitHeadersTest {
  private static final Instant NOW = Instant.parse("2024-01-15T10:00:00Z");

  private static HttpHeaders headers(Map<String, List<String>> map) {
    return HttpHeaders.of(map, (a, b) -> true);
  }

  @Test
  void pairsCommaJoinedValuesByPosition() {
    List<RateLimitBucket> buckets =
        RateLimitHeaders.buckets(
            headers(
                Map.of(
                    "X-Ratelimit-Bucket", List.of("all, none"),
                    "X-Ratelimit-Limit", List.of("200, 1200"),
                    "X-Ratelimit-Remaining", List.of("0, 0"),
                    "X-Ratelimit-Reset", List.of("1705312810, 1705312830"))),
            NOW);
    assertThat(buckets).hasSize(2);
    assertThat(buckets.get(1).name()).contains("none");
    assertThat(buckets.get(1).limit()).hasValue(1200);
    assertThat(RateLimitHeaders.resetOfExhausted(buckets))
        .contains(Instant.ofEpochSecond(1705312830));
  }

  @Test
  void ignoresTheResetOfBucketsThatAreNotExhausted() {
    List<RateLimitBucket> buckets =
        RateLimitHeaders.buckets(
            headers(
                Map.of(
                    "x-ratelimit-remaining", List.of("0", "12"),
                    "x-ratelimit-reset", List.of("1705312810", "1705312899"))),
            NOW);
    assertThat(RateLimitHeaders.resetOfExhausted(buckets))
        .contains(Instant.ofEpochSecond(1705312810));
  }

  @Test
  void readsSmallResetValuesAsSecondsFromNowAndSkipsGarbage() {
    List<RateLimitBucket> buckets =
        RateLimitHeaders.buckets(
            headers(
                Map.of(
                    "x-ratelimit-remaining", List.of("0, x"),
                    "x-ratelimit-reset", List.of("31, soon"))),
            NOW);
    assertThat(buckets.get(0).reset()).contains(NOW.plusSeconds(31));
    assertThat(buckets.get(1).reset()).isEmpty();
    assertThat(buckets.get(1).remaining()).isEmpty();
  }

  @Test
  void retryAfterAsSecondsOrDate() {
    assertThat(RateLimitHeaders.retryAfter(headers(Map.of("Retry-After", List.of("3"))), NOW))
        .contains(Duration.ofSeconds(3));
    assertThat(
            RateLimitHeaders.retryAfter(
                headers(Map.of("Retry-After", List.of("Mon, 15 Jan 2024 10:00:09 GMT"))), NOW))
        .contains(Duration.ofSeconds(9));
    assertThat(
            RateLimitHeaders.retryAfter(
                headers(Map.of("Retry-After", List.of("Mon, 15 Jan 2024 09:00:00 GMT"))), NOW))
        .contains(Duration.ZERO);
    assertThat(RateLimitHeaders.retryAfter(headers(Map.of("Retry-After", List.of("later"))), NOW))
        .isEmpty();
    assertThat(RateLimitHeaders.retryAfter(headers(Map.of()), NOW)).isEmpty();
  }
}
