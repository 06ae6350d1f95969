package com.classtag.sync.internal;

import static com.classtag.sync.internal.DecisionAccess.classroom;
import static com.classtag.sync.internal.DecisionAccess.related;
import static com.classtag.sync.internal.DecisionAccess.school;
import static com.classtag.sync.internal.DecisionAccess.target;

import com.classtag.sync.plan.Decision;
import java.util.Comparator;
import java.util.List;

/**
 * The plan's order: school, then classroom, then kind (district-wide decisions, with no school,
 * first). Sorting with this comparator is stable, and within one (school, classroom, kind) group
 * decisions stay in the order the passes made them, which follows the roster's and the state's
 * order: the same inputs therefore give the same order, while a nightly plan with a million skipped
 * links sorts in linear time (it is one long run). Destructive decisions, the ones a hold can hold,
 * are further ordered by target and related id: a held decision must come back in the same place
 * after the plan is applied, when a re-keyed account that the passes met late tonight is met in
 * roster order.
 */
final class DecisionOrder implements Comparator<Decision> {
  static final DecisionOrder INSTANCE = new DecisionOrder();

  private DecisionOrder() {}

  @Override
  public int compare(Decision a, Decision b) {
    int c = text(school(a), school(b));
    if (c == 0) {
      c = text(classroom(a), classroom(b));
    }
    if (c == 0) {
      c = Integer.compare(a.kind().ordinal(), b.kind().ordinal());
    }
    if (c == 0 && a.kind().isDestructive()) {
      c = text(target(a), target(b));
      if (c == 0) {
        c = text(related(a), related(b));
      }
    }
    return c;
  }

  private static int text(String a, String b) {
    if (a == null) {
      return b == null ? 0 : -1;
    }
    return b == null ? 1 : a.compareTo(b);
  }

  /** Compares id lists element by element, then by length. */
  static int list(List<String> a, List<String> b) {
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      int c = a.get(i).compareTo(b.get(i));
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }
}
