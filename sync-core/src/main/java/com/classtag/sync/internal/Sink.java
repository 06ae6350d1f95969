package com.classtag.sync.internal;

import com.classtag.sync.plan.DecisionKind;
import com.classtag.sync.plan.ReasonCode;
import com.classtag.sync.plan.Warning;
import com.classtag.sync.plan.WarningCode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Where the planning passes put what they find: decisions, warnings, and the count of synced records of
 * each destructive kind that the deletion threshold compares against.
 */
final class Sink {
  final List<Draft> drafts = new ArrayList<>();
  final List<Warning> warnings = new ArrayList<>();
  private final long[] syncedRecords = new long[DecisionKind.values().length];

  /** Starts a decision and records it. */
  Draft decide(DecisionKind kind, ReasonCode reason) {
    Draft d = new Draft(kind, reason);
    drafts.add(d);
    return d;
  }

  /** Records a warning. */
  void warn(WarningCode code, Collection<String> ids, String explanation) {
    List<String> clean = new ArrayList<>(ids.size());
    for (String id : ids) {
      if (id != null && !id.isEmpty() && !clean.contains(id)) {
        clean.add(id);
      }
    }
    warnings.add(Warning.builder().code(code).addAllSourceIds(clean).explanation(explanation).build());
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

  long synced(DecisionKind destructive) {
    return syncedRecords[destructive.ordinal()];
  }
}
