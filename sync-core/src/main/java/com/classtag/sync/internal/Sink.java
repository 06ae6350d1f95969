package com.classtag.sync.internal;

import com.classtag.sync.plan.Decision;
import com.classtag.sync.plan.DecisionKind;
import com.classtag.sync.plan.ReasonCode;
import com.classtag.sync.plan.Warning;
import com.classtag.sync.plan.WarningCode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where the planning passes put what they find: decisions, warnings, and the count of synced
 * records of each destructive kind that the deletion threshold compares against, over the district
 * and per app school.
 */
final class Sink {
  private final List<Decision> decisions = new ArrayList<>();
  private final Draft draft = new Draft();

  /** Decisions made so far, by kind: the safety gate skips its passes over kinds never decided. */
  private final int[] decided = new int[DecisionKind.values().length];

  final List<Warning> warnings = new ArrayList<>();
  private final long[] syncedRecords = new long[DecisionKind.values().length];

  /**
   * Per destructive kind, the synced records of each app school; filled by the passes that read
   * them.
   */
  private final Map<DecisionKind, Map<String, Long>> syncedBySchool =
      new EnumMap<>(DecisionKind.class);

  /**
   * Makes the decision being filled in, if any, and starts the next one. The draft returned is
   * valid until the next call: a pass fills it in with one chain of calls.
   */
  Draft decide(DecisionKind kind, ReasonCode reason) {
    finish();
    decided[kind.ordinal()]++;
    return draft.start(kind, reason);
  }

  /** Returns the decisions, in the order they were decided; the list is the sink's own. */
  List<Decision> decisions() {
    finish();
    return decisions;
  }

  /** Returns how many decisions of a kind were made. */
  int decided(DecisionKind kind) {
    return decided[kind.ordinal()];
  }

  private void finish() {
    if (draft.isStarted()) {
      decisions.add(draft.toDecision());
    }
  }

  /** Records a warning. */
  void warn(WarningCode code, Collection<String> ids, String explanation) {
    List<String> clean = new ArrayList<>(ids.size());
    for (String id : ids) {
      if (id != null && !id.isEmpty() && !clean.contains(id)) {
        clean.add(id);
      }
    }
    warnings.add(
        Warning.builder().code(code).addAllSourceIds(clean).explanation(explanation).build());
  }

  /** Records a warning about one id. */
  void warn(WarningCode code, String id, String explanation) {
    warn(code, List.of(id), explanation);
  }

  /**
   * Counts synced records in the state that a destructive kind could act on.
   *
   * @param destructive the destructive kind
   * @param n how many
   */
  void countSynced(DecisionKind destructive, long n) {
    syncedRecords[destructive.ordinal()] += n;
  }

  /**
   * Counts synced records in the state that a destructive kind could act on, in one app school.
   *
   * @param destructive the destructive kind
   * @param school the app school the records are in once the plan's moves land
   * @param n how many
   */
  void countSynced(DecisionKind destructive, String school, long n) {
    syncedRecords[destructive.ordinal()] += n;
    if (n != 0) {
      syncedBySchool.computeIfAbsent(destructive, k -> new HashMap<>()).merge(school, n, Long::sum);
    }
  }

  long synced(DecisionKind destructive) {
    return syncedRecords[destructive.ordinal()];
  }

  /**
   * Returns the synced records of a kind per app school, for the kinds counted per school (else
   * empty).
   */
  Map<String, Long> syncedBySchool(DecisionKind destructive) {
    return syncedBySchool.getOrDefault(destructive, Map.of());
  }
}
