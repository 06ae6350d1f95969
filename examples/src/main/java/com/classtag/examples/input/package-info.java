/**
 * The {@code plan} command's input files: the app state and the sync settings, read strictly and validated
 * against the JSON Schemas in {@code docs/schema} before they are mapped to sync-core's values.
 */
package com.classtag.examples.input;
