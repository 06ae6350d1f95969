/**
 * JUnit 5 support: {@link com.classtag.clever.testing.junit.CleverStandInExtension}. JUnit Jupiter
 * is an optional dependency of the kit, so only users of this package need it on their class path.
 */
package com.classtag.clever.testing.junit;
