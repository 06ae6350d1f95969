/**
 * Internals of the planner: indexes, the planning passes, the safety gate, {@code apply}, and the
 * plan's JSON and text writers. Not part of the public API; anything here may change without
 * notice.
 */
package com.classtag.sync.internal;
