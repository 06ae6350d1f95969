package com.classtag.sync.internal;

import com.classtag.sync.plan.Decision;
import com.classtag.sync.plan.Hold;
import com.classtag.sync.plan.Plan;
import com.classtag.sync.plan.Warning;
import com.classtag.sync.settings.SyncSettings;
import com.classtag.sync.source.Roster;
import com.classtag.sync.state.AppState;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * One planning run: indexes the inputs, runs the passes (students, staff, contacts, classrooms),
 * applies the safety gate and sorts the result. Each pass is one linear sweep with hash lookups;
 * nothing copies the state.
 */
public final class PlanRun {
  private static final Comparator<Warning> WARNING_ORDER =
      Comparator.comparing((Warning w) -> w.code().ordinal())
          .thenComparing(Warning::sourceIds, DecisionOrder::list)
          .thenComparing(Warning::explanation);

  private final SyncSettings settings;
  private List<Decision> decisions = List.of();

  /**
   * Creates a run with fixed settings.
   *
   * @param settings the settings
   */
  public PlanRun(SyncSettings settings) {
    this.settings = settings;
  }

  /**
   * Plans, once per run. The arguments are checked by the caller. The plan returned lacks its
   * decisions, which {@link #decisions()} then returns: the caller adds them in one copy of the
   * list, where a builder would grow its list and copy it again (a first sync's list holds
   * millions).
   *
   * @param roster the roster
   * @param state the app state
   * @param now the current time
   * @return the plan, without its decisions
   */
  public Plan plan(Roster roster, AppState state, Instant now) {
    if (settings.paused()) {
      return Plan.builder().generatedAt(now).paused(true).build();
    }
    Sink sink = new Sink();
    RosterIndex rosterIndex = new RosterIndex(roster, sink);
    StateIndex stateIndex = new StateIndex(state, rosterIndex.people, sink);
    Context cx = new Context(rosterIndex, stateIndex, settings, now, sink);
    SafetyGate gate = new SafetyGate(cx, roster.isEmpty());
    FeedChecks.sections(cx);
    // Staff and contacts log in with their email; the app's accounts are the best guess of their
    // number.
    SharedEmails emails =
        new SharedEmails(
            Math.max(state.staff().size() + state.contacts().size(), roster.people().size() / 8));
    StudentPass students = new StudentPass(cx);
    students.run();
    StaffPass staff = new StaffPass(cx, emails);
    staff.run();
    new ContactPass(cx, students.synced, emails).run();
    ClassroomPass classrooms = new ClassroomPass(cx, students, staff);
    classrooms.run();
    emails.warn(sink);

    List<Decision> decisions = sink.decisions();
    List<Hold> holds = gate.apply(decisions, classrooms);
    Plan.Builder plan =
        Plan.builder()
            .generatedAt(now)
            .baselineChange(gate.baselineChange(decisions))
            .addAllHolds(holds);
    decisions.sort(DecisionOrder.INSTANCE);
    this.decisions = decisions;
    List<Warning> warnings = new ArrayList<>(new LinkedHashSet<>(sink.warnings));
    warnings.sort(WARNING_ORDER);
    return plan.addAllWarnings(warnings).build();
  }

  /**
   * Returns the decisions of the plan {@link #plan} made, sorted.
   *
   * @return the run's own list; empty before planning and for a paused plan
   */
  public List<Decision> decisions() {
    return decisions;
  }
}
