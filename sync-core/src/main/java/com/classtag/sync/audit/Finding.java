package com.classtag.sync.audit;

import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One finding of the sharing audit: what is shared and not used, or used and not shared; how many
 * records; up to {@value #MAX_SAMPLES} of their ids; and the one-line remedy in Clever's dashboard.
 *
 * <pre>{@code
 * for (Finding f : report.findings()) {
 *   System.out.println(f.code() + " " + f.count() + "/" + f.total() + ": " + f.remedy());
 * }
 * }</pre>
 */
@Value.Immutable
public abstract class Finding {
  /** The most sample ids a finding carries. */
  public static final int MAX_SAMPLES = 20;

  /** {@return the finding's stable code} */
  public abstract FindingCode code();

  /** {@return the severity, which the code determines} */
  public final Severity severity() {
    return code().severity();
  }

  /**
   * {@return what the finding is about when its code covers several things: the contact type or
   * relationship (empty text for links that have none), the status ({@code ELL}, {@code FRL},
   * {@code IEP}), the extension field's name, or the student id source} Absent otherwise.
   */
  public abstract Optional<String> subject();

  /**
   * {@return how many records the finding concerns; what a record is depends on the {@link
   * #code()}}
   */
  public abstract long count();

  /** {@return how many records of that kind the audit looked at, the base of {@link #count()}} */
  public abstract long total();

  /**
   * {@return ids of up to {@value #MAX_SAMPLES} of the records concerned, in roster order} Never
   * names or emails.
   */
  public abstract List<String> sampleIds();

  /** {@return one sentence saying what was found, with counts and ids only} */
  public abstract String explanation();

  /** {@return one line naming the dashboard step (or the setting) that fixes it} */
  public abstract String remedy();

  @Value.Check
  void check() {
    if (count() < 0 || total() < count()) {
      throw new IllegalArgumentException(
          "a finding needs 0 <= count <= total, was count " + count() + " and total " + total());
    }
    if (sampleIds().size() > MAX_SAMPLES) {
      throw new IllegalArgumentException(
          "a finding carries at most " + MAX_SAMPLES + " sample ids, was " + sampleIds().size());
    }
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Finding}; every field but the subject is required. */
  public static final class Builder extends ImmutableFinding.Builder {}

  /** Shows the code, subject and counts. */
  @Override
  public String toString() {
    return "Finding{"
        + code()
        + subject().map(s -> " \"" + s + '"').orElse("")
        + ", "
        + count()
        + " of "
        + total()
        + '}';
  }
}
