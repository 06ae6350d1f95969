/** How the JUnit extension builds the clients it injects. */
package com.classtag.clever.testing.junit.internal;
