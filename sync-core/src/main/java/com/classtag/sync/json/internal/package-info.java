/**
 * Internals of the state and settings formats: the field tables, the strict streaming input, and
 * the readers and writers behind {@link com.classtag.sync.json.AppStateJson} and {@link
 * com.classtag.sync.json.SettingsJson}. Not part of the public API; anything here may change
 * without notice.
 */
package com.classtag.sync.json.internal;
