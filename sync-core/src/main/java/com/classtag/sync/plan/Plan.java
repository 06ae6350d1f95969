package com.classtag.sync.plan;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.immutables.value.Value;

/**
 * The result of planning: decisions in a stable order (school, classroom, kind), warnings, safety
 * holds and the baseline change. The same inputs always give an equal plan. {@link #applyTo} hands
 * the decisions that apply to a {@link DecisionHandler}. A plan and everything in it is immutable:
 * every collection it returns refuses changes.
 */
@Value.Immutable
public abstract class Plan {
  /**
   * The JSON schema version this SDK writes. It also reads version 1, which lacks only the hold
   * reason {@link HoldReason#SCHOOL_DELETION_THRESHOLD}.
   */
  public static final int SCHEMA_VERSION = 2;

  /** {@return the time the plan was computed for (the planner's {@code now} input)} */
  public abstract Instant generatedAt();

  /** {@return whether the settings paused the sync; a paused plan has no decisions} */
  @Value.Default
  public boolean paused() {
    return false;
  }

  /** {@return every decision, held ones and skips included; an immutable list} */
  public abstract List<Decision> decisions();

  /** {@return data problems the planner worked around; an immutable list} */
  public abstract List<Warning> warnings();

  /** {@return why held decisions are held; an immutable list} */
  public abstract List<Hold> holds();

  /** {@return how applying the plan moves the baseline} */
  @Value.Default
  public BaselineChange baselineChange() {
    return BaselineChange.none();
  }

  /**
   * {@return the decisions that apply, neither skipped nor held, in plan order; an immutable list}
   */
  public final List<Decision> changes() {
    List<Decision> out = new ArrayList<>();
    for (Decision d : decisions()) {
      if (d.isChange()) {
        out.add(d);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /** {@return the held decisions in plan order; an immutable list} */
  public final List<Decision> held() {
    List<Decision> out = new ArrayList<>();
    for (Decision d : decisions()) {
      if (d.isHeld()) {
        out.add(d);
      }
    }
    return Collections.unmodifiableList(out);
  }

  /**
   * Hands every decision that applies to a handler, one call per decision, then the baseline
   * change: first the creations ({@link DecisionKind#isCreation()}) in plan order, then every other
   * decision in plan order, so that an object exists (and its {@link ProvisionalIds provisional id}
   * is assigned) before any decision names it. Held decisions and skips are never handed over. A
   * paused plan hands over nothing. See {@link DecisionHandler} for how a new decision kind reaches
   * every handler.
   *
   * <pre>{@code
   * plan.applyTo(new MyStore(ProvisionalIds.of(plan), db));
   * }</pre>
   *
   * @param handler the handler
   * @throws NullPointerException if {@code handler} is null
   * @throws PlanApplyException if the handler throws on a decision (the decisions handed over
   *     before it were handled; none after it, nor the baseline change, are handed over)
   */
  public final void applyTo(DecisionHandler handler) {
    Objects.requireNonNull(handler, "handler");
    if (paused()) {
      return;
    }
    List<Decision> all = decisions();
    for (int pass = 0; pass < 2; pass++) {
      for (int i = 0; i < all.size(); i++) {
        Decision d = all.get(i);
        if (d.isChange() && d.kind().isCreation() == (pass == 0)) {
          try {
            method(d.kind()).accept(handler, d);
          } catch (RuntimeException e) {
            throw new PlanApplyException(i, d, e);
          }
        }
      }
    }
    handler.moveSectionBaseline(baselineChange());
  }

  /**
   * The handler method of a kind. A switch expression must cover every constant, so a kind added to
   * {@link DecisionKind} does not compile here until it has a method.
   */
  private static BiConsumer<DecisionHandler, Decision> method(DecisionKind kind) {
    return switch (kind) {
      case CREATE_CLASSROOM -> DecisionHandler::createClassroom;
      case UPDATE_CLASSROOM -> DecisionHandler::updateClassroom;
      case UNARCHIVE_CLASSROOM -> DecisionHandler::unarchiveClassroom;
      case ARCHIVE_CLASSROOM -> DecisionHandler::archiveClassroom;
      case ADD_TEACHER -> DecisionHandler::addTeacher;
      case REMOVE_TEACHER -> DecisionHandler::removeTeacher;
      case ADD_STUDENT -> DecisionHandler::addStudent;
      case REMOVE_STUDENT -> DecisionHandler::removeStudent;
      case CREATE_STUDENT -> DecisionHandler::createStudent;
      case UPDATE_STUDENT -> DecisionHandler::updateStudent;
      case CREATE_STAFF -> DecisionHandler::createStaff;
      case UPDATE_STAFF -> DecisionHandler::updateStaff;
      case ADD_SCHOOL_ACCESS -> DecisionHandler::addSchoolAccess;
      case REMOVE_SCHOOL_ACCESS -> DecisionHandler::removeSchoolAccess;
      case ADD_DISTRICT_ACCESS -> DecisionHandler::addDistrictAccess;
      case REMOVE_DISTRICT_ACCESS -> DecisionHandler::removeDistrictAccess;
      case INVITE_CONTACT -> DecisionHandler::inviteContact;
      case UPDATE_CONTACT -> DecisionHandler::updateContact;
      case LINK_CONTACT -> DecisionHandler::linkContact;
      case UNLINK_CONTACT -> DecisionHandler::unlinkContact;
      case SKIP -> throw new IllegalStateException("a skip is never handed to a handler");
    };
  }

  /**
   * {@return whether applying the plan changes nothing in the app (skips and held decisions aside)}
   */
  public final boolean hasNoChanges() {
    for (Decision d : decisions()) {
      if (d.isChange()) {
        return false;
      }
    }
    return true;
  }

  /**
   * Counts decisions of a kind, held ones included.
   *
   * @param kind the kind
   * @return the count
   */
  public final int count(DecisionKind kind) {
    int n = 0;
    for (Decision d : decisions()) {
      if (d.kind() == kind) {
        n++;
      }
    }
    return n;
  }

  /** {@return a new builder} */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link Plan}; {@code generatedAt} is required. */
  public static final class Builder extends ImmutablePlan.Builder {}

  /** Shows counts only. */
  @Override
  public String toString() {
    return "Plan{generatedAt="
        + generatedAt()
        + ", paused="
        + paused()
        + ", decisions="
        + decisions().size()
        + ", warnings="
        + warnings().size()
        + ", holds="
        + holds().size()
        + ", "
        + baselineChange()
        + '}';
  }
}
