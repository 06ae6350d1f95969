/**
 * The command line: {@code plan} (read a district, plan, print) and {@code serve} (run the Clever
 * stand-in), their options, exit codes and progress reporting.
 */
package com.classtag.examples.cli;
