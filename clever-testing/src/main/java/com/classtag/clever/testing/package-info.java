/**
 * The Clever test kit, for apps that use the SDK to test their own integration end to end over
 * HTTP, with no network. Put {@code com.classtag:clever-testing} in test scope. Its packages:
 * {@code standin} (a Clever stand-in with fault injection and a request journal), {@code district}
 * (districts described in Java or generated at scale), {@code time} (a fake clock and sleeper),
 * {@code junit} (a JUnit 5 extension; needs JUnit Jupiter, an optional dependency) and {@code sync}
 * (planner inputs; needs sync-core, an optional dependency).
 */
package com.classtag.clever.testing;
