package com.classtag.sync.audit;

import java.util.List;
import org.immutables.value.Value;

/**
 * The sharing audit's result: its findings, overshared ones first (in {@link FindingCode} order, then by
 * subject), and how many records of each kind the district shares. An empty list of findings means the
 * district shares exactly what the settings use.
 */
@Value.Immutable
public abstract class AuditReport {
  /** Every finding: overshared first, then missing; by code, then subject. */
  public abstract List<Finding> findings();

  /** How many distinct schools the roster shares. */
  public abstract long schools();

  /** How many distinct sections the roster shares. */
  public abstract long sections();

  /** How many distinct students the roster shares. */
  public abstract long students();

  /** How many distinct teachers, school staff and district admins the roster shares. */
  public abstract long staff();

  /** How many distinct contacts the roster shares. */
  public abstract long contacts();

  /** Returns the findings of severity {@link Severity#PRIVACY}: data shared and never used. */
  public final List<Finding> overshared() {
    return findings().stream().filter(f -> f.severity() == Severity.PRIVACY).toList();
  }

  /** Returns the findings of severity {@link Severity#FUNCTION}: data used and not shared. */
  public final List<Finding> missing() {
    return findings().stream().filter(f -> f.severity() == Severity.FUNCTION).toList();
  }

  /** Returns whether the audit found nothing to report. */
  public final boolean isClean() {
    return findings().isEmpty();
  }

  /** Returns a new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AuditReport}; the counts are required, findings default to none. */
  public static final class Builder extends ImmutableAuditReport.Builder {}

  /** Returns the counts only. */
  @Override
  public String toString() {
    return "AuditReport{overshared=" + overshared().size() + ", missing=" + missing().size() + ", schools="
        + schools() + ", sections=" + sections() + ", students=" + students() + ", staff=" + staff()
        + ", contacts=" + contacts() + '}';
  }
}
