/**
 * One short, runnable example per SDK module; the README's snippets are these files, compiled and
 * run by the build so they cannot rot.
 */
package com.classtag.examples.usage;
