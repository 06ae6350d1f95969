package com.classtag.clever.client.internal;

import com.classtag.clever.client.ApiVersion;
import com.classtag.clever.client.ResponseLimits;
import java.util.Objects;
import java.util.concurrent.ExecutorService;

/**
 * Everything the request, paging and snapshot machinery of one client shares besides the transport.
 *
 * @param origin the API's origin
 * @param version the API version, the first path segment
 * @param pageSize the {@code limit} of listings
 * @param limits the bounds on what a response may hold
 * @param retrier the retry rules and budget
 * @param failures maps failures to exceptions
 * @param listeners the user's listener
 * @param seams time, waiting and randomness
 * @param executor runs asynchronous pages, publishers and snapshot collections
 */
public record ClientRuntime(
    Origin origin,
    ApiVersion version,
    int pageSize,
    ResponseLimits limits,
    Retrier retrier,
    Failures failures,
    Listeners listeners,
    Seams seams,
    ExecutorService executor) {
  /** Checks that everything is present. */
  public ClientRuntime {
    Objects.requireNonNull(origin, "origin");
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(limits, "limits");
    Objects.requireNonNull(retrier, "retrier");
    Objects.requireNonNull(failures, "failures");
    Objects.requireNonNull(listeners, "listeners");
    Objects.requireNonNull(seams, "seams");
    Objects.requireNonNull(executor, "executor");
  }
}
