package com.classtag.sync.plan;

/**
 * A {@link DecisionHandler} failed on one decision during {@link Plan#applyTo}. The walk stopped
 * there: the decisions handled before it (see {@link Plan#applyTo} for the order) were applied,
 * none after it. The handler's exception is the cause; the message names the decision's index in
 * {@link Plan#decisions()} and its kind, then repeats the cause's message.
 */
public final class PlanApplyException extends RuntimeException {
  /** The index of the decision that could not be applied. */
  private final int decisionIndex;

  private final transient Decision decision;

  /**
   * Creates the exception.
   *
   * @param decisionIndex the decision's index in {@link Plan#decisions()}
   * @param decision the decision
   * @param cause what the handler threw
   */
  public PlanApplyException(int decisionIndex, Decision decision, RuntimeException cause) {
    super(
        "decision #" + decisionIndex + " (" + decision.kind() + "): " + cause.getMessage(), cause);
    this.decisionIndex = decisionIndex;
    this.decision = decision;
  }

  /** {@return the failed decision's index in {@link Plan#decisions()}} */
  public int decisionIndex() {
    return decisionIndex;
  }

  /** {@return the failed decision} */
  public Decision decision() {
    return decision;
  }
}
