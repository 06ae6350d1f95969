/**
 * The adapter from a Clever roster snapshot ({@code com.classtag.clever.model.RosterSnapshot}) to
 * the planner's own roster model. The planner never sees a Clever type; another source (OneRoster)
 * is one more adapter.
 */
package com.classtag.sync.clever;
