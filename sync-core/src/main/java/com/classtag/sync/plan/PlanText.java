package com.classtag.sync.plan;

import com.classtag.sync.internal.PlanTextRenderer;
import java.io.Writer;

/**
 * Renders a plan as text in the manner of {@code terraform plan}: the counts first ("Plan: 12
 * classrooms to create, 3 to archive (2 held by the deletion threshold), 40 contacts to invite,
 * ..."), then holds and warnings, then every decision grouped by school and classroom ({@code +}
 * adds, {@code ~} changes, {@code -} takes away, {@code .} skips). The text shows explanations and
 * ids only, never decision values, so it holds no student or parent personal data and can go into a
 * dry-run report or a log.
 */
public final class PlanText {
  private PlanText() {}

  /**
   * Renders a plan.
   *
   * @param plan the plan
   * @return the text, lines separated by {@code \n}
   * @throws IllegalArgumentException if {@code plan} is null
   */
  public static String render(Plan plan) {
    if (plan == null) {
      throw new IllegalArgumentException("plan must not be null");
    }
    return PlanTextRenderer.render(plan);
  }

  /**
   * Writes the same text as {@link #render} to a writer as it goes, so a plan of millions of
   * decisions is never held in memory as one string. The writer is neither flushed nor closed.
   *
   * @param plan the plan
   * @param out where to write
   * @throws IllegalArgumentException if an argument is null
   * @throws java.io.UncheckedIOException if writing fails
   */
  public static void write(Plan plan, Writer out) {
    if (plan == null || out == null) {
      throw new IllegalArgumentException((plan == null ? "plan" : "out") + " must not be null");
    }
    PlanTextRenderer.write(plan, out);
  }

  /**
   * Renders only the summary line, for example {@code "Plan: 1 classroom to create, 2 students to
   * add to classrooms."}.
   *
   * @param plan the plan
   * @return the line
   * @throws IllegalArgumentException if {@code plan} is null
   */
  public static String summary(Plan plan) {
    if (plan == null) {
      throw new IllegalArgumentException("plan must not be null");
    }
    return PlanTextRenderer.summary(plan);
  }
}
