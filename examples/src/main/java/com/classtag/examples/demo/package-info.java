/**
 * The demo: its district (the test kit's generated district with the demo seed) and the bundled
 * inputs that go with it.
 */
package com.classtag.examples.demo;
