/**
 * The planner's inputs for test districts: {@link com.classtag.clever.testing.sync.PlannerInputs}.
 * Needs sync-core, an optional dependency of the kit.
 */
package com.classtag.clever.testing.sync;
