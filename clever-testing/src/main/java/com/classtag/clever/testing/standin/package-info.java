/**
 * A stand-in for Clever's API on the JDK's HTTP server, speaking the v3.0 wire format, with fault
 * injection: {@link com.classtag.clever.testing.standin.CleverStandIn} serves any
 * {@link com.classtag.clever.testing.standin.CleverData}, such as the generated demo district, or a
 * {@link com.classtag.clever.testing.standin.ChangingDistrict}, which changes between reads and emits the events
 * of its changes, for incremental sync.
 */
package com.classtag.clever.testing.standin;
