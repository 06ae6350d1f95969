/**
 * Saved rosters ("baselines") for incremental sync: a {@link
 * com.classtag.clever.model.RosterSnapshot} with the events cursor taken just before it was read,
 * written to and read from a compact gzip JSON Lines stream by {@link
 * com.classtag.clever.model.baseline.BaselineFormat}.
 *
 * <p>Only streams here: where the bytes go, and writing a file atomically, is the caller's business
 * (the client's incremental sync does it). The format reuses the record codecs of {@link
 * com.classtag.clever.model.CleverJson}, so a baseline keeps every field, known or not.
 */
@ValueStyle
package com.classtag.clever.model.baseline;

import com.classtag.clever.model.internal.ValueStyle;
