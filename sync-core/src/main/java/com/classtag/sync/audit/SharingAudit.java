package com.classtag.sync.audit;

import com.classtag.sync.internal.AuditRun;
import com.classtag.sync.settings.SyncSettings;
import com.classtag.sync.source.Roster;
import com.classtag.sync.state.AppState;
import java.time.Instant;

/**
 * The sharing audit: a pure function from a district's roster, the app state (which schools are
 * mapped) and the sync settings to an {@link AuditReport} of what the district overshares and what
 * it forgot to share. It does no I/O, reads no clock and uses no randomness; equal inputs give
 * equal reports. It reads the roster the way the {@link com.classtag.sync.plan.Planner} does (the
 * first of several records with one id counts; records without an id are left out) and is linear in
 * the roster's size, a fraction of a plan's cost, so it can run with every sync. Instances are
 * immutable and thread-safe.
 *
 * <pre>{@code
 * AuditReport report = SharingAudit.create(settings).audit(roster, state, Instant.now());
 * System.out.print(AuditText.render(report));
 * }</pre>
 *
 * <p>Settings that shape it: {@link SyncSettings#auditMissingPercent()}, the share of students
 * under which a carried status or a named extension field counts as not shared.
 */
public final class SharingAudit {
  private final SyncSettings settings;

  private SharingAudit(SyncSettings settings) {
    this.settings = settings;
  }

  /**
   * Returns the audit for a district's settings.
   *
   * @param settings the settings
   * @return the audit
   * @throws IllegalArgumentException if {@code settings} is null
   */
  public static SharingAudit create(SyncSettings settings) {
    return new SharingAudit(require(settings, "settings"));
  }

  /** {@return the audit's settings} */
  public SyncSettings settings() {
    return settings;
  }

  /**
   * Audits what the district shares.
   *
   * @param roster the district's roster, as shared with the app
   * @param state the app's state; only its schools' source school ids are read
   * @param now the current time, which decides whether a term has ended
   * @return the report; findings are advice, never errors
   * @throws IllegalArgumentException if an argument is null (the message names it)
   */
  public AuditReport audit(Roster roster, AppState state, Instant now) {
    require(roster, "roster");
    require(state, "state");
    require(now, "now");
    return new AuditRun(settings).audit(roster, state, now);
  }

  private static <T> T require(T value, String name) {
    if (value == null) {
      throw new IllegalArgumentException(name + " must not be null");
    }
    return value;
  }
}
