package com.classtag.sync.internal;

import com.classtag.sync.settings.SyncSettings;
import java.time.Instant;

/** What every planning pass reads, and the sink it writes to. */
final class Context {
  final RosterIndex roster;
  final StateIndex state;
  final SyncSettings settings;
  final Scope scope;
  final Sink sink;

  Context(RosterIndex roster, StateIndex state, SyncSettings settings, Instant now, Sink sink) {
    this.roster = roster;
    this.state = state;
    this.settings = settings;
    this.sink = sink;
    this.scope = new Scope(roster, state, settings, now);
  }
}
