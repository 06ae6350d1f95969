/**
 * A typed, lazily paginated, resilient client of Clever's Data API and Events API (v3.0 and v3.1).
 *
 * <p>Everything a caller uses lives in this one package, deliberately: the client and its builder
 * ({@link com.classtag.clever.client.CleverClient}), one class per group of endpoints ({@link
 * com.classtag.clever.client.Users}, {@link com.classtag.clever.client.Sections}, {@link
 * com.classtag.clever.client.Events} ...), their filters ({@link
 * com.classtag.clever.client.UsersQuery}, {@link com.classtag.clever.client.EventsQuery}),
 * pagination ({@link com.classtag.clever.client.AutoPager}, {@link
 * com.classtag.clever.client.Page}), configuration values ({@link
 * com.classtag.clever.client.RetryPolicy}, {@link com.classtag.clever.client.RateLimit}, {@link
 * com.classtag.clever.client.Sleeper}), the {@link com.classtag.clever.client.ClientListener} and
 * the one exception hierarchy under {@link com.classtag.clever.client.CleverException}. The records
 * themselves come from {@code com.classtag.clever.model}. The machinery is in {@code
 * com.classtag.clever.client.internal}, which is not API.
 *
 * <pre>{@code
 * try (CleverClient client = CleverClient.fromEnv()) {
 *   Optional<String> cursor = client.events().latestId();   // take the events cursor first
 *   RosterSnapshot roster = client.snapshot();              // then read the whole district
 *   try (Stream<User> teachers = client.users().list(UsersQuery.withRole(UserRole.TEACHER)).stream()) {
 *     teachers.forEach(...);                                // records stream as they are parsed
 *   }
 * } catch (RateLimitedException e) {
 *   // e.retryAt() says when to come back
 * } catch (CleverException e) {
 *   // e.details(): method, path, attempts, status, headers, body excerpt; never the token
 * }
 * }</pre>
 */
package com.classtag.clever.client;
