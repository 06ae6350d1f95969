/**
 * Incremental sync: keep a saved roster (a baseline file) up to date with Clever's Events API, and
 * fall back to a full read when events cannot be trusted to bring it up to date.
 *
 * <pre>{@code
 * SyncOutcome outcome = IncrementalSync.builder()
 *     .client(client)
 *     .baselineFile(Path.of("/var/lib/classtag/district.baseline.gz"))
 *     .build()
 *     .run();
 * log(outcome.path() + ": " + outcome.detail());
 * plan(outcome.roster());
 * }</pre>
 *
 * <p>The pure parts live in clever-model: {@link com.classtag.clever.model.events.RosterEvents}
 * applies events to a roster and {@link com.classtag.clever.model.baseline.BaselineFormat} reads
 * and writes the file format. This package adds the I/O around them: the Events API, the full read,
 * and atomic file writes.
 */
package com.classtag.clever.client.incremental;
