/**
 * Time for tests: {@link com.classtag.clever.testing.time.FakeClock}, a clock that moves only when
 * told and a sleeper that moves it instead of sleeping.
 */
package com.classtag.clever.testing.time;
