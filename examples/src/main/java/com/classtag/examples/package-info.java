/**
 * Runnable programs built on the SDK: {@link com.classtag.examples.Main} is the examples jar's
 * entry point. Unlike the library modules, this module prints to the terminal.
 */
package com.classtag.examples;
