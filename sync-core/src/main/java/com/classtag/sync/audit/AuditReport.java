package com.classtag.sync.audit;

import java.util.List;
import org.immutables.value.Value;

/**
 * The sharing audit's result: its findings, overshared ones first (in {@link FindingCode} order,
 * then by subject), and how many records of each kind the district shares. An empty list of
 * findings means the district shares exactly what the settings use.
 */
@Value.Immutable
public abstract class AuditReport {
  /** {@return every finding: overshared first, then missing; by code, then subject} */
  public abstract List<Finding> findings();

  /** {@return how many distinct schools the roster shares} */
  public abstract long schools();

  /** {@return how many distinct sections the roster shares} */
  public abstract long sections();

  /** {@return how many distinct students the roster shares} */
  public abstract long students();

  /** {@return how many distinct teachers, school staff and district admins the roster shares} */
  public abstract long staff();

  /** {@return how many distinct contacts the roster shares} */
  public abstract long contacts();

  /** {@return the findings of severity {@link Severity#PRIVACY}: data shared and never used} */
  public final List<Finding> overshared() {
    return findings().stream().filter(f -> f.severity() == Severity.PRIVACY).toList();
  }

  /** {@return the findings of severity {@link Severity#FUNCTION}: data used and not shared} */
  public final List<Finding> missing() {
    return findings().stream().filter(f -> f.severity() == Severity.FUNCTION).toList();
  }

  /** {@return whether the audit found nothing to report} */
  public final boolean isClean() {
    return findings().isEmpty();
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link AuditReport}; the counts are required, findings default to none. */
  public static final class Builder extends ImmutableAuditReport.Builder {}

  /** Returns the counts only. */
  @Override
  public String toString() {
    return "AuditReport{overshared="
        + overshared().size()
        + ", missing="
        + missing().size()
        + ", schools="
        + schools()
        + ", sections="
        + sections()
        + ", students="
        + students()
        + ", staff="
        + staff()
        + ", contacts="
        + contacts()
        + '}';
  }
}
