/**
 * Applying Clever Events API events to a {@link com.classtag.clever.model.RosterSnapshot}: the pure
 * half of an incremental sync. {@link com.classtag.clever.model.events.RosterEvents#apply} takes a
 * roster and the events read after its cursor and returns the roster as it is after them, with a
 * report of every event it could not apply and why.
 *
 * <p>This lives in clever-model, not in sync-core, because it is Clever semantics on Clever
 * records: what {@code users.updated} means, that Clever requires event processing to be
 * idempotent, that resources are not part of a roster. The client's incremental sync and any other
 * consumer (a service that reads events itself, a test) use it without depending on the HTTP
 * client, and sync-core stays Clever-agnostic except for its adapter, which only ever sees a
 * finished roster.
 */
package com.classtag.clever.model.events;
