package com.classtag.sync.internal;

import com.classtag.sync.plan.Decision;
import com.classtag.sync.plan.DecisionKind;
import com.classtag.sync.plan.Hold;
import com.classtag.sync.plan.HoldReason;
import com.classtag.sync.plan.Plan;
import com.classtag.sync.plan.Warning;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Renders a plan as terraform-style text: counts, holds, warnings, then decisions by school and
 * classroom.
 */
public final class PlanTextRenderer {
  /** One line of the summary: a noun and the kinds counted under it, each with its verb. */
  private static final class Group {
    final String singular;
    final String plural;
    final DecisionKind[] kinds;
    final String[] verbs;

    Group(String singular, String plural, DecisionKind[] kinds, String... verbs) {
      this.singular = singular;
      this.plural = plural;
      this.kinds = kinds;
      this.verbs = verbs;
    }
  }

  private static final List<Group> GROUPS =
      List.of(
          new Group(
              "classroom",
              "classrooms",
              kinds(
                  DecisionKind.CREATE_CLASSROOM,
                  DecisionKind.UPDATE_CLASSROOM,
                  DecisionKind.ARCHIVE_CLASSROOM,
                  DecisionKind.UNARCHIVE_CLASSROOM),
              "to create",
              "to update",
              "to archive",
              "to unarchive"),
          new Group(
              "teacher",
              "teachers",
              kinds(DecisionKind.ADD_TEACHER, DecisionKind.REMOVE_TEACHER),
              "to add to classrooms",
              "to remove"),
          new Group(
              "student",
              "students",
              kinds(DecisionKind.ADD_STUDENT, DecisionKind.REMOVE_STUDENT),
              "to add to classrooms",
              "to remove"),
          new Group(
              "student record",
              "student records",
              kinds(DecisionKind.CREATE_STUDENT, DecisionKind.UPDATE_STUDENT),
              "to create",
              "to update"),
          new Group(
              "staff account",
              "staff accounts",
              kinds(DecisionKind.CREATE_STAFF, DecisionKind.UPDATE_STAFF),
              "to create",
              "to update"),
          new Group(
              "school access",
              "school accesses",
              kinds(DecisionKind.ADD_SCHOOL_ACCESS, DecisionKind.REMOVE_SCHOOL_ACCESS),
              "to grant",
              "to remove"),
          new Group(
              "district access",
              "district accesses",
              kinds(DecisionKind.ADD_DISTRICT_ACCESS, DecisionKind.REMOVE_DISTRICT_ACCESS),
              "to grant",
              "to remove"),
          new Group(
              "contact",
              "contacts",
              kinds(DecisionKind.INVITE_CONTACT, DecisionKind.UPDATE_CONTACT),
              "to invite",
              "to update"),
          new Group(
              "contact link",
              "contact links",
              kinds(DecisionKind.LINK_CONTACT, DecisionKind.UNLINK_CONTACT),
              "to create",
              "to remove"),
          new Group("decision", "decisions", kinds(DecisionKind.SKIP), "skipped"));

  private PlanTextRenderer() {}

  private static DecisionKind[] kinds(DecisionKind... kinds) {
    return kinds;
  }

  /**
   * Renders the summary line.
   *
   * @param plan the plan
   * @return the line
   */
  public static String summary(Plan plan) {
    if (plan.paused()) {
      return "Sync is paused: nothing is planned.";
    }
    int n = DecisionKind.values().length;
    int[] count = new int[n];
    int[] threshold = new int[n];
    int[] safety = new int[n];
    for (Decision d : plan.decisions()) {
      int k = d.kind().ordinal();
      count[k]++;
      HoldReason held = d.heldBy().orElse(null);
      if (held == HoldReason.DELETION_THRESHOLD || held == HoldReason.SCHOOL_DELETION_THRESHOLD) {
        threshold[k]++;
      } else if (d.isHeld()) {
        safety[k]++;
      }
    }
    List<String> parts = new ArrayList<>();
    for (Group g : GROUPS) {
      boolean first = true;
      for (int i = 0; i < g.kinds.length; i++) {
        int k = g.kinds[i].ordinal();
        if (count[k] == 0) {
          continue;
        }
        String part =
            count[k]
                + " "
                + (first ? (count[k] == 1 ? g.singular : g.plural) + " " : "")
                + g.verbs[i]
                + held(threshold[k], safety[k]);
        parts.add(part);
        first = false;
      }
    }
    if (parts.isEmpty()) {
      return "No changes. The app matches the roster.";
    }
    return "Plan: " + String.join(", ", parts) + ".";
  }

