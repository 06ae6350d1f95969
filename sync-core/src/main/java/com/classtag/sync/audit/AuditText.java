package com.classtag.sync.audit;

import java.util.List;
import java.util.Locale;

/**
 * Renders an audit report for people: a summary line, then the overshared findings and the missing
 * ones, each with its explanation, remedy and sample ids. The text holds ids, codes and field names
 * only, so it can go into a log or a ticket.
 *
 * <pre>
 * Sharing audit: 2 overshared, 1 missing (4 schools, 60 sections, 1,500 students, 68 staff, 2,006 contacts).
 *
 * Overshared (privacy): shared with the app, never used by these settings
 *   SCHOOL_NOT_MAPPED: 1 shared school (64d9...) is connected to no ClassTag school; ...
 *     Fix: Clever dashboard: ClassTag Connect's sharing page → sharing rules: stop sharing these schools, ...
 *     Ids: 64d9e1b50501000000000003
 * </pre>
 */
public final class AuditText {
  private AuditText() {}

  /**
   * Renders a report.
   *
   * @param report the report
   * @return the text, lines separated by {@code \n}, ending with one
   * @throws IllegalArgumentException if {@code report} is null
   */
  public static String render(AuditReport report) {
    StringBuilder sb = new StringBuilder(summary(report)).append('\n');
    section(
        sb,
        "Overshared (privacy): shared with the app, never used by these settings",
        report.overshared());
    section(sb, "Missing (function): used by these settings, not shared", report.missing());
    return sb.toString();
  }

  /**
   * Renders the summary line only, for example {@code "Sharing audit: 2 overshared, 1 missing (4
   * schools, ...)."}, or {@code "Sharing audit: nothing to report (...)."}.
   *
   * @param report the report
   * @return the line, without a line break
   * @throws IllegalArgumentException if {@code report} is null
   */
  public static String summary(AuditReport report) {
    if (report == null) {
      throw new IllegalArgumentException("report must not be null");
    }
    String counts =
        String.format(
            Locale.ROOT,
            "%,d schools, %,d sections, %,d students, %,d staff, %,d contacts",
            report.schools(),
            report.sections(),
            report.students(),
            report.staff(),
            report.contacts());
    if (report.isClean()) {
      return "Sharing audit: nothing to report; the district shares what the settings use ("
          + counts
          + ").";
    }
    return "Sharing audit: "
        + report.overshared().size()
        + " overshared, "
        + report.missing().size()
        + " missing ("
        + counts
        + ").";
  }

  private static void section(StringBuilder sb, String title, List<Finding> findings) {
    if (findings.isEmpty()) {
      return;
    }
    sb.append('\n').append(title).append('\n');
    for (Finding f : findings) {
      sb.append("  ").append(f.code()).append(": ").append(f.explanation()).append('\n');
      sb.append("    Fix: ").append(f.remedy()).append('\n');
      sb.append("    Ids: ")
          .append(String.join(", ", f.sampleIds()))
          .append(f.count() > f.sampleIds().size() ? ", ..." : "")
          .append('\n');
    }
  }
}
