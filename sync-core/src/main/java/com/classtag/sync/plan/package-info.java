/**
 * The plan: what ClassTag must change to match the roster, each change explained, and the planner
 * that computes it.
 *
 * <ul>
 *   <li>{@link com.classtag.sync.plan.Planner} computes a {@link com.classtag.sync.plan.Plan} from
 *       a roster, the app state, the settings and the current time, and applies a plan to a state.
 *   <li>A plan holds {@link com.classtag.sync.plan.Decision}s (kind, reason code, targets, values,
 *       source ids, explanation, and whether it is held), {@link com.classtag.sync.plan.Warning}s
 *       and safety {@link com.classtag.sync.plan.Hold}s.
 *   <li>{@link com.classtag.sync.plan.Plan#applyTo} hands the decisions that apply to a {@link
 *       com.classtag.sync.plan.DecisionHandler}, one method per kind, so an app applies a plan to
 *       its own store; {@link com.classtag.sync.plan.ProvisionalIds} maps the ids of created
 *       objects to the app's. A decision's values are read by {@link com.classtag.sync.plan.Field}.
 *   <li>{@link com.classtag.sync.plan.PlanText} renders it like {@code terraform plan}; {@link
 *       com.classtag.sync.plan.PlanJson} reads and writes the versioned JSON form documented in
 *       {@code docs/plan/README.md}.
 * </ul>
 *
 * <p>Explanations, warnings and holds name ids, classroom and school names only: never a student's
 * or a parent's name, email or phone. Decision values do carry personal data (they are what the app
 * writes), so a plan's JSON must be handled as personal data; {@code toString()} shows value names
 * only.
 */
@ValueStyle
package com.classtag.sync.plan;

import com.classtag.clever.model.internal.ValueStyle;
