/**
 * A faithful stand-in for Clever's API on loopback: {@link
 * com.classtag.clever.testing.standin.CleverStandIn} serves any {@link
 * com.classtag.clever.testing.standin.CleverData} (a {@code TestDistrict}, a {@link
 * com.classtag.clever.testing.standin.ModelData} of model objects, or a {@link
 * com.classtag.clever.testing.standin.ChangingDistrict} that changes between reads and emits the
 * events of its changes), injects typed {@link com.classtag.clever.testing.standin.Fault}s, and
 * keeps a {@link com.classtag.clever.testing.standin.RequestJournal} of every request.
 */
package com.classtag.clever.testing.standin;
