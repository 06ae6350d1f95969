package com.classtag.clever.testing.standin;

import java.util.Objects;
import java.util.Optional;

/**
 * One request a stand-in received, as its {@link RequestJournal} keeps it. Holds no header values:
 * whether a token was sent is a yes or no, never the token.
 *
 * @param number the request's number, from 1
 * @param method the HTTP method, such as {@code GET}
 * @param path the path as sent, such as {@code /v3.0/users}
 * @param query the query as sent, without the {@code ?}; empty when there was none
 * @param authorizationSent whether the request carried an {@code Authorization} header of any kind
 * @param tokenAccepted whether that header carried a token the stand-in serves
 * @param district the id of the district whose token it carried, if it carried one the stand-in
 *     serves
 * @param status the status answered, or 0 when the connection was dropped without one
 * @param fault the fault injected into the request, if any
 */
public record JournaledRequest(
    long number,
    String method,
    String path,
    String query,
    boolean authorizationSent,
    boolean tokenAccepted,
    Optional<String> district,
    int status,
    Optional<Fault> fault) {
  /**
   * Creates an entry.
   *
   * @param number the request's number, from 1
   * @param method the HTTP method, such as {@code GET}
   * @param path the path as sent, such as {@code /v3.0/users}
   * @param query the query as sent, without the {@code ?}; empty when there was none
   * @param authorizationSent whether the request carried an {@code Authorization} header of any
   *     kind
   * @param tokenAccepted whether that header carried a token the stand-in serves
   * @param district the id of the district whose token it carried, if it carried one the stand-in
   *     serves
   * @param status the status answered, or 0 when the connection was dropped without one
   * @param fault the fault injected into the request, if any
   * @throws NullPointerException if a reference is null
   */
  public JournaledRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(district, "district");
    Objects.requireNonNull(fault, "fault");
  }

  /** {@return the path and, when there is one, the query: {@code /v3.0/users?limit=100}} */
  public String pathAndQuery() {
    return query.isEmpty() ? path : path + "?" + query;
  }
}