  private static String held(int threshold, int safety) {
    if (threshold == 0 && safety == 0) {
      return "";
    }
    if (safety == 0) {
      return " (" + threshold + " held by the deletion threshold)";
    }
    if (threshold == 0) {
      return " (" + safety + " held by a safety hold)";
    }
    return " ("
        + (threshold + safety)
        + " held: "
        + threshold
        + " by the deletion threshold, "
        + safety
        + " by a safety hold)";
  }

  /**
   * Renders the whole plan.
   *
   * @param plan the plan
   * @return the text
   */
  public static String render(Plan plan) {
    StringWriter out = new StringWriter();
    write(plan, out);
    return out.toString();
  }

  /**
   * Writes the whole plan, a line at a time, so a plan of millions of decisions is never in memory
   * as text.
   *
   * @param plan the plan
   * @param out where to write; not flushed or closed
   * @throws UncheckedIOException if writing fails
   */
  public static void write(Plan plan, Writer out) {
    try {
      writeText(plan, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void writeText(Plan plan, Writer out) throws IOException {
    out.append("ClassTag sync plan, generated at ")
        .append(String.valueOf(plan.generatedAt()))
        .append('\n')
        .append('\n');
    out.append(summary(plan)).append('\n');
    if (plan.paused()) {
      return;
    }
    if (!plan.holds().isEmpty()) {
      out.append('\n').append("Holds (").append(String.valueOf(plan.holds().size())).append("):\n");
      for (Hold h : plan.holds()) {
        out.append("  ! ")
            .append(h.reason().name())
            .append(": ")
            .append(h.explanation())
            .append('\n');
      }
    }
    if (!plan.warnings().isEmpty()) {
      out.append('\n')
          .append("Warnings (")
          .append(String.valueOf(plan.warnings().size()))
          .append("):\n");
      for (Warning w : plan.warnings()) {
        out.append("  ! ")
            .append(w.code().name())
            .append(": ")
            .append(w.explanation())
            .append('\n');
      }
    }
    String school = "\u0000";
    String classroom = "\u0000";
    List<Decision> skips = new ArrayList<>();
    for (Decision d : plan.decisions()) {
      if (d.kind() == DecisionKind.SKIP) {
        skips.add(d);
        continue;
      }
      // Through DecisionAccess: an Optional per id is an object per decision.
      String s = DecisionAccess.school(d);
      String c = DecisionAccess.classroom(d);
      if (!Objects.equals(s, school)) {
        out.append('\n').append(s == null ? "District-wide:" : "School " + s + ":").append('\n');
        school = s;
        classroom = "\u0000";
      }
      if (!Objects.equals(c, classroom)) {
        if (c != null) {
          out.append("  Classroom ").append(c).append(":\n");
        }
        classroom = c;
      }
      line(out, c == null ? "  " : "    ", d);
    }
    if (!skips.isEmpty()) {
      out.append('\n').append("Skipped (").append(String.valueOf(skips.size())).append("):\n");
      for (Decision d : skips) {
        line(out, "  ", d);
      }
    }
  }

  private static void line(Writer out, String indent, Decision d) throws IOException {
    out.append(indent)
        .append(symbol(d.kind()))
        .append(' ')
        .append(d.kind().name())
        .append(' ')
        .append(d.reason().name())
        .append(": ");
    DecisionAccess.writeExplanation(d, out);
    if (d.isHeld()) {
      out.append(" [held: ").append(d.heldBy().get().name()).append(']');
    }
    out.append('\n');
  }

  private static char symbol(DecisionKind k) {
    if (k == DecisionKind.SKIP) {
      return '.';
    }
    if (k.isDestructive()) {
      return '-';
    }
    return k.name().startsWith("UPDATE") ? '~' : '+';
  }
}
