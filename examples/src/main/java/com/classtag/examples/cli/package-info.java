/**
 * The command line, on picocli: {@code plan} (read a district, plan, print), {@code audit} (the
 * sharing audit), {@code sync} (the nightly loop against a database through sync-jdbc), {@code
 * serve} (run the Clever stand-in) and {@code completion}; their options, exit codes and progress
 * reporting.
 */
package com.classtag.examples.cli;
